// End-to-end CLI audit benchmark (run by bench/run.mjs): the built `cli.js audit` on generated
// JSON Lines and CSV event-log files, against a fresh process that only reads and parses the
// same file, plus the growth of the wall time with the number of cases.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { csvEventLogLines, generateCases } from "../examples/generate.mjs";

// BENCH_CLI_CASES scales everything down for quick runs (e.g. 20000); the default is the issue's.
const CASES = Number(process.env.BENCH_CLI_CASES ?? 1_000_000);
const CSV_CASES = Math.round(CASES / 5);
const SCALING = [Math.round(CASES / 100), Math.round(CASES / 10), CASES];
const PROFILE = "pan-sussex";
const AS_OF = "2025-03-31";
const JSONL_SEED = 1001;
const CSV_SEED = 2000;

// Floors (issue #5, parts 3 and 5).
const FLOOR_RATIO = 3;
const FLOOR_RSS_MB = 256;
const FLOOR_GROWTH = 1.25;

const count = (n) => n.toLocaleString("en-GB");

export const title = "End-to-end CLI audit";
export const description = `
Inputs, made by \`examples/generate.mjs\` (fixed seeds, streamed to a temporary directory that is
deleted afterwards): ${count(CASES)} pan-sussex case timelines as JSON Lines, and a CSV event log
(one row per event, the default header, five deliberately bad rows) of ${count(CSV_CASES)}
pan-sussex cases. Each is audited by a fresh \`node cli.js audit <file> --profile pan-sussex
--as-of ${AS_OF} --format csv --out <tmp>/audit.csv\` (the built CLI under test: obligations CSV
plus the summary and rejected-records CSVs, written to disk). Wall time is spawn to exit, measured
by this process; peak memory is the child's \`process.resourceUsage().maxRSS\` at exit and its CPU
time (user + system, all threads), written by an \`--import\` preload. The CPU column is there
because wall time is only meaningful on an otherwise idle machine: on a shared one, compare CPU
times too. Every run is checked: exit code 0 and the expected record count. The CLI runs with its
defaults: two worker threads when the machine has two cores or more, on JSON Lines of 8 MB or more
and CSV event logs of 32 MB or more, so both runs here (see docs/cli.md, \`--workers\`).

Baseline, measured in the same run on the same file (already in the page cache, as it is for the
CLI): a fresh \`node\` process that streams the file (\`fs.createReadStream\` + \`readline\`) and
\`JSON.parse\`s every line, for JSON Lines; for the CSV event log, that streams the lines and
splits each into its fields with a minimal quote-aware splitter (\`indexOf\`-based; quoted
fields, doubled quotes; no line breaks inside fields, which the generated log has none of) — the
least any CSV reader has to do. The floor is the CLI's wall time at most ${FLOOR_RATIO}x the
baseline's, with peak RSS under ${FLOOR_RSS_MB} MB (streaming all the way).

Reference, also in the same run: a fresh \`node\` process that writes as many bytes as each audit
wrote (ASCII, 64 KiB \`writeSync\` calls, to the same directory) and computes nothing. The audit's
output is several times the size of its input (every obligation is a row with its explanation),
and on some machines the kernel's cost of writing it is a large share of the floor's time.

Scaling: the first ${count(SCALING[0])} and ${count(SCALING[1])} lines of the JSON Lines file
as files of their own, audited the same way; the largest row is the main run. Per-case time
includes the process start (about 0.2 s), which dominates the smallest file.
`;

const mb = (bytes) => bytes / 2 ** 20;
const seconds = (ms) => Number((ms / 1000).toFixed(2));

/** Streams lines into files: every line goes to each file whose limit it is under. */
function writeLines(lines, targets) {
  const open = targets.map(({ path, limit }) => ({ fd: openSync(path, "w"), limit, buffer: "" }));
  let index = 0;
  for (const line of lines) {
    for (const target of open) {
      if (index >= target.limit) continue;
      target.buffer += line;
      if (target.buffer.length >= 1 << 22) {
        writeSync(target.fd, target.buffer);
        target.buffer = "";
      }
    }
    index++;
  }
  for (const target of open) {
    writeSync(target.fd, target.buffer);
    closeSync(target.fd);
  }
}

