import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readCsvEventLog, type InputRecord } from "../../src/index.js";
import { CsvCasePlaces, KnownSplitCases } from "../../src/audit/adapters/csv-case-places.js";
import { readCsvEventLogPart, readCsvEventLogUpTo } from "../../src/audit/adapters/csv-event-log-reader.js";
import { CsvBatchCutter, csvEventLogBatches, readableInParts, type CsvBatch } from "../../src/cli/csv-event-log-batches.js";
import { asyncChunks, collect } from "../audit/adapters/helpers.js";

const FILE = "events.csv";

/** The records of a whole log, read as the CLI reads it in one thread (UTF-8, no BOM stripping by the decoder). */
function wholeRecords(bytes: Buffer, maxRowLength?: number): Promise<InputRecord[]> {
  const chunks = asyncChunks([bytes.toString("utf8")]);
  return collect(maxRowLength === undefined ? readCsvEventLog(chunks, { file: FILE }) : readCsvEventLogUpTo(chunks, { file: FILE }, maxRowLength));
}

/**
 * The batches of a log fed to a cutter (reading rows of up to `maxRowLength` characters) in
 * chunks cut at `points`, after a first look with a cutter noting the places of its cases, as
 * the CLI does.
 */
function batchesOf(bytes: Buffer, batchBytes: number, points: readonly number[], maxRowLength?: number): CsvBatch[] {
  const places = new CsvCasePlaces();
  places.startFile(FILE);
  cutInChunks(new CsvBatchCutter(FILE, batchBytes, places, maxRowLength), bytes, points);
  return cutInChunks(new CsvBatchCutter(FILE, batchBytes, new KnownSplitCases(places.splitCases(), FILE), maxRowLength), bytes, points);
}

/** The batches of `bytes` fed to `cutter` in chunks cut at `points`. */
function cutInChunks(cutter: CsvBatchCutter, bytes: Buffer, points: readonly number[]): CsvBatch[] {
  const batches: CsvBatch[] = [];
  let from = 0;
  for (const point of [...new Set(points.map((p) => Math.min(bytes.length, p)))].sort((a, b) => a - b)) {
    batches.push(...cutter.push(bytes.subarray(from, point)));
    from = point;
  }
  batches.push(...cutter.push(bytes.subarray(from)), ...cutter.end());
  return batches;
}

/** The records of each batch read apart, as a worker thread reads them, in order. */
function partRecords(batches: readonly CsvBatch[]): InputRecord[] {
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  return batches.flatMap((batch) => [...readCsvEventLogPart(utf8.decode(batch.bytes), batch, { file: FILE })]);
}

const HEADERS = ["case_id,event_type,date,outcome,team", "team,Case_ID,event_type,date,outcome"];
const cell = fc.constantFrom(
  "C-1",
  "C-2",
  "C-3",
  " C-1 ",
  "",
  '"C-2"',
  '"C, 4"',
  '"multi\nline"',
  '"cr\r\nlf"',
  'C-1"x',
  '"C-3"x',
  "\uFEFFC-1",
  "C-\uFFFD",
  "strategy-discussion",
  "initial-conference",
  "core-group",
  "2024-02-12",
  "2024-03-01",
  "plan",
  "T1",
  "é",
);
const rowArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.array(cell, { minLength: 1, maxLength: 6 }).map((cells) => cells.join(",")) },
  { weight: 1, arbitrary: fc.constantFrom("", ",,,,", '"",""', "\uFEFF", '"unterminated') },
);
const logArbitrary = fc.record({
  bom: fc.boolean(),
  blankLinesBefore: fc.nat({ max: 2 }),
  header: fc.constantFrom(...HEADERS),
  rows: fc.array(fc.tuple(rowArbitrary, fc.constantFrom("\n", "\n", "\r\n", "\r")), { maxLength: 40 }),
  lastEnding: fc.boolean(),
  invalidUtf8: fc.boolean(),
});

type LogShape = typeof logArbitrary extends fc.Arbitrary<infer T> ? T : never;

function logBytes(log: LogShape): Buffer {
  let text = `${log.bom ? "\uFEFF" : ""}${"\n".repeat(log.blankLinesBefore)}${log.header}\n`;
  log.rows.forEach(([row, ending], index) => {
    text += row + (index < log.rows.length - 1 || log.lastEnding ? ending : "");
  });
  const bytes = Buffer.from(text);
  // Bytes that are not UTF-8 decode to U+FFFD, which "C-\uFFFD" also gives: two spellings of one case id.
  return log.invalidUtf8 ? Buffer.from(bytes.toString("latin1").replace("C-\u00ef\u00bf\u00bd", "C-\u00ff"), "latin1") : bytes;
}

