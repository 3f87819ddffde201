import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { OBLIGATION_CSV_COLUMNS } from "../../src/index.js";
import { parseCsv } from "../audit/support/parse-csv.js";
import { sampleJsonLines } from "../audit/support/sample-timelines.js";
import { ensureBuilt, runCli, tempDir } from "./cli-support.js";

let dir: string;
let cases: string;
let clean: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  cases = join(dir, "cases.jsonl");
  writeFileSync(cases, sampleJsonLines(300, 42, 0.05));
  clean = join(dir, "clean.jsonl");
  writeFileSync(clean, sampleJsonLines(300, 42, 0).split("\n").filter((line) => line.startsWith("{\"id\"")).join("\n") + "\n");
}, 120_000);

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe("core-group-rules CLI", () => {
  it("prints help and version", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: core-group-rules <command>");
    for (const command of ["audit", "due", "profiles", "explain"]) {
      const r = runCli([command, "--help"]);
      expect(r.code, command).toBe(0);
      expect(r.stdout).toContain(`Usage: core-group-rules ${command}`);
    }
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")).version);
  });

  it("exits 2 with one line for bad usage and unreadable input", () => {
    for (const args of [
      ["frobnicate"],
      ["audit", join(dir, "missing.jsonl")],
      ["audit", cases, "--format", "pdf"],
      ["audit", cases, "--as-of", "2025-02-30"],
      ["audit", cases, "--profile", "atlantis"],
      ["audit", cases, "--no-such-option"],
      ["audit", join(dir, "notes.txt")],
      ["explain", "no.such-rule"],
      ["audit", cases, "--profile-file", join(dir, "missing.json")],
      ["audit", cases, "--workers", "0"],
      ["audit", cases, "--workers", "two"],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).toMatch(/^core-group-rules: /);
      noStack(r.stderr);
    }
  });

  it("audits to JSON with totals that add up, exit 0 despite breaches, 1 under --strict", () => {
    const r = runCli(["audit", cases, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const { records } = doc.summary;
    expect(records.read).toBe(300);
    expect(records.read).toBe(records.evaluated + records.rejected);
    expect(doc.results).toHaveLength(300);
    expect(records.rejected).toBeGreaterThan(0);
    expect(doc.summary.breaches).toBeGreaterThan(0);
    expect(r.stderr).toContain("300 read");
    const obligations = doc.results.reduce(
      (sum: number, item: { kind: string; evaluation?: { obligations: unknown[] } }) => sum + (item.evaluation?.obligations.length ?? 0),
      0,
    );
    expect(doc.summary.total).toBe(obligations);

    const strict = runCli(["audit", cases, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--strict", "--out", join(dir, "s.json")]);
    expect(strict.code).toBe(1);
    const strictClean = runCli(["audit", clean, "--profile", "pan-sussex", "--as-of", "2025-03-31", "--strict", "--out", join(dir, "c.json")]);
    expect(strictClean.code).toBe(0);
  });

  it("audits to CSV: obligations, summary and rejections files that parse and add up", () => {
    const out = join(dir, "audit.csv");
    const r = runCli(["audit", cases, "--profile", "medway", "--as-of", "2025-03-31", "--format", "csv", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote");
    const json = JSON.parse(runCli(["audit", cases, "--profile", "medway", "--as-of", "2025-03-31", "--format", "jsonl"]).stdout.trimEnd().split("\n").at(-1)!);
    const rows = parseCsv(readFileSync(out, "utf8"));
    expect(rows[0]).toEqual([...OBLIGATION_CSV_COLUMNS]);
    expect(rows.length - 1).toBe(json.summary.total);
    const summaryRows = parseCsv(readFileSync(join(dir, "audit.summary.csv"), "utf8"));
    expect(summaryRows.find((row) => row[0] === "profile")![11]).toBe(String(json.summary.total));
    const rejected = parseCsv(readFileSync(join(dir, "audit.rejected.csv"), "utf8"));
    expect(new Set(rejected.slice(1).map((row) => row[1])).size).toBe(json.summary.records.rejected);
  });

  it("writes an HTML report to a file", () => {
    const out = join(dir, "report.html");
    const r = runCli(["audit", cases, "--profile", "cumbria", "--as-of", "2025-03-31", "--format", "html", "--out", out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain(`data-figure="records.read">300<`);
  });

  it("lists what is due next, soonest first", () => {
    const r = runCli(["due", clean, "--profile", "cumbria", "--as-of", "2024-06-30", "--format", "json"]);
    expect(r.code).toBe(0);
    const { due } = JSON.parse(r.stdout);
    expect(due.length).toBeGreaterThan(0);
    const dates = due.map((row: { dueDate: string }) => row.dueDate);
    expect(dates).toEqual([...dates].sort());
    for (const row of due) expect(row.dueDate >= "2024-06-30").toBe(true);
    const text = runCli(["due", clean, "--profile", "cumbria", "--as-of", "2024-06-30", "--limit", "3"]);
    expect(text.stdout).toContain("more not shown");
  });

  it("lists profiles, shows one, and explains a rule", () => {
    const list = runCli(["profiles"]);
    expect(list.code).toBe(0);
    for (const id of ["working-together", "cumbria", "pan-sussex", "cambridgeshire", "medway"]) expect(list.stdout).toContain(id);
    const show = runCli(["profiles", "show", "medway"]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("## Medway");
    const explain = runCli(["explain", "working-together.first-core-group"]);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/How it is read/);
    expect(explain.stdout).toMatch(/Source: /);
  });

  it("accepts a council profile file and rejects an invalid one in one line", () => {
    const good = runCli(["audit", clean, "--profile-file", join(import.meta.dirname, "../../examples/profiles/example-council.json"), "--as-of", "2025-03-31", "--out", join(dir, "council.json")]);
    expect(good.code).toBe(0);
    const badFile = join(dir, "bad-profile.json");
    writeFileSync(badFile, JSON.stringify({ id: "Bad Id", rules: [] }));
    const bad = runCli(["audit", clean, "--profile-file", badFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("audits CIN census input against the national rules and names the rules it cannot support", () => {
    const cin = join(import.meta.dirname, "../../examples/data/cin-census.xml");
    const r = runCli(["audit", cin, "--as-of", "2025-03-31", "--format", "jsonl"]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout.trimEnd().split("\n").at(-1)!).summary;
    expect(summary.profile.id).toBe("working-together");
    expect(summary.unsupportedRules.map((rule: { ruleId: string }) => rule.ruleId)).toEqual(["working-together.first-core-group"]);
    expect(summary.records.read).toBe(summary.records.evaluated + summary.records.rejected);
    expect(r.stderr).toContain("Not audited: working-together.first-core-group");
    const wrong = runCli(["audit", cin, "--profile", "medway"]);
    expect(wrong.code).toBe(2);
  });

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
  });

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
        expect(r.code, r.stderr).toBe(0);
        return r.stdout + r.stderr;
      });
      expect(outputs[0], `${input} ${format}`).toMatch(/Records: [\d,]+ read/);
      expect(outputs[1], `${input} ${format}`).toBe(outputs[0]);
      expect(outputs[2], `${input} ${format}`).toBe(outputs[0]);
    }
  });
});
