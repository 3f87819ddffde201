import { createReadStream } from "node:fs";
import { CsvCasePlaces, KnownSplitCases, type CaseAppearances } from "../audit/adapters/csv-case-places.js";
import { trimCell } from "../audit/adapters/csv-event-log.js";
import { caseIdPosition } from "../audit/adapters/csv-event-log-header.js";
import type { CsvEventLogPart } from "../audit/adapters/csv-event-log-reader.js";
import { CSV_MAX_ROW_LENGTH, CsvRowSplitter, overlongCsvRow, type CsvRow } from "../audit/adapters/csv-rows.js";

/**
 * Part of one CSV event log for a worker thread: whole cases, as the bytes of their rows (UTF-8,
 * line endings included), and what reading them apart from the rest needs (see
 * {@link CsvEventLogPart}).
 *
 * @example
 * ```ts
 * const batch: CsvBatch = {
 *   kind: "csv", file: "events.csv", header: { fields: ["case_id", "event_type", "date"], line: 1 },
 *   firstLine: 2, firstRecordNumber: 1, earlier: [], bytes: Buffer.from("C-1,strategy-discussion,2024-02-12\n"),
 * };
 * ```
 */
export interface CsvBatch extends CsvEventLogPart {
  readonly kind: "csv";
  readonly file: string;
  readonly bytes: Uint8Array;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const NONE = Number.POSITIVE_INFINITY;

/** The case that the rows read last belong to. */
interface OpenCase {
  readonly caseId: string;
  readonly firstLine: number;
  lastLine: number;
}

/**
 * Cuts a CSV event log, fed as bytes chunk by chunk, into batches of whole cases of about
 * `batchBytes` each, in order, so that worker threads can read them apart and the records come
 * out exactly as {@link readCsvEventLog} gives them for the whole log. The main thread does
 * little per row: it finds where rows end (with `indexOf`, and byte by byte only for rows with a
 * quote or a lone CR, under the same rules as `CsvRowSplitter`) and reads the case id cell, so
 * as to cut only where the case id changes, count records and lines, and find case ids that
 * come back (which the reader of the whole log rejects, naming their earlier lines). The header
 * must be a good one (`caseIdPosition`); a log with a bad header is rejected as one record,
 * which needs no threads.
 *
 * A row too long to read (more than `maxRowLength` characters, {@link CSV_MAX_ROW_LENGTH} by
 * default) ends the open case and is a record of its own, as the reader of the whole log reads
 * it; the cutter decides it exactly, and sends no worker its bytes: the batch before it ends
 * where it starts and carries it as `overlongRow`. A row of at most `maxRowLength` bytes has at
 * most that many characters (no UTF-8 sequence decodes to more UTF-16 code units than it has
 * bytes); one of more than three times as many bytes has more (no sequence decodes to fewer than
 * a third as many): only a row in between is decoded to count its characters. Bytes of a row
 * past three times the limit are dropped as they are scanned, so memory stays bounded however
 * long the row is (an unclosed quote can make the rest of the log one row).
 *
 * @example
 * ```ts
 * const cutter = new CsvBatchCutter("events.csv", 128 * 1024);
 * const batches = [...cutter.push(Buffer.from("case_id,event_type,date\nC-1,plan-end,2024-02-12,\n")), ...cutter.end()];
 * batches[0]?.firstLine; // 2
 * ```
 */
export class CsvBatchCutter {
  readonly #file: string;
  readonly #batchBytes: number;
  /** The bytes not yet in a batch: `#bytes[0..#length)`; the current batch starts at 0. */
  #bytes: Buffer = Buffer.alloc(0);
  #length = 0;
  /** Where the next row starts, and its line number. */
  #scan = 0;
  #line = 1;
  #atStartOfInput = true;
  #header: CsvRow | undefined;
  #caseIdAt = -1;
  #open: OpenCase | undefined;
  readonly #appearances: CaseAppearances;
  /** Records (cases and rows without a case id) before #scan. */
  #records = 0;
  #batchFirstLine = 1;
  #batchFirstRecord = 1;
  /** The split cases of the current batch, each with why it is rejected. */
  #batchSplit = new Map<string, string>();
  // The next LF, quote and CR at or after #scan (NONE: none in the bytes so far), or -1 before
  // the first look: kept while ahead, so that each is searched for in one pass over the bytes.
  #nextLF = -1;
  #nextQuote = -1;
  #nextCR = -1;
  // Where #scanRow stopped in the unfinished row at #scan (-1: it did not), and its state there:
  // a row longer than a chunk (a huge quoted field, or an unterminated quote) is scanned once.
  #resumeAt = -1;
  #resumeLines = 0;
  #resumeInQuotes = false;
  #resumeQuotePending = false;
  #resumeFieldStart = true;
  // The row found last (fields, not an object per row: the main thread should make no garbage per
  // row): its bytes from #rowStart to before #rowEnd (line ending included), over #rowLines lines;
  // where its content ends when it is plain (before its line ending), else -1.
  #rowStart = 0;
  #rowEnd = 0;
  #rowLines = 0;
  #rowContentEnd = -1;
  /** Where the row found last ends before its line ending (#rowEnd when it has none). */
  #rowTextEnd = 0;
  /** The case id cell, as bytes, of the last plain row of the open case: a row with the same bytes is of that case. */
  #openCaseIdBytes: Buffer | undefined;
  readonly #maxRowLength: number;
  /** Bytes of the unfinished row at #scan that were scanned and dropped (it is too long to read). */
  #dropped = 0;

