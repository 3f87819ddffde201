// A damaged JSON array: one broken element is rejected on its own and the elements after it are
// read, however the array is laid out; what cannot be read past says how many bytes and lines.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readJsonArray, type InputRecord } from "../../../src/index.js";
import { readJsonArrayUpTo } from "../../../src/audit/adapters/json-array.js";
import { TEXT_MAX_LINE_LENGTH } from "../../../src/audit/adapters/text-lines.js";
import { collect, splitAt, splitPointsArbitrary } from "./helpers.js";

const timeline = (i: number) => ({
  id: `C-${i}`,
  events: [
    { type: "strategy-discussion", date: "2024-01-02" },
    { type: "initial-conference", date: "2024-01-10", outcome: "plan" },
  ],
});
const CASES = Array.from({ length: 600 }, (_, i) => timeline(i));
const LAYOUTS: Record<string, string> = {
  "pretty-printed": JSON.stringify(CASES, null, 2),
  "one element per line": `[\n${CASES.map((c) => JSON.stringify(c)).join(",\n")}\n]\n`,
  "on one line": JSON.stringify(CASES),
};
/** Ways to break the element of case C-2 (each leaves its text invalid JSON). */
const DAMAGE: Record<string, (text: string) => string> = {
  "a quote left open": (text) => text.replace('"C-2"', '"C-2'),
  "a brace left open": (text) => {
    const closing = text.lastIndexOf("}", text.lastIndexOf("{", text.indexOf('"C-3"')));
    return text.slice(0, closing) + text.slice(closing + 1);
  },
  "a bracket left open": (text) => text.replace(/("C-2",\s*"events": ?)\[/, "$1[["),
  "a stray character": (text) => text.replace('"C-2"', '"C-2"x'),
};

const lineOf = (text: string, index: number): number => text.slice(0, index).split("\n").length;
const kinds = (records: readonly InputRecord[]) => records.map((r) => (r.kind === "case" ? r.source.caseId : "rejected"));

describe("readJsonArray on a damaged array", () => {
  for (const [layout, text] of Object.entries(LAYOUTS)) {
    for (const [damage, apply] of Object.entries(DAMAGE)) {
      it(`${layout}, ${damage} in element 3 of 600: that element is rejected, the other 599 are read`, async () => {
        const damaged = apply(text);
        expect(damaged).not.toBe(text);
        const records = await collect(readJsonArray(splitAt(damaged, [1000, 5000, 20_000]), { file: "cases.json" }));
        expect(kinds(records)).toEqual(CASES.map((c) => (c.id === "C-2" ? "rejected" : c.id)));
        expect(records.map((r) => r.source.recordNumber)).toEqual(records.map((_, i) => i + 1));
        const start = damaged.lastIndexOf("{", damaged.indexOf('"C-2'));
        expect(records[2]).toMatchObject({ kind: "rejected", source: { line: lineOf(damaged, start) }, rejections: [{ path: [], line: lineOf(damaged, start) }] });
        // the lines of the elements after it are right
        const after = damaged.lastIndexOf("{", damaged.indexOf('"C-3"'));
        expect(records[3]!.source.line).toBe(lineOf(damaged, after));
      });
    }
  }

  test.prop([fc.constantFrom(...Object.keys(LAYOUTS)), fc.constantFrom(...Object.keys(DAMAGE)), splitPointsArbitrary])(
    "the same records at any chunk split",
    async (layout, damage, points) => {
      const damaged = DAMAGE[damage]!(JSON.stringify(CASES.slice(0, 6), null, layout === "pretty-printed" ? 2 : undefined));
      const whole = await collect(readJsonArray([damaged]));
      const split = await collect(readJsonArray(splitAt(damaged, points.map((p) => p % (damaged.length + 1)))));
      expect(split).toEqual(whole);
      expect(whole).toHaveLength(6);
    },
  );

  it("content after the closing ] says how many bytes and which lines were not read", async () => {
    const text = '[\n{"id":"a","events":[]}\n],\n{"id":"b","events":[]},\n{"id":"£","events":[]}\n]\n';
    const records = await collect(readJsonArray(splitAt(text, [30, 40])));
    const from = text.indexOf("],") + 1;
    const notRead = { bytes: new TextEncoder().encode(text.slice(from)).length, firstLine: 3, lastLine: 6 };
    expect(records).toMatchObject([
      { kind: "case" },
      { kind: "rejected", rejections: [{ path: [], line: 3, notRead, message: `unexpected content after the closing "]": ",\\n{\\"id\\":\\"b\\",\\"events\\"..."; ${notRead.bytes} bytes (lines 3-6) not read` }] },
    ]);
  });

  it("a document that is not an array says it was not read", async () => {
    const records = await collect(readJsonArray(['{"id":"a",\n"events":[]}']));
    expect(records).toMatchObject([{ kind: "rejected", rejections: [{ path: [], notRead: { bytes: 23, firstLine: 1, lastLine: 2 } }] }]);
  });

  it("an element too long to read is rejected without being kept; the next is read", async () => {
    const long = JSON.stringify({ id: "LONG", events: [], team: "x".repeat(300) });
    const text = `[${JSON.stringify(timeline(1))},\n${long},\n${JSON.stringify(timeline(2))}]`;
    // the limit counts the white space around an element: here the line break before it
    const records = await collect(readJsonArrayUpTo(splitAt(text, [50, 90, 120]), {}, long.length));
    expect(kinds(records)).toEqual(["C-1", "rejected", "C-2"]);
    expect(records[1]).toMatchObject({ source: { line: 2 }, rejections: [{ path: [], line: 2, message: `too long to read: the element has more than ${long.length} characters` }] });
    expect(kinds(await collect(readJsonArrayUpTo([text], {}, long.length + 1)))).toEqual(["C-1", "LONG", "C-2"]);
  });

  it("white space longer than the limit where an element should be is a stray comma, not an element too long", async () => {
    const text = `[${JSON.stringify(timeline(1))},${" \n".repeat(100)},${JSON.stringify(timeline(2))}]`;
    const records = await collect(readJsonArrayUpTo(splitAt(text, [60, 150, 250]), {}, 150));
    expect(kinds(records)).toEqual(["C-1", "rejected", "C-2"]);
    expect(records[1]).toMatchObject({ rejections: [{ path: [], message: "empty array element (a stray or trailing comma)" }] });
  });

  it("an element just over TEXT_MAX_LINE_LENGTH characters (the JSON Lines limit) is rejected, keeping none of it; the next is read", async () => {
    const mib = "q".repeat(1 << 20);
    function* chunks(): Generator<string> {
      yield `[${JSON.stringify(timeline(1))},\n{"id":"HUGE","team":"`;
      for (let count = 0; count < TEXT_MAX_LINE_LENGTH / mib.length; count++) yield mib;
      yield `"},\n${JSON.stringify(timeline(2))}]`;
    }
    const records = await collect(readJsonArray(chunks()));
    expect(kinds(records)).toEqual(["C-1", "rejected", "C-2"]);
    expect(records[1]).toMatchObject({ source: { line: 2 }, rejections: [{ path: [], message: `too long to read: the element has more than ${TEXT_MAX_LINE_LENGTH} characters` }] });
  });
});
