// Benchmark runner: `npm run bench` (= npm run build && node bench/run.mjs).
//
// Runs every bench/*.bench.mjs module in one process (or only the ones named: `node bench/run.mjs
// calendar`), prints each module's table and floor checks, and, when every module ran, rewrites
// docs/performance.md, keeping its hand-written last section (from HAND_WRITTEN_HEADING on) as it
// is. Exits 1 when a floor fails.
//
// A benchmark module (bench/<name>.bench.mjs) exports:
//   export const title = "Working-day calendar";      // heading of its section
//   export const description = "...";                  // optional paragraph (markdown)
//   export default async function run(context) {      // context: see `context` below
//     return {
//       rows: [{ benchmark: "ours: addWorkingDays", "ops/s": 1234, ... }], // table; columns = keys of row 0
//       checks: [{ check: "addWorkingDays >= 20,000,000 ops/s", measured: "31,000,000 ops/s", pass: true }],
//       notes: ["markdown lines printed under the table"],
//     };
//   }
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const performancePage = join(root, "docs", "performance.md");
/** The heading of docs/performance.md's last section, written by hand: a rewrite keeps it. */
const HAND_WRITTEN_HEADING = "## Measurements behind design choices";
const benchDir = join(root, "bench");
// BENCH_DIST_DIR points the benchmarks at another build (e.g. `npx tsup --out-dir .build-mine`; keep it inside the repo so `zod` resolves).
const distDir = process.env.BENCH_DIST_DIR ?? join(root, "dist");
const distEntry = join(distDir, "index.js");
if (!existsSync(distEntry)) {
  console.error(`${distEntry} is missing: run \`npm run bench\` (it builds first) or \`npm run build\``);
  process.exit(1);
}

const all = readdirSync(benchDir)
  .filter((file) => file.endsWith(".bench.mjs"))
  .sort();
const wanted = process.argv.slice(2);
const selected = wanted.length === 0 ? all : all.filter((file) => wanted.includes(basename(file, ".bench.mjs")));
if (selected.length === 0) {
  console.error(`no benchmark module matches ${wanted.join(", ")}; have: ${all.join(", ")}`);
  process.exit(1);
}

const cpuList = cpus();
const machine = {
  cpu: cpuList[0]?.model.trim() ?? "unknown",
  cores: cpuList.length,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  node: process.version,
  v8: process.versions.v8,
  os: `${platform()} ${release()}`,
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  load: loadavg()
    .map((value) => value.toFixed(2))
    .join(" / "),
};

const context = {
  root,
  /** Directory of the build under test (dist/ unless BENCH_DIST_DIR says otherwise). */
  distDir,
  /** file: URL of the built ESM entry; benchmarks measure what consumers get. */
  distUrl: pathToFileURL(distEntry).href,
  log: (line) => console.log(`  ${line}`),
};

const formatCell = (value) =>
  typeof value === "number" ? (Number.isInteger(value) ? value.toLocaleString("en-GB") : value.toLocaleString("en-GB", { maximumFractionDigits: 2 })) : String(value ?? "");

function textTable(rows) {
  if (rows.length === 0) return "(no rows)";
  const columns = Object.keys(rows[0]);
  const cells = rows.map((row) => columns.map((column) => formatCell(row[column])));
  const widths = columns.map((column, index) => Math.max(column.length, ...cells.map((row) => row[index].length)));
  const numeric = columns.map((column) => rows.every((row) => typeof row[column] === "number" || row[column] === undefined || row[column] === ""));
  const line = (values) =>
    values.map((value, index) => (numeric[index] ? value.padStart(widths[index]) : value.padEnd(widths[index]))).join("  ");
  return [line(columns), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(line)].join("\n");
}

