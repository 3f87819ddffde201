import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { jsonLineRecord, readJsonLinesUpTo } from "../../../src/audit/adapters/json-lines.js";
import { TEXT_MAX_LINE_LENGTH, TextLineSplitter, type TextLine } from "../../../src/audit/adapters/text-lines.js";
import { readJsonLines } from "../../../src/index.js";
import { asyncChunks, collect, splitAt, splitPointsArbitrary } from "./helpers.js";

const good = '{"id":"a","events":[]}';

describe("readJsonLines", () => {
  it("reads one case per non-blank line, with BOM and CRLF", async () => {
    const text = `\uFEFF${good}\r\n\r\n{"id":"b","events":[{"type":"core-group","date":"2024-03-15"}]}\r\n`;
    const records = await collect(readJsonLines([text], { file: "x.jsonl" }));
    expect(records).toEqual([
      { kind: "case", source: { format: "jsonl", file: "x.jsonl", recordNumber: 1, line: 1, caseId: "a" }, timeline: { id: "a", events: [] } },
      {
        kind: "case",
        source: { format: "jsonl", file: "x.jsonl", recordNumber: 2, line: 3, caseId: "b" },
        timeline: { id: "b", events: [{ type: "core-group", date: "2024-03-15" }] },
      },
    ]);
  });

  it("rejects a line that is not JSON with its line number and goes on", async () => {
    const records = await collect(readJsonLines(asyncChunks([`${good}\nnot json\n${good}`])));
    expect(records.map((r) => r.kind)).toEqual(["case", "rejected", "case"]);
    const bad = records[1]!;
    expect(bad.source).toMatchObject({ recordNumber: 2, line: 2 });
    expect(bad.kind === "rejected" && bad.rejections[0]).toMatchObject({ path: [], line: 2 });
  });

  it("handles an empty input, a truncated last line, and non-object values", async () => {
    expect(await collect(readJsonLines([]))).toEqual([]);
    expect(await collect(readJsonLines(["", "\n\n"]))).toEqual([]);
    const truncated = await collect(readJsonLines([`${good}\n{"id":"b","ev`]));
    expect(truncated.map((r) => r.kind)).toEqual(["case", "rejected"]);
    const scalar = await collect(readJsonLines(["42\n"]));
    expect(scalar[0]).toMatchObject({ kind: "case", timeline: 42 });
    expect(scalar[0]!.source.caseId).toBeUndefined();
  });

  it("reads a 10 MB line split into many chunks", async () => {
    const big = JSON.stringify({ id: "big", team: "t".repeat(10_000_000), events: [] });
    const chunks = splitAt(big, Array.from({ length: 200 }, (_, i) => i * 51_234));
    const records = await collect(readJsonLines([...chunks, "\nnope"]));
    expect(records[0]).toMatchObject({ kind: "case", source: { caseId: "big" } });
    expect((records[0] as { timeline: { team: string } }).timeline.team.length).toBe(10_000_000);
    expect(records[1]).toMatchObject({ kind: "rejected", source: { line: 2 } });
  });

  it("does not pollute Object.prototype", async () => {
    const records = await collect(readJsonLines(['{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"id":"p","events":[]}\n']));
    expect(records[0]!.kind).toBe("case");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test.prop([fc.array(fc.oneof(fc.constant(good), fc.constant("{bad"), fc.constant(""), fc.constant("  ")), { maxLength: 20 }), fc.boolean(), splitPointsArbitrary])(
    "same records at any chunk split, and every non-blank line is one record",
    async (lines, crlf, points) => {
      const text = lines.join(crlf ? "\r\n" : "\n");
      const whole = await collect(readJsonLines([text]));
      const split = await collect(readJsonLines(splitAt(text, points.map((p) => p % (text.length + 1)))));
      expect(split).toEqual(whole);
      expect(whole.length).toBe(lines.filter((l) => l.trim().length > 0).length);
      expect(whole.map((r) => r.source.recordNumber)).toEqual(whole.map((_, i) => i + 1));
    },
  );
});

describe("readJsonLines: a line too long to read", () => {
  it("is rejected as one record naming its line and the limit, and the lines after it are read", async () => {
    const long = JSON.stringify({ id: "long", team: "t".repeat(30), events: [] }); // 56 characters
    const text = `${good}\n${long}\r\n${" ".repeat(80)}\n${good}\n${long.slice(0, 50)}`;
    const records = await collect(readJsonLinesUpTo(asyncChunks(splitAt(text, [5, 30, 60, 100])), { file: "x.jsonl" }, 50));
    expect(records).toEqual([
      expect.objectContaining({ kind: "case", source: { format: "jsonl", file: "x.jsonl", recordNumber: 1, line: 1, caseId: "a" } }),
      {
        kind: "rejected",
        source: { format: "jsonl", file: "x.jsonl", recordNumber: 2, line: 2 },
        rejections: [{ code: "too-long", path: [], message: "too long to read: the line has more than 50 characters", line: 2 }],
      },
      // line 3: blank, however long: skipped
      expect.objectContaining({ kind: "case", source: expect.objectContaining({ recordNumber: 3, line: 4 }) }),
      expect.objectContaining({ kind: "rejected", source: expect.objectContaining({ recordNumber: 4, line: 5 }) }), // 50 characters: read (truncated JSON)
    ]);
    expect(records[3]).toMatchObject({ rejections: [{ message: expect.stringContaining("not valid JSON") }] });
  });

  it("reads past a line longer than the longest string V8 can make, keeping none of its text", () => {
    const splitter = new TextLineSplitter();
    const chunk = "q".repeat(1 << 20);
    for (let count = 0; count < 520; count++) expect(splitter.push(chunk)).toEqual([]);
    expect(splitter.push(`\r\n${good}\n`)).toEqual([
      { text: "", line: 1, overlong: true },
      { text: good, line: 2 },
    ]);
    expect(TEXT_MAX_LINE_LENGTH).toBeLessThan(520 * 2 ** 20);
  });
});

describe("TextLineSplitter", () => {
  test.prop([
    fc.array(fc.oneof(fc.constant("a"), fc.constant(" "), fc.constant("\r\n"), fc.constant("\n"), fc.constant("\r"), fc.constant("bc"), fc.constant("😀")), { maxLength: 40 }),
    fc.integer({ min: 0, max: 8 }),
    splitPointsArbitrary,
  ])("at any chunk split, gives a line longer than its limit as overlong, or as empty when blank", (pieces, maxLineLength, points) => {
    const text = pieces.join("");
    const linesOf = (chunks: string[]) => {
      const splitter = new TextLineSplitter(1, true, maxLineLength);
      return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
    };
    const ended = text.endsWith("\n") ? text.slice(0, -1) : text;
    const expected = (text === "" ? [] : ended.split("\n")).map((raw, index): TextLine => {
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (line.length <= maxLineLength) return { text: line, line: index + 1 };
      return line.trim() === "" ? { text: "", line: index + 1 } : { text: "", line: index + 1, overlong: true };
    });
    expect(linesOf([text])).toEqual(expected);
    expect(linesOf(splitAt(text, points.map((p) => p % (text.length + 1))))).toEqual(expected);
    expect(linesOf([...text])).toEqual(expected);
  });

  test.prop([fc.array(fc.oneof(fc.constant("a"), fc.constant("\r\n"), fc.constant("\n"), fc.constant("\r"), fc.constant("bc")), { maxLength: 30 }), splitPointsArbitrary])(
    "gives the same lines at any chunk split: LF ends a line, a CR before it is dropped, the last line needs no ending",
    (pieces, points) => {
      const text = `\uFEFF${pieces.join("")}`;
      const linesOf = (chunks: string[]) => {
        const splitter = new TextLineSplitter();
        return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
      };
      const whole = linesOf([text]);
      expect(linesOf(splitAt(text, points.map((p) => p % (text.length + 1))))).toEqual(whole);
      const body = text.slice(1);
      const ended = body.endsWith("\n") ? body.slice(0, -1) : body;
      const expected = body === "" ? [] : ended.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
      expect(whole).toEqual(expected.map((line, index) => ({ text: line, line: index + 1 })));
    },
  );
});

describe("jsonLineRecord", () => {
  it("labels a line's record with its file, number and line, and rejects a line that is not JSON", () => {
    expect(jsonLineRecord(good, 7, 3, "x.jsonl")).toEqual({
      kind: "case",
      source: { format: "jsonl", file: "x.jsonl", recordNumber: 3, line: 7, caseId: "a" },
      timeline: { id: "a", events: [] },
    });
    const bad = jsonLineRecord("{nope", 2, 1);
    expect(bad).toMatchObject({ kind: "rejected", source: { format: "jsonl", recordNumber: 1, line: 2 } });
    expect(bad.source.file).toBeUndefined();
  });
});
