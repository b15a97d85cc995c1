// Validates every Kubernetes manifest under deploy/kubernetes against the Kubernetes API's schemas
// (the kubernetes-models package: types, required fields, enums and formats of each kind), as no
// cluster is at hand to ask. A custom resource (CloudNativePG's Cluster) has no schema there: its
// metadata is checked, and it is reported as such.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";

const directory = process.argv[2] ?? "deploy/kubernetes";
let failures = 0;
let checked = 0;

for (const file of readdirSync(directory).filter((name) => /\.ya?ml$/.test(name)).sort()) {
  const path = join(directory, file);
  for (const document of parseAllDocuments(readFileSync(path, "utf8"))) {
    if (document.errors.length > 0) {
      console.log(`${path}: not YAML: ${document.errors[0].message}`);
      failures++;
      continue;
    }
    const manifest = document.toJS();
    if (manifest == null) {
      continue;
    }
    checked++;
    const { apiVersion, kind } = manifest;
    const name = `${path}: ${kind} ${manifest.metadata?.name} (${apiVersion})`;
    const module = `kubernetes-models/${apiVersion}/${kind}`;
    try {
      const model = await import(module).then((exports) => exports[kind], () => null);
      if (model) {
        new model(manifest).validate();
        console.log(`${name}: valid`);
      } else if (apiVersion?.includes(".") && !apiVersion.includes(".k8s.io/")) {
        new ObjectMeta(manifest.metadata).validate();
        console.log(`${name}: custom resource, metadata valid (its operator's schema is not checked)`);
      } else {
        console.log(`${name}: no such kind in the Kubernetes API`);
        failures++;
      }
    } catch (error) {
      console.log(`${name}: INVALID: ${error.message}`);
      failures++;
    }
  }
}
console.log(`${checked} manifests checked, ${failures} invalid`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);
