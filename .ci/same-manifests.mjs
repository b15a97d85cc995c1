// Whether two files hold the same Kubernetes manifests, whatever the order of their keys and
// documents: the generator orders labels as it pleases from one build to the next.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

function canonical(value) {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical(value[key])]),
    );
  }
  return value;
}

function manifests(path) {
  return parseAllDocuments(readFileSync(path, "utf8"))
    .map((document) => document.toJS())
    .filter((manifest) => manifest != null)
    .map((manifest) => JSON.stringify(canonical(manifest)))
    .sort();
}

const [committed, generated] = process.argv.slice(2);
const [kept, made] = [manifests(committed), manifests(generated)];
if (JSON.stringify(kept) !== JSON.stringify(made)) {
  console.log(`${committed} is not what the build generates (${generated}):`);
  for (const manifest of made.filter((one) => !kept.includes(one))) {
    console.log(`  generated, not committed: ${manifest.slice(0, 300)}`);
  }
  for (const manifest of kept.filter((one) => !made.includes(one))) {
    console.log(`  committed, not generated: ${manifest.slice(0, 300)}`);
  }
  console.log(`Copy it: cp ${generated} ${committed}`);
  process.exit(1);
}
console.log(`${committed} is what the build generates`);
