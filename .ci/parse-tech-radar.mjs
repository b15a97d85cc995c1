// Reads every Backstage tech-radar export the tests left in target/exports with the Backstage
// plugin's own response parser (TechRadarLoaderResponseParser, from
// @backstage-community/plugin-tech-radar-common), as the plugin does when it loads the radar.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { TechRadarLoaderResponseParser } from "@backstage-community/plugin-tech-radar-common";

const directory = process.argv[2] ?? "target/exports";
const files = readdirSync(directory).filter((name) => /^backstage-tech-radar.*\.json$/.test(name));
if (files.length === 0) {
  console.log(`no Backstage tech-radar exports in ${directory}`);
  process.exit(1);
}
let failures = 0;
for (const file of files.sort()) {
  const path = join(directory, file);
  const parsed = TechRadarLoaderResponseParser.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    failures++;
    console.log(`${path}: refused by the plugin's parser`);
    for (const issue of parsed.error.issues.slice(0, 10)) {
      console.log(`  ${issue.path.join(".")}: ${issue.message}`);
    }
    continue;
  }
  const moves = parsed.data.entries.reduce((count, entry) => count + entry.timeline.length, 0);
  console.log(`${path}: ${parsed.data.entries.length} entries, ${moves} timeline entries, parsed`);
}
process.exit(failures === 0 ? 0 : 1);