describe("CsvBatchCutter and readCsvEventLogPart", () => {
  test.prop([logArbitrary, fc.integer({ min: 1, max: 300 }), fc.array(fc.nat({ max: 2000 }), { maxLength: 8 })], { numRuns: 400 })(
    "give the records of the whole log, in order, at any batch size and chunking",
    async (log, batchBytes, points) => {
      const bytes = logBytes(log);
      const batches = batchesOf(bytes, batchBytes, points);
      expect(partRecords(batches)).toEqual(await wholeRecords(bytes));
    },
  );

  // Rows around a small limit, in characters and in bytes: "é" is 2 bytes, "€" 3 and "😀" 4 (2
  // characters), so a row of more than 3 times the limit in bytes (which the cutter reads as too
  // long without counting) and one in between (which it counts) both occur, either side of the limit.
  const longCell = fc
    .tuple(fc.constantFrom("x", "é", "€", "😀", "\n", "\r\n", ","), fc.integer({ min: 1, max: 40 }), fc.constantFrom("", '"', '"open'))
    .map(([unit, count, quote]) => (quote === '"' ? `"${unit.repeat(count)}"` : `${quote}${unit.repeat(count)}`));
  const longLogArbitrary = fc.record({
    maxRowLength: fc.integer({ min: 36, max: 90 }), // the headers have 35 characters
    log: logArbitrary.chain((log) =>
      fc
        .array(fc.tuple(fc.array(fc.oneof(cell, longCell), { minLength: 1, maxLength: 6 }).map((cells) => cells.join(",")), fc.constantFrom("\n", "\r\n", "\r")), { maxLength: 12 })
        .chain((long) => fc.shuffledSubarray([...log.rows, ...long], { minLength: log.rows.length + long.length }))
        .map((rows) => ({ ...log, rows })),
    ),
  });

  test.prop([longLogArbitrary, fc.integer({ min: 1, max: 300 }), fc.array(fc.nat({ max: 2000 }), { maxLength: 8 })], { numRuns: 400 })(
    "give the records of the whole log with rows too long to read, at any batch size and chunking",
    async ({ maxRowLength, log }, batchBytes, points) => {
      const bytes = logBytes(log);
      const batches = batchesOf(bytes, batchBytes, points, maxRowLength);
      expect(partRecords(batches)).toEqual(await wholeRecords(bytes, maxRowLength));
    },
  );

  it("carries a row too long to read in the batch that ends where it starts, without its bytes", async () => {
    const rows = [
      "C-1,plan-end,2024-02-12",
      `C-1,plan-end,"${"€".repeat(30)}\n${"x".repeat(40)}"`, // 86 characters, 146 bytes: counted
      `C-1,"${"😀".repeat(40)}"`, // 86 characters, 166 bytes: too long uncounted
      "C-2,plan-end,2024-02-13",
      `C-3,"unclosed${"u".repeat(60)}`,
    ];
    const bytes = Buffer.from(`case_id,event_type,date\n${rows.join("\n")}\nC-2,plan-end,2024-02-14\n`);
    const batches = batchesOf(bytes, 1, [30, 60, 90, 200], 50);
    expect(batches.map((batch) => [batch.firstLine, batch.firstRecordNumber, Buffer.from(batch.bytes).toString(), batch.overlongRow?.line])).toEqual([
      [2, 1, `${rows[0]}\n`, 3], // rejects C-1, then is record 2
      [5, 3, "", 5], // no case open
      [6, 4, `${rows[3]}\n`, 7], // the unclosed quote: to the end of the input
    ]);
    expect(batches[2]?.overlongRow?.problem).toBe("too long to read: the row on lines 7-8 has more than 50 characters (is a quote left open?)");
    const records = partRecords(batches);
    expect(records).toEqual(await wholeRecords(bytes, 50));
    expect(records.map((record) => [record.kind, record.source.recordNumber, record.source.line])).toEqual([
      ["rejected", 1, 2],
      ["rejected", 2, 3],
      ["rejected", 3, 5],
      ["rejected", 4, 6],
      ["rejected", 5, 7],
    ]);
  });

  it("holds no more of a row too long to read than about three times the limit in bytes", () => {
    const cutter = new CsvBatchCutter(FILE, 1 << 16, new KnownSplitCases(new Map(), FILE), 1 << 20);
    expect(cutter.push(Buffer.from('case_id,event_type,date\nC-1,plan-end,2024-02-12\nC-2,plan-end,"'))).toEqual([]);
    const chunk = Buffer.alloc(1 << 20, "q");
    let held = 0;
    for (let count = 0; count < 256; count++) {
      expect(cutter.push(chunk)).toEqual([]);
      held = Math.max(held, cutter.heldBytes);
    }
    expect(held).toBeGreaterThan(2 * 2 ** 20); // it holds the row while it may still be read...
    expect(held).toBeLessThanOrEqual(4 * 2 ** 20); // ...and never more than three times the limit and a chunk
    const batches = [...cutter.push(Buffer.from('"\nC-3,plan-end,2024-02-13\n')), ...cutter.end()];
    expect(batches.map((batch) => [batch.firstLine, batch.firstRecordNumber, batch.bytes.length, batch.overlongRow?.line])).toEqual([
      [2, 1, 24, 3],
      [4, 3, 24, undefined],
    ]);
  });

  it("cuts only where the case id changes, and carries the reason of a case that comes back to each of its places", async () => {
    const rows = ["C-1,strategy-discussion,2024-02-12,", "C-1,initial-conference,2024-02-20,plan", "C-2,strategy-discussion,2024-03-01,", "C-1,core-group,2024-03-04,"];
    const bytes = Buffer.from(`case_id,event_type,date,outcome\n${rows.join("\n")}\n`);
    const batches = batchesOf(bytes, 1, []);
    const reason = 'case "C-1" has rows in 2 places (lines 2-3, line 5): a case is evaluated only with all its rows together, so no part of it is; sort the export by case id';
    expect(batches.map((batch) => [batch.firstLine, batch.firstRecordNumber, batch.split])).toEqual([
      [2, 1, [["C-1", reason]]],
      [4, 2, []],
      [5, 3, [["C-1", reason]]],
    ]);
    expect(batches.map((batch) => Buffer.from(batch.bytes).toString())).toEqual([`${rows[0]}\n${rows[1]}\n`, `${rows[2]}\n`, `${rows[3]}\n`]);
    const records = partRecords(batches);
    expect(records).toEqual(await wholeRecords(bytes));
    expect(records.map((record) => [record.kind, record.source.caseId, record.source.line])).toEqual([
      ["rejected", "C-1", 2],
      ["case", "C-2", 4],
      ["rejected", "C-1", 5],
    ]);
    expect(records[0]).toMatchObject({ rejections: [{ path: ["case_id"], line: 2, message: reason }] });
    expect(records[2]).toMatchObject({ rejections: [{ path: ["case_id"], line: 5, message: reason }] });
  });

  it("stops with an error when a case comes back that the first look did not see split (the file changed)", () => {
    const bytes = Buffer.from("case_id,event_type,date\nC-1,plan-end,2024-02-12\nC-2,plan-end,2024-02-13\nC-1,plan-end,2024-02-14\n");
    const cutter = new CsvBatchCutter(FILE, 1, new KnownSplitCases(new Map(), FILE));
    expect(() => [...cutter.push(bytes), ...cutter.end()]).toThrow('events.csv: case "C-1" comes back on line 4, but did not when the input was first looked at: did it change while it was read?');
  });

  it("keeps a batch's bytes in a buffer of their own (to hand to a worker), and gives no batch without data rows", () => {
    const batches = batchesOf(Buffer.from("case_id,event_type,date\nC-1,plan-end,2024-02-12\nC-2,plan-end,2024-02-13\n"), 8, []);
    for (const batch of batches) expect(batch.bytes.byteLength).toBe(batch.bytes.buffer.byteLength);
    expect(batchesOf(Buffer.from("\n\ncase_id,event_type,date\n\n,,\n"), 8, [])).toEqual([]);
    expect(batchesOf(Buffer.from(""), 8, [])).toEqual([]);
  });

  it("refuses a log whose header lacks a required column (it is rejected whole, in one thread)", () => {
    expect(() => batchesOf(Buffer.from("case,event_type,date\nC-1,plan-end,2024-02-12\n"), 8, [])).toThrow(/header row/);
  });
});

