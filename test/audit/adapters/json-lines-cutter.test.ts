import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { JsonLinesCutter, type JsonLinesCut } from "../../../src/audit/adapters/json-lines-cutter.js";
import { readJsonLinesPart, readJsonLinesUpTo } from "../../../src/audit/adapters/json-lines.js";
import { CaseIdsRead } from "../../../src/audit/case-ids-read.js";
import type { InputRecord } from "../../../src/index.js";
import { collect } from "./helpers.js";

const LIMIT = 20; // characters per line
const FILE = "cases.jsonl";
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/** The parts of `bytes` fed to a cutter in chunks cut at `points`. */
function cut(bytes: Uint8Array, points: readonly number[], partBytes: number, caseIds = new CaseIdsRead()): JsonLinesCut[] {
  const cutter = new JsonLinesCutter(FILE, partBytes, caseIds, LIMIT);
  const parts: JsonLinesCut[] = [];
  let from = 0;
  for (const point of [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b)) {
    parts.push(...cutter.push(bytes.subarray(from, point)));
    from = point;
  }
  parts.push(...cutter.push(bytes.subarray(from)), ...cutter.end());
  return parts;
}

/** The records of each part read apart, as a worker reads them, in order. */
function partRecords(parts: readonly JsonLinesCut[]): InputRecord[] {
  return parts.flatMap((part) => [...readJsonLinesPart(utf8.decode(part.bytes), part, FILE, LIMIT)]);
}

/** Where each record's case id was read before, as one reader of the whole file finds it. */
function expectedRepeats(records: readonly InputRecord[]): [number, string][] {
  const caseIds = new CaseIdsRead();
  return records.flatMap((record) => {
    const earlier = caseIds.earlierRead(record.source);
    return earlier === undefined ? [] : [[record.source.recordNumber, earlier] as [number, string]];
  });
}

const LINES = [
  '{"id":"A","events":[]}', // 22 characters: too long for LIMIT, handed over whole
  '{"id":"B"}',
  '{"id":"A"}',
  '{"id":"C"}\r',
  '{"id":"é€"}',
  '{"id":"B", oops',
  "[1]",
  "",
  "   ",
  " \t\r",
  `{"id":"${"€".repeat(12)}"}`, // 19 characters, 45 bytes: read
  `{"id":"${"x".repeat(70)}"}`, // over three times LIMIT in bytes: too long, dropped as fed
  " ".repeat(70), // blank, however long
];

describe("JsonLinesCutter", () => {
  test.prop([
    fc.array(fc.constantFrom(...LINES), { maxLength: 25 }),
    fc.boolean(),
    fc.boolean(),
    fc.array(fc.nat(), { maxLength: 12 }),
    fc.integer({ min: 1, max: 90 }),
  ])("parts read apart give the records of the whole file, and the repeats one reader finds, however the bytes are fed", async (lines, byteOrderMark, finalNewline, points, partBytes) => {
    const text = `${byteOrderMark ? "\uFEFF" : ""}${lines.join("\n")}${finalNewline ? "\n" : ""}`;
    const parts = cut(encoder.encode(text), points, partBytes);
    const whole = await collect(readJsonLinesUpTo([text], { file: FILE }, LIMIT));
    expect(partRecords(parts)).toEqual(whole);
    expect(parts.flatMap((part) => part.repeats ?? [])).toEqual(expectedRepeats(whole));
    for (const part of parts) expect(part.overlong === true ? part.bytes.length === 0 : part.bytes.length > 0).toBe(true);
  });

  it("cuts after whole lines of about partBytes, drops a leading byte-order mark, and gives no part of blank lines only", () => {
    const text = `\uFEFF{"id":"a"}\n{"id":"b"}\n\n\n  \n{"id":"a"}\n`;
    const parts = cut(encoder.encode(text), [1, 2, 13], 11);
    expect(parts.map((part) => [part.firstLine, part.firstRecordNumber, utf8.decode(part.bytes), part.repeats])).toEqual([
      [1, 1, '{"id":"a"}\n', undefined],
      [2, 2, '{"id":"b"}\n\n', undefined], // lines 4 and 5, blank, are in no part
      [6, 3, '{"id":"a"}\n', [[3, "cases.jsonl:1"]]],
    ]);
  });

  it("a line too long to read is a part of its own without bytes, however it is fed", () => {
    const text = `{"id":"a"}\n{"id":"${"x".repeat(100)}"}\n{"id":"b"}`;
    const parts = cut(encoder.encode(text), [12, 30, 60, 90], 8);
    expect(parts.map((part) => [part.firstLine, part.firstRecordNumber, part.bytes.length, part.overlong])).toEqual([
      [1, 1, 11, undefined],
      [2, 2, 0, true],
      [3, 3, 10, undefined],
    ]);
  });

  it("hands out copies: later chunks do not change the bytes of a part given", () => {
    const chunk = encoder.encode('{"id":"a"}\n{"id":"b"}\n');
    const cutter = new JsonLinesCutter(FILE, 4, new CaseIdsRead(), LIMIT);
    const parts = cutter.push(chunk);
    chunk.fill(0x20);
    expect(parts.map((part) => utf8.decode(part.bytes))).toEqual(['{"id":"a"}\n', '{"id":"b"}\n']);
  });
});