function markdownTable(rows) {
  if (rows.length === 0) return "_(no rows)_";
  const columns = Object.keys(rows[0]);
  const numeric = columns.map((column) => rows.every((row) => typeof row[column] === "number" || row[column] === undefined || row[column] === ""));
  const escape = (text) => text.replace(/\|/g, "\\|");
  return [
    `| ${columns.map(escape).join(" | ")} |`,
    `| ${numeric.map((isNumber) => (isNumber ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((row) => `| ${columns.map((column) => escape(formatCell(row[column]))).join(" | ")} |`),
  ].join("\n");
}

console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; Node ${machine.node}; ${machine.os}; load ${machine.load}; ${machine.date}`,
);
const sections = [];
let failed = 0;
for (const file of selected) {
  const module = await import(pathToFileURL(join(benchDir, file)).href);
  const title = module.title ?? basename(file, ".bench.mjs");
  console.log(`\n## ${title} (bench/${file})`);
  const started = performance.now();
  const result = await module.default(context);
  const seconds = (performance.now() - started) / 1000;
  const rows = result.rows ?? [];
  const checks = result.checks ?? [];
  console.log(`\n${textTable(rows)}`);
  if (checks.length > 0) {
    console.log("");
    for (const check of checks) {
      if (!check.pass) failed++;
      console.log(`${check.pass ? "PASS" : "FAIL"}  ${check.check}: ${check.measured}`);
    }
  }
  for (const note of result.notes ?? []) console.log(`note: ${note}`);
  console.log(`(${seconds.toFixed(1)} s)`);
  sections.push({ file, title, description: module.description, rows, checks, notes: result.notes ?? [], seconds });
}

if (selected.length === all.length) {
  const markdown = [
    "# Performance",
    "",
    `<!-- Generated by \`npm run bench\` (bench/run.mjs), except the last section ("${HAND_WRITTEN_HEADING.slice(3)}"), which is written by hand and kept. -->`,
    "",
    "Measured by `npm run bench`, which builds the package and runs every `bench/*.bench.mjs` module",
    "in one Node process against the built `dist/index.js` (what consumers import). Figures are",
    "medians of several timed rounds after warm-up rounds; they vary from machine to machine and",
    "with load, so compare rows of the same run rather than numbers across runs.",
    "",
    "## Machine",
    "",
    "| | |",
    "| --- | --- |",
    `| CPU | ${machine.cpu} |`,
    `| Cores | ${machine.cores} |`,
    `| Memory | ${machine.memory} |`,
    `| Node | ${machine.node} (V8 ${machine.v8}) |`,
    `| OS | ${machine.os} |`,
    `| Load average at start (1/5/15 min) | ${machine.load} |`,
    `| Date | ${machine.date} |`,
    "",
  ];
  for (const section of sections) {
    markdown.push(`## ${section.title}`, "", `Source: \`bench/${section.file}\` (${section.seconds.toFixed(1)} s).`, "");
    if (section.description) markdown.push(section.description.trim(), "");
    markdown.push(markdownTable(section.rows), "");
    if (section.checks.length > 0) {
      markdown.push("Floors:", "", markdownTable(section.checks.map((check) => ({ floor: check.check, measured: check.measured, result: check.pass ? "PASS" : "FAIL" }))), "");
    }
    for (const note of section.notes) markdown.push(`- ${note}`);
    if (section.notes.length > 0) markdown.push("");
  }
  const handWritten = handWrittenSection();
  writeFileSync(performancePage, markdown.join("\n") + (handWritten === "" ? "" : `\n${handWritten}`));
  console.log("\nwrote docs/performance.md");
} else {
  console.log("\nnot writing docs/performance.md: only some modules ran");
}

/** docs/performance.md's hand-written last section, from its heading to the end ("" when there is none). */
function handWrittenSection() {
  const page = existsSync(performancePage) ? readFileSync(performancePage, "utf8") : "";
  const start = page.indexOf(`\n${HAND_WRITTEN_HEADING}\n`);
  return start < 0 ? "" : page.slice(start + 1);
}

if (failed > 0) console.log(`\n${failed} floor(s) FAILED`);
process.exitCode = failed > 0 ? 1 : 0;