describe("readableInParts and csvEventLogBatches", () => {
  const dir = mkdtempSync(join(tmpdir(), "cgr-csv-batches-"));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("tells a good header, a bad one and an empty file apart, reading only as far as the header", async () => {
    expect(await readableInParts(file("good.csv", `\uFEFF\n\nCase_ID , event_type,date\nC-1,plan-end,2024-02-12\n`))).toBe(true);
    expect(await readableInParts(file("bad.csv", "case,event_type,date\nC-1,plan-end,2024-02-12\n"))).toBe(false);
    expect(await readableInParts(file("empty.csv", "\n\n"))).toBe(true);
    expect(await readableInParts(file("unended.csv", "case_id,event_type,date"))).toBe(true);
  });

  it("reads a file into batches whose records are the whole log's", async () => {
    const rows = Array.from({ length: 3000 }, (_, n) => `C-${Math.floor(n / 7)},core-group,2024-03-${String(1 + (n % 28)).padStart(2, "0")}`);
    const text = `case_id,event_type,date\r\n${rows.join("\r\n")}\r\n`;
    const path = file("big.csv", text);
    const batches: CsvBatch[] = [];
    for await (const batch of csvEventLogBatches(path, 4096, new Map())) batches.push(batch);
    expect(batches.length).toBeGreaterThan(10);
    expect(partRecords(batches)).toEqual(await wholeRecords(Buffer.from(text)));
  });
});