function* jsonLines(count) {
  for (const timeline of generateCases({ profileId: PROFILE, seed: JSONL_SEED, count })) yield `${JSON.stringify(timeline)}\n`;
}

function* csvLines(count) {
  for (const line of csvEventLogLines({ seed: CSV_SEED, count })) yield `${line}\r\n`;
}

const BASELINE_JSONL = `
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
let records = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
  if (line.length > 0) {
    JSON.parse(line);
    records++;
  }
}
process.stdout.write(String(records));
`;

const BASELINE_CSV = `
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
function fields(line) {
  const out = [];
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 34) {
      let value = "";
      let from = ++i;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) { value += line.slice(from); i = line.length; break; }
        if (line.charCodeAt(quote + 1) === 34) { value += line.slice(from, quote + 1); i = from = quote + 2; continue; }
        value += line.slice(from, quote);
        i = quote + 1;
        break;
      }
      out.push(value);
    } else {
      const comma = line.indexOf(",", i);
      const end = comma < 0 ? line.length : comma;
      out.push(line.slice(i, end));
      i = end;
    }
    if (i >= line.length) return out;
    i++;
  }
}
let rows = 0;
let cells = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
  if (line.length > 0) {
    cells += fields(line).length;
    rows++;
  }
}
process.stdout.write(String(rows) + " " + String(cells));
`;

const WRITE_ONLY = `
import { closeSync, openSync, writeSync } from "node:fs";
const total = Number(process.argv[2]);
const chunk = Buffer.alloc(1 << 16, "case,rule,2024-01-31,late\\r\\n");
const fd = openSync(process.argv[1], "w");
for (let left = total; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(left, chunk.length));
closeSync(fd);
process.stdout.write(String(total));
`;

/**
 * A fresh process that writes `bytes` bytes of ASCII text to a file in `dir` in 64 KiB writes and
 * nothing else: what writing an audit's output costs at the least, whatever computes it.
 */
function writeOnly(dir, bytes) {
  const file = join(dir, "write-only.csv");
  const run = timedNode(dir, ["--input-type=module", "-e", WRITE_ONLY, file, String(bytes)]);
  if (statSync(file).size !== bytes) throw new Error(`the write-only reference wrote ${statSync(file).size} bytes, expected ${bytes}`);
  rmSync(file);
  return run;
}

