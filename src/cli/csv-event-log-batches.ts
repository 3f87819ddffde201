import { createReadStream } from "node:fs";
import { CsvCasePlaces, KnownSplitCases, type CaseAppearances } from "../audit/adapters/csv-case-places.js";
import { CsvEventLogCutter, type CsvEventLogCut } from "../audit/adapters/csv-event-log-cutter.js";
import { caseIdPosition } from "../audit/adapters/csv-event-log-header.js";
import type { CsvEventLogPart } from "../audit/adapters/csv-event-log-reader.js";
import { CSV_MAX_ROW_LENGTH, CsvRowSplitter } from "../audit/adapters/csv-rows.js";

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

/**
 * Bytes of a read handed to the cutter at a time. The cutter keeps the text of the batch under
 * way (about a batch) and the bytes pushed in one string: kept under V8's largest ordinary object
 * (128 KiB), such strings die young, while larger ones are freed only by a full collection (with
 * 1 MiB at a time, peak memory rose by almost half: see docs/performance.md).
 */
const PUSH_BYTES = 32 * 1024;

/** The bytes of `chunk` as byte strings (one character per byte) of at most {@link PUSH_BYTES} each. */
function* byteTexts(chunk: Uint8Array): Generator<string> {
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  for (let from = 0; from < bytes.length; from += PUSH_BYTES) yield bytes.toString("latin1", from, Math.min(bytes.length, from + PUSH_BYTES));
}

/** The chunks of the file at `path`, read 1 MiB at a time. */
function readChunks(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: 1 << 20 });
}

/**
 * Cuts a CSV event log file, fed as bytes chunk by chunk, into batches of whole cases of about
 * `batchBytes` each, in order (see `CsvEventLogCutter`, which does the cutting on the bytes as a
 * byte string): this holds only the conversions, of each chunk to a byte string and of each
 * part's byte string back to bytes in a buffer of their own (to hand to a worker without copying).
 *
 * @example
 * ```ts
 * const cutter = new CsvBatchCutter("events.csv", 128 * 1024, new KnownSplitCases(new Map(), "events.csv"));
 * const batches = [...cutter.push(Buffer.from("case_id,event_type,date\nC-1,plan-end,2024-02-12,\n")), ...cutter.end()];
 * batches[0]?.firstLine; // 2
 * ```
 */
export class CsvBatchCutter {
  readonly #file: string;
  readonly #cutter: CsvEventLogCutter;

  /** See `CsvEventLogCutter`; `file` names the log in each batch. */
  constructor(file: string, batchBytes: number, appearances: CaseAppearances, maxRowLength = CSV_MAX_ROW_LENGTH) {
    this.#file = file;
    this.#cutter = new CsvEventLogCutter(batchBytes, appearances, maxRowLength);
  }

  /** How many bytes of the file it holds now (see `CsvEventLogCutter.heldBytes`). */
  get heldBytes(): number {
    return this.#cutter.heldBytes;
  }

  /**
   * Takes the next chunk of the file; returns the batches it completes.
   *
   * @throws Error as `CsvEventLogCutter.push` does.
   */
  push(chunk: Uint8Array): CsvBatch[] {
    const batches: CsvBatch[] = [];
    for (const byteText of byteTexts(chunk)) for (const cut of this.#cutter.push(byteText)) batches.push(this.#batch(cut));
    return batches;
  }

  /**
   * After the last chunk: the last batches, if the log has data rows left.
   *
   * @throws Error as `CsvEventLogCutter.end` does.
   */
  end(): CsvBatch[] {
    return this.#cutter.end().map((cut) => this.#batch(cut));
  }

  #batch({ byteText, ...part }: CsvEventLogCut): CsvBatch {
    const bytes = new Uint8Array(byteText.length);
    Buffer.from(bytes.buffer).write(byteText, "latin1");
    return { kind: "csv", file: this.#file, ...part, bytes };
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
  for await (const chunk of readChunks(path)) yield* cutter.push(chunk);
  yield* cutter.end();
}

/**
 * The cases whose rows lie in more than one place in the CSV event logs at `paths`, or in more
 * than one of them, each with the reason every place of it is rejected for: a first look at the
 * files, before they are read (D36: a case is never evaluated with part of its rows). Reads each
 * file with a good header (see {@link readableInParts}; a log with a bad one has no cases) once,
 * with the batch cutter's `CsvEventLogCutter` (its parts are dropped), holding the places of
 * every case.
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
    // Its parts are dropped, and never made bytes: a part per case, so that it holds only the case under way.
    const cutter = new CsvEventLogCutter(1, places);
    for await (const chunk of readChunks(path)) for (const byteText of byteTexts(chunk)) cutter.push(byteText);
    cutter.end();
  }
  return places.splitCases();
}


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
