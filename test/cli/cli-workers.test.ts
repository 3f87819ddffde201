// The CLI with worker threads (`--workers 2` and `3`) against one thread: byte for byte the same
// output, including for odd inputs. Kept apart from cli.test.ts because these runs are most of
// the CLI tests' time (about 80 s of 95) and `npm run test:tz` leaves this file out: a zone cannot
// change the comparison of two runs in the same zone, and `npm run test:determinism` runs the
// worker audits under each zone against one-thread output.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleJsonLines } from "../audit/support/sample-timelines.js";
import { CLI, runCli } from "./cli-support.js";
import { cliWorkspace } from "./cli-workspace.js";

let dir: string;
let cases: string;

beforeAll(() => {
  ({ dir, cases } = cliWorkspace());
}, 120_000);

describe("core-group-rules CLI with worker threads", () => {
  it("writes the same bytes with worker threads as without, in every format they serve", () => {
    const spaced = join(dir, "spaced.jsonl");
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe, 0x7b, 0x0a]), Buffer.from('\uFEFF{"id":"bom","events":[]}\r\n')]); // bad UTF-8, a BOM mid-file
    writeFileSync(spaced, Buffer.concat([Buffer.from(`\uFEFF\n\n${sampleJsonLines(700, 7, 0.05).replaceAll("\n{", "\n\n{")}`), odd, Buffer.from("\n\n")]));
    for (const format of ["csv", "json", "jsonl"]) {
      const outputs = ["1", "2", "3"].map((workers) => {
        const out = join(dir, `w${workers}.${format}`);
        const r = runCli(["audit", spaced, cases, "--profile", "medway", "--as-of", "2025-03-31", "--format", format, "--out", out, "--workers", workers]);
        expect(r.code, r.stderr).toBe(0);
        const companions = format === "csv" ? ["summary", "rejected"].map((part) => readFileSync(join(dir, `w${workers}.${part}.csv`), "utf8")) : [];
        return { stdout: r.stdout.replace(/w\d\./g, "w."), files: [readFileSync(out, "utf8"), ...companions] };
      });
      expect(outputs[1], format).toEqual(outputs[0]);
      expect(outputs[2], format).toEqual(outputs[0]);
    }
    const piped = runCli(["audit", spaced, "--profile", "medway", "--as-of", "2025-03-31", "--format", "jsonl", "--workers", "2"]);
    expect(piped.stdout).toBe(runCli(["audit", spaced, "--profile", "medway", "--as-of", "2025-03-31", "--format", "jsonl", "--workers", "1"]).stdout);
  });

  it("writes the same bytes with worker threads as without when a JSON Lines line spans several reads", () => {
    // Reads are 1 MiB and batches 128 KiB: this case's line (about 3 MiB) is held over several
    // reads, one of which holds no line end at all, before it goes to a worker whole.
    const events: object[] = [{ type: "initial-conference", date: "2020-01-06", outcome: "plan" }];
    for (let day = 0; day < 40_000; day++) events.push({ type: "core-group", date: "2020-01-13", status: "cancelled", id: `cancelled-${day}` });
    const longLine = JSON.stringify({ id: "LONG", team: "Long line team", events });
    expect(longLine.length).toBeGreaterThan(3 * 2 ** 20);
    const sample = sampleJsonLines(200, 11, 0).trimEnd();
    const file = join(dir, "long-line.jsonl");
    writeFileSync(file, `${sample}\n${longLine}\n${sample}\n`);
    const outputs = ["1", "2"].map((workers) => {
      const r = runCli(["audit", file, "--profile", "cumbria", "--as-of", "2025-03-31", "--format", "jsonl", "--workers", workers]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    });
    expect(outputs[0]).toContain('"caseId":"LONG"');
    expect(outputs[1]).toBe(outputs[0]);
  });

  it("audits the rest of a CSV event log after a row too long to read (an unclosed quote), the same with worker threads", () => {
    // The quote opened on row 51 closes 10 rows later: those rows are one row of 17.5 million
    // characters, over the limit (16 MiB characters), which the main thread measures and hands no worker.
    const events = readFileSync(join(import.meta.dirname, "../../examples/data/events.csv"), "utf8");
    const [header, ...rows] = events.trimEnd().split("\r\n");
    const swallowed = `X-1,core-group,2024-03-01,,held,,"${"parent;".repeat(2_500_000)}\r\n${rows.slice(50, 60).join("\r\n")}"`;
    const log = join(dir, "unclosed-quote.csv");
    writeFileSync(log, `${header}\r\n${rows.slice(0, 50).join("\r\n")}\r\n${swallowed}\r\n${rows.slice(60).join("\r\n")}\r\n`);
    const outputs = ["1", "2"].map((workers) => {
      const r = runCli(["audit", log, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", "jsonl", "--workers", workers]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout + r.stderr;
    });
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[0]).toContain("too long to read: the row on lines 52-62 has more than 16777216 characters (is a quote left open?)");
    expect(outputs[0]).toContain("the next row, on line 52, is too long to read and may hold more rows of this case");
    const evaluated = outputs[0]!.split("\n").filter((line) => line.includes('"kind":"evaluated"')).length;
    expect(evaluated).toBeGreaterThan(900);
    // What is checked is the output, not the time: the row must pass the 16 MiB limit, so the two
    // runs read 35 MB; about 20 s alone, over the default 60 s on a busy two-core machine.
  }, 300_000);

  it("writes the same bytes with worker threads as without for CSV event logs, odd ones included", () => {
    const events = readFileSync(join(import.meta.dirname, "../../examples/data/events.csv"), "utf8");
    const [header, ...rows] = events.trimEnd().split("\r\n");
    const odd = [
      rows[0], // the first case again, after the others: rejected, naming its earlier lines
      `C-QUOTED,strategy-discussion,2024-02-12,,,,,,,,,,,,,,"Team ""A""\nsecond line",SW-1,,,,,,`,
      ",core-group,2024-03-01,,,,,,,,,,,,,,,,,,,,,", // no case id
      "",
      ",,,",
    ];
    const log = join(dir, "odd-events.csv");
    writeFileSync(log, `\uFEFF\n${header}\r\n${rows.join("\r\n")}\r\n${odd.join("\n")}\rC-LAST,plan-end,2024-05-01,,,,,,,,,,moved-permanently,,,,,,,,,,,`);
    const badHeader = join(dir, "bad-header.csv");
    writeFileSync(badHeader, `case,event_type,date\n${rows.slice(0, 50).join("\n")}\n`);
    for (const [input, format, extra] of [
      [log, "csv", []],
      [log, "jsonl", ["--date-format", "dd/mm/yyyy"]],
      [badHeader, "jsonl", []],
    ] as const) {
      const outputs = ["1", "2", "3"].map((workers) => {
        const r = runCli(["audit", input, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", format, ...extra, "--workers", workers]);
        expect(r.code, r.stderr).toBe(input === badHeader ? 4 : 0); // a bad header: nothing evaluated
        return r.stdout + r.stderr;
      });
      expect(outputs[0], `${input} ${format}`).toMatch(/Records: [\d,]+ read/);
      expect(outputs[1], `${input} ${format}`).toBe(outputs[0]);
      expect(outputs[2], `${input} ${format}`).toBe(outputs[0]);
    }
  });

  describe("a CSV case whose rows lie in more than one place (D36)", () => {
    const HEADER = "case_id,event_type,date,outcome";
    const caseRows = (id: string, month: string): string => `${id},strategy-discussion,2024-${month}-01,\n${id},initial-conference,2024-${month}-12,plan\n`;
    /** The audit of `files` in JSON Lines with 1 and with 2 worker threads: they must agree; returns the records by case id and line. */
    const audited = (files: readonly string[]): string[][] => {
      const outputs = ["1", "2"].map((workers) => {
        const r = runCli(["audit", ...files, "--as-of", "2025-03-31", "--format", "jsonl", "--workers", workers]);
        expect(r.code, r.stderr).toBe(0);
        return r.stdout;
      });
      expect(outputs[1]).toBe(outputs[0]);
      const items = outputs[0]!.trimEnd().split("\n").map((line) => JSON.parse(line) as { kind: string; source?: { file: string; line: number; caseId?: string }; rejections?: { code: string; message: string; line: number }[] });
      return items.filter((item) => item.kind !== "summary").map((item) => [item.kind, item.source!.caseId ?? "", String(item.source!.line), item.rejections?.[0]?.message ?? ""]);
    };

    it("rejects every place of it, the first one too, the same with worker threads", () => {
      const log = join(dir, "split-case.csv");
      writeFileSync(log, `${HEADER}\n${caseRows("A", "01")}${caseRows("B", "02")}A,core-group,2024-01-20,\n${caseRows("C", "03")}`);
      const reason = 'case "A" has rows in 2 places (lines 2-3, line 6): a case is evaluated only with all its rows together, so no part of it is; sort the export by case id';
      expect(audited([log])).toEqual([
        ["rejected", "A", "2", reason],
        ["evaluated", "B", "4", ""],
        ["rejected", "A", "6", reason],
        ["evaluated", "C", "7", ""],
      ]);
    });

    it("rejects it in every file when it lies in two CSV files of one audit, naming both", () => {
      const january = join(dir, "january.csv");
      const february = join(dir, "february.csv");
      writeFileSync(january, `${HEADER}\n${caseRows("A", "01")}${caseRows("B", "01")}`);
      writeFileSync(february, `${HEADER}\r\n${caseRows("C", "02")}${caseRows("A", "02")}`.replaceAll(/(?<!\r)\n/g, "\r\n"));
      const reason = `case "A" has rows in 2 places (${january} lines 2-3, ${february} lines 4-5): a case is evaluated only with all its rows together, so no part of it is; sort the export by case id`;
      expect(audited([january, february])).toEqual([
        ["rejected", "A", "2", reason],
        ["evaluated", "B", "4", ""],
        ["evaluated", "C", "2", ""],
        ["rejected", "A", "4", reason],
      ]);
    });
  });

  describe("--profile-file is read once, in the main thread", () => {
    const events = join(import.meta.dirname, "../../examples/data/events.csv");
    const council = readFileSync(join(import.meta.dirname, "../../examples/profiles/example-council.json"), "utf8");
    /** The audit of the events with the profile at `profileFile` (a timeout: a thread waiting for a pipe that is not written again would never end). */
    const audit = (profileFile: string, workers: string) =>
      spawnSync(process.execPath, [CLI, "audit", events, "--profile-file", profileFile, "--as-of", "2025-03-31", "--format", "jsonl", "--workers", workers], {
        encoding: "utf8",
        maxBuffer: 1 << 29,
        timeout: 60_000,
      });
    /** A named pipe at `name` that `script` (a shell command) writes to, in the background. */
    const pipeWrittenBy = (name: string, script: string): { path: string; writer: ChildProcess } => {
      const path = join(dir, name);
      spawnSync("mkfifo", [path]);
      return { path, writer: spawn("sh", ["-c", script.replaceAll("$PIPE", `'${path}'`)], { stdio: "ignore" }) };
    };

    it("audits with a profile from a pipe that can be read only once (as <(cat profile.json) gives), with worker threads", () => {
      const profile = join(dir, "council.json");
      writeFileSync(profile, council);
      const expected = audit(profile, "1");
      expect(expected.status, expected.stderr).toBe(0);
      const { path, writer } = pipeWrittenBy("once.fifo", `cat '${profile}' > $PIPE`);
      try {
        const r = audit(path, "2");
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toBe(expected.stdout);
      } finally {
        writer.kill();
      }
    });

    it("audits every case with the profile read at the start, though the file reads differently afterwards", () => {
      const first = join(dir, "first.json");
      const later = join(dir, "later.json");
      writeFileSync(first, council);
      writeFileSync(later, council.replace('"id": "example-council"', '"id": "edited-council"'));
      const expected = audit(first, "1");
      expect(expected.stdout).toContain('"id":"example-council"');
      // The pipe gives the first profile once, then the edited one to every later read (the pauses
      // let each read end before the next write opens the pipe).
      const { path, writer } = pipeWrittenBy("edited.fifo", `cat '${first}' > $PIPE; sleep 1; while :; do cat '${later}' > $PIPE; sleep 0.2; done`);
      try {
        const r = audit(path, "2");
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).not.toContain("edited-council");
        expect(r.stdout).toBe(expected.stdout);
      } finally {
        writer.kill();
      }
    });
  });
});