  /**
   * `appearances`: told where each case's rows end, and asked, as each case starts, whether it
   * is split (see `CaseAppearances`). `maxRowLength`: the longest row read, in characters
   * (default {@link CSV_MAX_ROW_LENGTH}; smaller in tests).
   */
  constructor(file: string, batchBytes: number, appearances: CaseAppearances, maxRowLength = CSV_MAX_ROW_LENGTH) {
    this.#file = file;
    this.#appearances = appearances;
    this.#batchBytes = batchBytes;
    this.#maxRowLength = maxRowLength;
  }

  /** Takes the next chunk of the file; returns the batches it completes. */
  push(chunk: Uint8Array): CsvBatch[] {
    this.#append(chunk);
    return this.#atStartOfInput && this.#length < 3 ? [] : this.#cut(false); // too short yet to tell a BOM
  }

  /** After the last chunk: the last batch, if the log has data rows left. */
  end(): CsvBatch[] {
    const batches = this.#cut(true);
    const open = this.#open;
    if (open !== undefined) this.#appearances.ended(open.caseId, open.firstLine, open.lastLine);
    if (this.#records >= this.#batchFirstRecord) batches.push(this.#batch(this.#length, this.#line));
    return batches;
  }

  #append(bytes: Uint8Array): void {
    const needed = this.#length + bytes.length;
    if (needed > this.#bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(needed, this.#bytes.length * 2, 1 << 16));
      this.#bytes.copy(bigger, 0, 0, this.#length);
      this.#bytes = bigger;
    }
    this.#bytes.set(bytes, this.#length);
    this.#length = needed;
    if (this.#nextLF === NONE) this.#nextLF = -1;
    if (this.#nextQuote === NONE) this.#nextQuote = -1;
    if (this.#nextCR === NONE) this.#nextCR = -1;
  }

  /** Reads the rows complete so far (all of them at the end), cutting a batch where one is due. */
  #cut(final: boolean): CsvBatch[] {
    if (this.#atStartOfInput) this.#dropByteOrderMark();
    const batches: CsvBatch[] = [];
    while (this.#nextRow(final)) {
      const line = this.#line;
      this.#line += this.#rowLines;
      this.#scan = this.#rowEnd;
      if (this.#isOverlong()) {
        batches.push(this.#overlongRow(line));
        continue;
      }
      if (this.#header === undefined) {
        this.#readHeader(line);
        continue;
      }
      const caseId = this.#caseIdOf(line);
      if (caseId === null) continue; // a blank row: the reader skips it
      if (caseId === undefined) {
        this.#records++; // a row without a case id: a record of its own
        continue;
      }
      const open = this.#open;
      if (open !== undefined && open.caseId === caseId) {
        open.lastLine = line;
        continue;
      }
      if (open !== undefined) {
        this.#appearances.ended(open.caseId, open.firstLine, open.lastLine);
        if (this.#rowStart >= this.#batchBytes) batches.push(this.#batch(this.#rowStart, line));
      }
      const split = this.#appearances.splitReason(caseId, line);
      if (split !== undefined) this.#batchSplit.set(caseId, split);
      this.#open = { caseId, firstLine: line, lastLine: line };
      this.#records++;
    }
    return batches;
  }

  /** Whether the row found last has more than #maxRowLength characters (see the class's note). */
  #isOverlong(): boolean {
    const bytes = this.#dropped + this.#rowTextEnd - this.#rowStart;
    if (bytes <= this.#maxRowLength) return false;
    if (bytes > 3 * this.#maxRowLength) return true;
    return this.#bytes.toString("utf8", this.#rowStart, this.#rowTextEnd).length > this.#maxRowLength;
  }

  /**
   * Reads the row found last (starting on `line`) as too long to read: it ends the open case
   * and is a record. Returns the batch of the bytes before it, which carries it; the next batch
   * starts after it.
   */
  #overlongRow(line: number): CsvBatch {
    if (this.#header === undefined) throw new Error(`${this.#file}: the header row of the CSV event log is too long to read in parts`);
    // The row's last line: before the line after its line ending, or the one the input ends on
    // (before a line break that ends the input inside quotes).
    const lastByte = this.#bytes[this.#rowTextEnd - 1];
    const lastLine = this.#rowTextEnd < this.#rowEnd || lastByte === LF || lastByte === CR ? this.#line - 1 : this.#line;
    const open = this.#open;
    if (open !== undefined) this.#appearances.ended(open.caseId, open.firstLine, open.lastLine);
    this.#open = undefined;
    this.#openCaseIdBytes = undefined;
    this.#records++;
    this.#dropped = 0;
    const rowEnd = this.#rowEnd - this.#rowStart;
    const batch = this.#batch(this.#rowStart, this.#line, overlongCsvRow(line, lastLine, this.#maxRowLength));
    this.#drop(rowEnd);
    return batch;
  }

  /** Drops a UTF-8 byte-order mark that starts the input, as the reader of the whole log does. */
  #dropByteOrderMark(): void {
    this.#atStartOfInput = false;
    const bytes = this.#bytes;
    if (this.#length < 3 || bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) return;
    bytes.copy(bytes, 0, 3, this.#length);
    this.#length -= 3;
  }

  /** The first non-blank row (on `line`) is the header; it and the rows before it are in no batch. */
  #readHeader(line: number): void {
    const header = this.#parse(line);
    this.#drop(this.#rowEnd);
    if (header === undefined) return;
    const at = caseIdPosition(header);
    if (at === undefined) throw new Error(`${this.#file}: the header row of the CSV event log is not one it can read in parts`);
    this.#header = header;
    this.#caseIdAt = at;
    this.#batchFirstLine = this.#line;
  }

  /**
   * The trimmed case id of the row (starting on `line`): null for a blank row (all its fields
   * empty: the reader skips it), undefined for a row without one. A plain row whose case id cell
   * has the same bytes as the open case's last one is of that case, and costs no decoding.
   */
  #caseIdOf(line: number): string | null | undefined {
    const start = this.#rowStart;
    const contentEnd = this.#rowContentEnd;
    let caseId: string;
    if (contentEnd >= 0) {
      const bytes = this.#bytes;
      const from = this.#plainFieldStart(start, contentEnd, this.#caseIdAt);
      const comma = from < 0 ? -1 : bytes.indexOf(COMMA, from);
      const to = from < 0 ? -1 : comma < 0 || comma > contentEnd ? contentEnd : comma;
      const open = this.#openCaseIdBytes;
      if (open !== undefined && this.#bytesEqual(open, from, to)) return this.#open!.caseId;
      caseId = from < 0 ? "" : trimCell(bytes.toString("utf8", from, to));
      if (caseId.length === 0) return this.#isBlankPlain(start, contentEnd) ? null : undefined;
      if (caseId !== this.#open?.caseId) this.#openCaseIdBytes = Buffer.from(bytes.subarray(from, to));
    } else {
      const parsed = this.#parse(line);
      if (parsed === undefined) return null;
      caseId = trimCell(parsed.fields[this.#caseIdAt] ?? "");
      if (caseId.length === 0) return undefined;
      if (caseId !== this.#open?.caseId) this.#openCaseIdBytes = undefined;
    }
    return caseId;
  }

  /** Whether `#bytes[from..to)` are `expected` (a loop: `Buffer.compare`'s argument checks cost more for a short id). */
  #bytesEqual(expected: Buffer, from: number, to: number): boolean {
    if (to - from !== expected.length) return false;
    const bytes = this.#bytes;
    for (let index = 0; index < expected.length; index++) if (bytes[from + index] !== expected[index]) return false;
    return true;
  }

  /** Where field `index` of a plain row (no quotes) starts: after `index` commas; -1 when the row has fewer fields. */
  #plainFieldStart(start: number, end: number, index: number): number {
    let from = start;
    for (let field = 0; field < index; field++) {
      const comma = this.#bytes.indexOf(COMMA, from);
      if (comma < 0 || comma >= end) return -1;
      from = comma + 1;
    }
    return from;
  }

  /** Whether a plain row's fields are all empty (it is only commas). */
  #isBlankPlain(start: number, end: number): boolean {
    for (let index = start; index < end; index++) if (this.#bytes[index] !== COMMA) return false;
    return true;
  }

  /** The row (starting on `line`) read by the full parser (undefined: blank). */
  #parse(line: number): CsvRow | undefined {
    const rows = new CsvRowSplitter({ firstLine: line, startOfInput: false });
    rows.push(this.#bytes.toString("utf8", this.#rowStart, this.#rowEnd));
    return rows.next() ?? rows.end();
  }

  /**
   * Finds the next row complete in the bytes (at the end of the input, the last one whether
   * ended or not); false when there is none yet. A plain row (ended by LF or CRLF, no quote, no
   * other CR) is found with `indexOf`; any other is scanned byte by byte.
   */
  #nextRow(final: boolean): boolean {
    const start = this.#scan;
    const bytes = this.#bytes;
    const length = this.#length;
    if (start >= length) return false;
    this.#rowStart = start;
    const lf = this.#dropped > 0 ? NONE : this.#next(LF, start); // a row partly dropped is not plain
    if (lf !== NONE) {
      const contentEnd = lf > start && bytes[lf - 1] === CR ? lf - 1 : lf;
      if (this.#next(QUOTE, start) > lf && this.#next(CR, start) >= contentEnd) return this.#found(lf + 1, 1, contentEnd, contentEnd);
    }
    return this.#scanRow(start, final);
  }

  /** Notes the row found: it ends before `end`, its text before `textEnd`, over `lines` lines; `contentEnd`: see #rowContentEnd. */
  #found(end: number, lines: number, textEnd: number, contentEnd: number): true {
    this.#resumeAt = -1;
    this.#rowEnd = end;
    this.#rowTextEnd = textEnd;
    this.#rowLines = lines;
    this.#rowContentEnd = contentEnd;
    return true;
  }

  /** The index of the next `byte` (LF, a quote or CR) at or after `from`, kept while it lies ahead (NONE: none so far). */
  #next(byte: number, from: number): number {
    const known = byte === LF ? this.#nextLF : byte === QUOTE ? this.#nextQuote : this.#nextCR;
    if (known >= from) return known;
    const found = this.#bytes.indexOf(byte, from);
    const next = found < 0 || found >= this.#length ? NONE : found;
    if (byte === LF) this.#nextLF = next;
    else if (byte === QUOTE) this.#nextQuote = next;
    else this.#nextCR = next;
    return next;
  }

  /**
   * Finds a row byte by byte, under `CsvRowSplitter`'s rules, going on where the last call for
   * this row stopped; false when the row goes on past the bytes so far.
   */
  #scanRow(start: number, final: boolean): boolean {
    const bytes = this.#bytes;
    const length = this.#length;
    const resumes = this.#resumeAt >= start;
    let index = resumes ? this.#resumeAt : start;
    let lines = resumes ? this.#resumeLines : 0;
    let inQuotes = resumes && this.#resumeInQuotes;
    let quotePending = resumes && this.#resumeQuotePending;
    let fieldStart = resumes ? this.#resumeFieldStart : true; // no content yet in this field: only here does a quote open a quoted field
    for (; index < length; index++) {
      const byte = bytes[index];
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (byte === QUOTE) continue; // a doubled quote: content
          inQuotes = false; // the field's closing quote: a later quote in it is content
          // fall through: this byte is outside the quotes
        } else {
          if (byte === QUOTE) quotePending = true;
          else if (byte === CR || (byte === LF && bytes[index - 1] !== CR)) lines++; // CRLF is one line
          continue;
        }
      }
      if (byte === COMMA) {
        fieldStart = true;
      } else if (byte === LF) {
        return this.#found(index + 1, lines + 1, index, -1);
      } else if (byte === CR) {
        if (index + 1 < length) return this.#found(bytes[index + 1] === LF ? index + 2 : index + 1, lines + 1, index, -1);
        if (final) return this.#found(index + 1, lines + 1, index, -1);
        break; // an LF may follow: look at this CR again with the next bytes
      } else {
        inQuotes = byte === QUOTE && fieldStart;
        fieldStart = false;
      }
    }
    if (final) return this.#found(length, lines, length, -1);
    this.#resumeAt = index;
    this.#resumeLines = lines;
    this.#resumeInQuotes = inQuotes;
    this.#resumeQuotePending = quotePending;
    this.#resumeFieldStart = fieldStart;
    if (this.#dropped + index - start > 3 * this.#maxRowLength) this.#dropScanned(start, index);
    return false;
  }

  /**
   * Drops the bytes of the unfinished row at `start` scanned so far (before `index`), but the
   * last one (a LF after it is looked at with it): the row is too long to read, so its text is
   * never needed, only the scan's state.
   */
  #dropScanned(start: number, index: number): void {
    const count = index - 1 - start;
    if (count <= 0) return;
    this.#bytes.copy(this.#bytes, start, index - 1, this.#length);
    this.#length -= count;
    this.#dropped += count;
    this.#resumeAt = start + 1;
    this.#nextLF = this.#nextQuote = this.#nextCR = -1;
  }

  /**
   * The batch of the bytes before `end` (followed by `overlongRow`, if given); the next batch
   * begins there, with the row on `nextLine`.
   */
  #batch(end: number, nextLine: number, overlongRow?: CsvRow): CsvBatch {
    const batch: CsvBatch = {
      kind: "csv",
      file: this.#file,
      header: this.#header!,
      firstLine: this.#batchFirstLine,
      firstRecordNumber: this.#batchFirstRecord,
      split: [...this.#batchSplit],
      bytes: new Uint8Array(this.#bytes.subarray(0, end)),
      ...(overlongRow === undefined ? {} : { overlongRow }),
    };
    this.#drop(end);
    this.#batchFirstLine = nextLine;
    this.#batchFirstRecord = this.#records + 1;
    this.#batchSplit = new Map();
    return batch;
  }

  /** Forgets the bytes before `end` (moving the rest to the start). */
  #drop(end: number): void {
    this.#bytes.copy(this.#bytes, 0, end, this.#length);
    this.#length -= end;
    this.#scan -= end;
    if (this.#nextLF >= 0 && this.#nextLF !== NONE) this.#nextLF -= end;
    if (this.#nextQuote >= 0 && this.#nextQuote !== NONE) this.#nextQuote -= end;
    if (this.#nextCR >= 0 && this.#nextCR !== NONE) this.#nextCR -= end;
    if (this.#resumeAt >= 0) this.#resumeAt -= end;
  }
}

/**
 * A CSV event log file cut into batches of whole cases of about `batchBytes` each, in order (see
 * {@link CsvBatchCutter}), each naming its cases that `splitCases` (from
 * {@link findSplitCasesInFiles}) says are split. Its header must be a good one: check with
 * {@link readableInParts}.
 *
 * @throws Error (from the iteration) when a case id comes back that `splitCases` does not name:
 * the file changed since it was looked at first.
 *
 * @example
 * ```ts
 * for await (const batch of csvEventLogBatches("events.csv", 128 * 1024, splitCases)) console.log(batch.firstLine, batch.bytes.length);
 * ```
 */
export async function* csvEventLogBatches(path: string, batchBytes: number, splitCases: ReadonlyMap<string, string>): AsyncGenerator<CsvBatch> {
  yield* cutFile(path, new CsvBatchCutter(path, batchBytes, new KnownSplitCases(splitCases, path)));
}

/** The batches of the file at `path` fed to `cutter`. */
async function* cutFile(path: string, cutter: CsvBatchCutter): AsyncGenerator<CsvBatch> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) yield* cutter.push(chunk);
  yield* cutter.end();
}

/**
 * The cases whose rows lie in more than one place in the CSV event logs at `paths`, or in more
 * than one of them, each with the reason every place of it is rejected for: a first look at the
 * files, before they are read (D36: a case is never evaluated with part of its rows). Reads each
 * file with a good header (see {@link readableInParts}; a log with a bad one has no cases) once,
 * as the batch cutter does (its batches are dropped), holding the places of every case.
 *
 * @example
 * ```ts
 * const splitCases = await findSplitCasesInFiles(["january.csv", "february.csv"]);
 * ```
 */
export async function findSplitCasesInFiles(paths: readonly string[]): Promise<Map<string, string>> {
  const places = new CsvCasePlaces();
  for (const path of paths) {
    if (!(await readableInParts(path))) continue;
    places.startFile(path);
    for await (const batch of cutFile(path, new CsvBatchCutter(path, FIRST_LOOK_BATCH_BYTES, places))) void batch;
  }
  return places.splitCases();
}

/** Bytes per batch of the first look ({@link findSplitCasesInFiles}), whose batches are dropped: fewer, larger copies. */
const FIRST_LOOK_BATCH_BYTES = 1 << 20;

/**
 * Whether a CSV event log file can be read in parts: its header row (the first non-blank row)
 * names every required column, or it has none. A log with a bad header is rejected whole, as
 * one record, by its reader. Reads the file only as far as the header.
 *
 * @example
 * ```ts
 * if (await readableInParts("events.csv")) console.log("worker threads can read it");
 * ```
 */
export async function readableInParts(path: string): Promise<boolean> {
  const rows = new CsvRowSplitter();
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  stream.setEncoding("utf8");
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      rows.push(chunk);
      const header = rows.next();
      if (header !== undefined) return caseIdPosition(header) !== undefined;
    }
    const header = rows.end();
    return header === undefined || caseIdPosition(header) !== undefined;
  } finally {
    stream.destroy();
  }
}
