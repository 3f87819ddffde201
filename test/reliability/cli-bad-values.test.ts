// The CLI on bad values: duplicate case and event ids, dates out of the supported range
// (1990-01-01..2099-12-31) or impossible, in the data and in --as-of. Every record is accounted
// for once; bad usage exits 2 with one line; bad data exits 0 (1 under --strict).
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/cli-support.js";
import { audit, ensureBuilt, expectExit, inputFile, recordCounts } from "./support/cli-harness.js";

beforeAll(() => ensureBuilt(), 120_000);

type Item = { kind: string; source: { recordNumber: number; caseId?: string; line?: number }; rejections?: { code: string; path: (string | number)[]; message: string; line?: number }[] };
const itemsOf = (output: string): Item[] => (JSON.parse(output) as { results: Item[] }).results;
const sd = (date: string, extra: Record<string, unknown> = {}) => ({ type: "strategy-discussion", date, ...extra });

describe("CLI on duplicate ids", () => {
  it("JSON Lines: a second record with one case id is rejected, naming the first; duplicate event ids are labels", () => {
    const lines = [
      { id: "DUP", events: [sd("2024-01-02")] },
      { id: "DUP", events: [sd("2024-01-03")] },
      { id: "EVT", events: [sd("2024-01-03", { id: "e1" }), { type: "initial-conference", date: "2024-01-10", outcome: "plan", id: "e1" }] },
    ];
    const file = inputFile("dup.jsonl", lines.map((line) => JSON.stringify(line)).join("\n"));
    const run = audit(file);
    expectExit(run, 0);
    expect(itemsOf(run.output).map((item) => [item.kind, item.source.recordNumber, item.source.caseId])).toEqual([
      ["evaluated", 1, "DUP"],
      ["rejected", 2, "DUP"],
      ["evaluated", 3, "EVT"],
    ]);
    expect(run.output).toContain(`case id \\"DUP\\" already read at ${file}:1`);
  });

  it("CSV: a case id that comes back after another case is rejected in every place, each naming both lines (D36)", () => {
    const csv = "case_id,event_type,date\nA,strategy-discussion,2024-01-02\nB,strategy-discussion,2024-01-02\nA,core-group,2024-02-01\n";
    const run = audit(inputFile("dup.csv", csv), ["--strict"]);
    expectExit(run, 1);
    const items = itemsOf(run.output);
    expect(items.map((item) => [item.kind, item.source.caseId])).toEqual([
      ["rejected", "A"],
      ["evaluated", "B"],
      ["rejected", "A"],
    ]);
    for (const item of [items[0], items[2]]) expect(item?.rejections?.map((r) => r.message).join(" ")).toMatch(/line 2, line 4[\s\S]*sort/i);
  });
});

describe("CLI on dates out of range or impossible", () => {
  const BAD_DATES = ["1989-12-31", "2100-01-01", "0000-01-01", "9999-12-31", "+275760-09-13", "-000001-01-01", "2023-02-29", "2024-13-01", "2024-1-1", "20240101", "2024-01-01T00:00:00Z"];

  it("JSON Lines: each bad date rejects its record with the field and the value; the good records are kept", () => {
    const lines = [...BAD_DATES.map((date, i) => ({ id: `BAD-${i}`, events: [sd(date)] })), { id: "GOOD", events: [sd("1990-01-01"), sd("2099-12-31")] }];
    const run = audit(inputFile("dates.jsonl", lines.map((line) => JSON.stringify(line)).join("\n")));
    expectExit(run, 0);
    expect(recordCounts(run.output)).toEqual({ read: BAD_DATES.length + 1, evaluated: 1, rejected: BAD_DATES.length });
    itemsOf(run.output)
      .slice(0, BAD_DATES.length)
      .forEach((item, i) => {
        expect(item.rejections?.[0]?.path).toEqual(["events", 0, "date"]);
        expect(item.rejections?.[0]?.message).toContain(BAD_DATES[i]!.slice(0, 10));
      });
  });

  it("CSV (both date formats) and CIN census XML: bad dates are rejected with their line", () => {
    const csvRows = BAD_DATES.map((date, i) => `C${i},strategy-discussion,${date}`);
    for (const format of ["iso", "dd/mm/yyyy"]) {
      const run = audit(inputFile("dates.csv", `case_id,event_type,date\n${csvRows.join("\n")}\nOK,strategy-discussion,31/12/2099\n`), ["--date-format", format]);
      expectExit(run, format === "iso" ? 4 : 0); // in ISO the last date is rejected too: nothing evaluated
      const items = itemsOf(run.output);
      expect(items.slice(0, BAD_DATES.length).map((item) => [item.kind, item.rejections?.[0]?.line])).toEqual(BAD_DATES.map((_, i) => ["rejected", i + 2]));
      expect(items.at(-1)?.kind).toBe(format === "iso" ? "rejected" : "evaluated");
    }
    const children = BAD_DATES.map(
      (date, i) =>
        `<Child><ChildIdentifiers><LAchildID>X${i}</LAchildID></ChildIdentifiers><CINdetails><ChildProtectionPlans><CPPstartDate>${date}</CPPstartDate></ChildProtectionPlans></CINdetails></Child>`,
    );
    const xml = audit(inputFile("dates.xml", `<Message><Children>\n${children.join("\n")}\n</Children></Message>\n`));
    expectExit(xml, 4); // every child rejected: no record evaluated
    expect(recordCounts(xml.output)).toEqual({ read: BAD_DATES.length, evaluated: 0, rejected: BAD_DATES.length });
  });

  it("--as-of out of range, impossible or malformed is bad usage: exit 2, one line", () => {
    const file = inputFile("ok.jsonl", `${JSON.stringify({ id: "A", events: [sd("2024-01-02")] })}\n`);
    for (const asOf of ["1989-12-31", "2100-01-01", "2024-02-30", "yesterday", "", "2024-01-01\nx"]) {
      const result = runCli(["audit", file, "--as-of", asOf]);
      expectExit(result, 2);
      expect(result.stdout).toBe("");
    }
  });
});
