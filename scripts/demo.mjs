// npm run demo: audits the example data of each built-in profile with the built CLI and writes one
// self-contained HTML report per input to examples/report/ (gitignored). The example data does not
// say which profile a case belongs to, so each examples/data/<profile-id>.jsonl is audited against
// that profile; events.csv is a Pan-Sussex export; the CIN census is audited against the national
// rules only. The audit date is fixed (the example data runs to 2025-03-31) so the output is stable.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist/cli.js");
const data = join(root, "examples/data");
const reports = join(root, "examples/report");
const AS_OF = "2025-03-31";

const runs = [
  ...["working-together", "cumbria", "pan-sussex", "cambridgeshire", "medway"].map((id) => ({
    name: id,
    input: join(data, `${id}.jsonl`),
    args: ["--profile", id],
  })),
  { name: "events-csv-pan-sussex", input: join(data, "events.csv"), args: ["--profile", "pan-sussex"] },
  { name: "cin-census", input: join(data, "cin-census.xml"), args: [] },
];

if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run npm run build first (npm run demo does).");
  process.exit(2);
}
mkdirSync(reports, { recursive: true });
let failed = false;
for (const run of runs) {
  if (!existsSync(run.input)) {
    console.log(`skip ${relative(root, run.input)}: not found (npm run examples:generate writes it)`);
    continue;
  }
  const out = join(reports, `${run.name}.html`);
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [cli, "audit", run.input, ...run.args, "--as-of", AS_OF, "--format", "html", "--out", out],
    { encoding: "utf8" },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`\n=== ${relative(root, run.input)} (${ms.toFixed(0)} ms) ===`);
  process.stdout.write(result.stdout);
  if (result.status !== 0) {
    failed = true;
    process.stderr.write(result.stderr);
  }
}
console.log(`\nReports: ${relative(process.cwd(), reports)}/ (open any .html file in a browser; no network needed)`);
process.exit(failed ? 1 : 0);