/** Runs `node <args>` with the preload; wall time (ms), CPU time of all threads (ms), peak RSS (bytes) and stdout. */
function timedNode(dir, args) {
  const rssFile = join(dir, "rss.txt");
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "rss.mjs")).href, ...args], {
    encoding: "utf8",
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 24,
  });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${result.status}:\n${result.stderr}`);
  const usage = JSON.parse(readFileSync(rssFile, "utf8"));
  return { wall, cpu: usage.cpu, rss: usage.maxRSS * 1024, stdout: result.stdout };
}

function baseline(dir, script, file) {
  return timedNode(dir, ["--input-type=module", "-e", script, file]);
}

/** Audits `file` with the CLI; checks the exit code and that at least `minRecords` records were read. */
function audit(dir, distDir, file, minRecords) {
  const out = join(dir, "audit.csv");
  const run = timedNode(dir, [join(distDir, "cli.js"), "audit", file, "--profile", PROFILE, "--as-of", AS_OF, "--format", "csv", "--out", out]);
  const records = Number(/Records: ([\d,]+) read/.exec(run.stdout)?.[1]?.replaceAll(",", ""));
  if (!(records >= minRecords)) throw new Error(`the CLI read ${records} records of ${file}, expected at least ${minRecords}:\n${run.stdout}`);
  const outputBytes = statSync(out).size;
  rmSync(out);
  rmSync(join(dir, "audit.summary.csv"));
  rmSync(join(dir, "audit.rejected.csv"));
  return { ...run, records, outputBytes };
}

export default async function run({ distDir, log }) {
  const dir = mkdtempSync(join(tmpdir(), "cgr-cli-bench-"));
  writeFileSync(
    join(dir, "rss.mjs"),
    `import { writeFileSync } from "node:fs";\nimport { isMainThread } from "node:worker_threads";\nif (isMainThread) process.on("exit", () => { const u = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n`,
  );
  try {
    log(`generating ${count(CASES)} JSON Lines cases ...`);
    const jsonl = SCALING.map((cases) => ({ cases, path: join(dir, `cases-${cases}.jsonl`), limit: cases }));
    writeLines(jsonLines(CASES), jsonl);
    log(`generating a CSV event log of ${count(CSV_CASES)} cases ...`);
    const csvFile = join(dir, "events.csv");
    writeLines(csvLines(CSV_CASES), [{ path: csvFile, limit: Infinity }]);

    const main = jsonl[jsonl.length - 1];
    log(`JSON Lines: baseline (read + JSON.parse) ...`);
    const jsonlBase = baseline(dir, BASELINE_JSONL, main.path);
    if (Number(jsonlBase.stdout) !== CASES) throw new Error(`baseline read ${jsonlBase.stdout} lines, expected ${CASES}`);
    log(`JSON Lines: CLI audit ...`);
    const jsonlCli = audit(dir, distDir, main.path, CASES);
    log(`CSV event log: baseline (read + split rows) ...`);
    const csvBase = baseline(dir, BASELINE_CSV, csvFile);
    log(`CSV event log: CLI audit ...`);
    const csvCli = audit(dir, distDir, csvFile, CSV_CASES);
    log(`writing the two audits' output bytes only ...`);
    const jsonlWrite = writeOnly(dir, jsonlCli.outputBytes);
    const csvWrite = writeOnly(dir, csvCli.outputBytes);
    const scaling = [];
    for (const input of jsonl.slice(0, -1)) {
      log(`scaling: ${count(input.cases)} cases ...`);
      scaling.push({ cases: input.cases, run: audit(dir, distDir, input.path, input.cases) });
    }
    scaling.push({ cases: CASES, run: jsonlCli });

    const endToEnd = (benchmark, file, cases, base, cli, baseNote) => ({
      benchmark,
      cases,
      "input MB": Number(mb(statSync(file).size).toFixed(0)),
      "baseline s": seconds(base.wall),
      "CLI s": seconds(cli.wall),
      "CLI / baseline": Number((cli.wall / base.wall).toFixed(2)),
      "CPU s: baseline / CLI": `${seconds(base.cpu)} / ${seconds(cli.cpu)}`,
      "cases/s": Math.round((cases * 1000) / cli.wall),
      "peak RSS MB": Number(mb(cli.rss).toFixed(0)),
      note: `${baseNote} (baseline peak RSS ${mb(base.rss).toFixed(0)} MB); CSV output ${mb(cli.outputBytes).toFixed(0)} MB`,
    });
    const rows = [
      endToEnd("JSON Lines -> CSV", main.path, CASES, jsonlBase, jsonlCli, `${(statSync(main.path).size / CASES / 1024).toFixed(2)} KiB/case; baseline: readline + JSON.parse`),
      endToEnd("CSV event log -> CSV", csvFile, csvCli.records, csvBase, csvCli, `${csvBase.stdout.split(" ")[0]} rows; baseline: readline + quote-aware field split`),
    ];
    const writeRow = (what, cli, write) => ({
      benchmark: `reference: write ${what}'s CSV output only`,
      cases: "",
      "input MB": "",
      "baseline s": seconds(write.wall),
      "CLI s": "",
      "CLI / baseline": "",
      "CPU s: baseline / CLI": `${seconds(write.cpu)} / -`,
      "cases/s": "",
      "peak RSS MB": Number(mb(write.rss).toFixed(0)),
      note: `${mb(cli.outputBytes).toFixed(0)} MB of ASCII in 64 KiB writeSync calls, nothing computed: the least any CLI writing that output spends on it`,
    });
    rows.push(writeRow("the JSON Lines audit", jsonlCli, jsonlWrite), writeRow("the CSV event log audit", csvCli, csvWrite));
    const perCase = (entry) => (entry.run.wall * 1000) / entry.cases;
    for (const entry of scaling) {
      rows.push({
        benchmark: `scaling: JSON Lines -> CSV, ${count(entry.cases)} cases`,
        cases: entry.cases,
        "input MB": Number(mb(statSync(jsonl.find((input) => input.cases === entry.cases).path).size).toFixed(0)),
        "baseline s": "",
        "CLI s": seconds(entry.run.wall),
        "CLI / baseline": "",
        "CPU s: baseline / CLI": `- / ${seconds(entry.run.cpu)}`,
        "cases/s": Math.round((entry.cases * 1000) / entry.run.wall),
        "peak RSS MB": Number(mb(entry.run.rss).toFixed(0)),
        note: `${perCase(entry).toFixed(1)} µs per case`,
      });
    }

    const ratio = (cli, base) => cli.wall / base.wall;
    const growth = perCase(scaling[2]) / perCase(scaling[1]);
    const checks = [
      {
        check: `JSON Lines, ${count(CASES)} cases: CLI wall time <= ${FLOOR_RATIO}x read + JSON.parse`,
        measured: `${ratio(jsonlCli, jsonlBase).toFixed(2)}x (${seconds(jsonlCli.wall)} s vs ${seconds(jsonlBase.wall)} s)`,
        pass: ratio(jsonlCli, jsonlBase) <= FLOOR_RATIO,
      },
      { check: `JSON Lines, ${count(CASES)} cases: peak RSS < ${FLOOR_RSS_MB} MB`, measured: `${mb(jsonlCli.rss).toFixed(0)} MB`, pass: mb(jsonlCli.rss) < FLOOR_RSS_MB },
      {
        check: `CSV event log, ${count(CSV_CASES)} cases: CLI wall time <= ${FLOOR_RATIO}x read + split rows`,
        measured: `${ratio(csvCli, csvBase).toFixed(2)}x (${seconds(csvCli.wall)} s vs ${seconds(csvBase.wall)} s)`,
        pass: ratio(csvCli, csvBase) <= FLOOR_RATIO,
      },
      { check: `CSV event log, ${count(CSV_CASES)} cases: peak RSS < ${FLOOR_RSS_MB} MB`, measured: `${mb(csvCli.rss).toFixed(0)} MB`, pass: mb(csvCli.rss) < FLOOR_RSS_MB },
      {
        check: `linear growth: time per case at ${count(SCALING[2])} cases <= ${FLOOR_GROWTH}x that at ${count(SCALING[1])}`,
        measured: `${growth.toFixed(2)}x (${perCase(scaling[2]).toFixed(1)} vs ${perCase(scaling[1]).toFixed(1)} µs per case)`,
        pass: growth <= FLOOR_GROWTH,
      },
    ];
    const floorShare = (base, write) =>
      `${seconds(base.wall + write.wall)} s, ${((base.wall + write.wall) / base.wall).toFixed(2)}x the baseline, ${((100 * (base.wall + write.wall)) / (FLOOR_RATIO * base.wall)).toFixed(0)}% of the floor's time`;
    const notes = [
      `The two "write ... output only" rows are reference points, not baselines: a fresh process that writes as many bytes as the audit wrote and does nothing else. Reading the input (the baseline) and writing the output, done one after the other, already take ${floorShare(jsonlBase, jsonlWrite)} for JSON Lines and ${floorShare(csvBase, csvWrite)} for the CSV event log, before any case is evaluated; the CLI does the two at once with its worker threads, so they bound it less tightly than this sum.`,
    ];
    return { rows, checks, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
