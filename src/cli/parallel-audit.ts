import { createReadStream } from "node:fs";
import { TEXT_MAX_LINE_LENGTH } from "../audit/adapters/text-lines.js";
import { CaseIdsRead } from "../audit/case-ids-read.js";
import type { SummarySnapshot } from "../audit/summary/summary-builder.js";
import type { AuditWorkerInit, BatchResult, LineBatch } from "./audit-worker-protocol.js";
import { AuditWorkerPool } from "./audit-worker-pool.js";
import { csvEventLogBatches, findSplitCasesInFiles } from "./csv-event-log-batches.js";
import type { InputFile } from "./input-files.js";
import { caseIdOfLineBytes } from "./json-line-case-id.js";

/**
 * Bytes per batch of JSON Lines (about 35 cases of 3.6 KB). Smaller batches mean smaller output
 * buffers and less text alive at a time in each worker, which left room for a larger young
 * generation (see `audit-worker-pool.ts`): at 128 KB, peak RSS was about 30 MB lower than at
 * 512 KB.
 */
const BATCH_BYTES = 128 * 1024;
/**
 * Bytes per batch of a CSV event log (about 33 cases of 2 KB: about the output of a JSON Lines
 * batch). A 200,000-case pan-sussex log on two workers: 32 KB took 19.3 s (210 MB peak RSS),
 * 64 KB 16.9 s (229 MB), 128 KB 17.9 s (249 MB).
 */
const CSV_BATCH_BYTES = 64 * 1024;
/** Batches in flight per worker: enough that a worker never waits for its next batch. */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;
const LF = 0x0a;

/**
 * A JSON Lines file cut into batches of whole lines (about {@link BATCH_BYTES} each), in order,
 * each with its file, first line number and first record number. The main thread handles bytes
 * only: it finds line ends (an LF byte is never part of a longer UTF-8 sequence) and counts
 * records (blank lines are not), and the workers decode and parse, so the main thread makes
 * almost no garbage and stays light. Each batch's bytes are a buffer of their own, so they can be
 * handed to a worker without copying. A batch of blank lines only is not sent. A leading UTF-8
 * byte-order mark is dropped. A line of more than three times `maxLineLength` bytes (default
 * {@link TEXT_MAX_LINE_LENGTH}; smaller in tests) has more than that many characters (no UTF-8
 * sequence decodes to fewer than a third as many UTF-16 code units), so it is too long to read:
 * its bytes are dropped as they are read, and, unless it is blank, it goes out as a batch of its
 * own marked `overlong`, without bytes. A shorter line goes to a worker whole, which tells
 * exactly whether it is too long. Each line's case id is read (see `caseIdOfLineBytes`) and
 * noted in `caseIds` (one for all the files of an audit), so that a batch lists the records
 * whose case id was read before (`repeats`), which the worker rejects as one thread does.
 *
 * @example
 * ```ts
 * for await (const batch of jsonLinesBatches(input)) console.log(batch.file, batch.firstLine, batch.bytes.length);
 * ```
 */
export async function* jsonLinesBatches(file: InputFile, maxLineLength = TEXT_MAX_LINE_LENGTH, caseIds = new CaseIdsRead()): AsyncGenerator<LineBatch> {
  let line = 1;
  let recordNumber = 1;
  let pending: Buffer = Buffer.alloc(0);
  let first = true;
  const batch = (bytes: Buffer): LineBatch | undefined => {
    const firstLine = line;
    const firstRecordNumber = recordNumber;
    const repeats: [number, string][] = [];
    for (let start = 0; start < bytes.length; ) {
      const newline = bytes.indexOf(LF, start);
      const end = newline < 0 ? bytes.length : newline;
      if (!blankBytes(bytes, start, end)) {
        const caseId = caseIdOfLineBytes(bytes, start, end, maxLineLength);
        const earlier = caseIds.earlierRead({ format: "jsonl", file: file.path, recordNumber, line, ...(caseId === undefined ? {} : { caseId }) });
        if (earlier !== undefined) repeats.push([recordNumber, earlier]);
        recordNumber++;
      }
      line++;
      start = end + 1;
    }
    if (recordNumber === firstRecordNumber) return undefined;
    return { kind: "lines", file: file.path, firstLine, firstRecordNumber, bytes: new Uint8Array(bytes), ...(repeats.length === 0 ? {} : { repeats }) };
  };
  // A line longer than a batch that has not ended yet: its chunks, joined once it ends. Joining
  // them chunk by chunk instead copied the line again for each chunk, and looked for its end
  // from the start each time: a 200 MB line took 16 s, against 0.8 s in one thread.
  let longLine: Buffer[] = [];
  let longLineBytes = 0;
  // A line too long to read, not ended yet: whether it is blank so far (undefined: there is none).
  let overlongBlank: boolean | undefined;
  /** The batch of the line too long to read, once it ends (none when it is blank); the next line follows it. */
  const overlongLine = (): LineBatch | undefined => {
    const blank = overlongBlank;
    overlongBlank = undefined;
    line++;
    if (blank === true) return undefined;
    return { kind: "lines", file: file.path, firstLine: line - 1, firstRecordNumber: recordNumber++, bytes: new Uint8Array(0), overlong: true };
  };
  for await (const chunk of createReadStream(file.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let read = chunk;
    if (overlongBlank !== undefined) {
      const newline = chunk.indexOf(LF);
      overlongBlank &&= blankBytes(chunk, 0, newline < 0 ? chunk.length : newline);
      if (newline < 0) continue;
      const next = overlongLine();
      if (next !== undefined) yield next;
      read = chunk.subarray(newline + 1);
    }
    if (longLine.length > 0) {
      longLine.push(read);
      longLineBytes += read.length;
      if (read.indexOf(LF) < 0) {
        if (longLineBytes > 3 * maxLineLength) {
          overlongBlank = longLine.every((bytes) => blankBytes(bytes, 0, bytes.length));
          longLine = [];
        }
        continue;
      }
      pending = Buffer.concat(longLine);
      longLine = [];
    } else {
      pending = pending.length === 0 ? read : Buffer.concat([pending, read]);
    }
    if (first && pending.length >= 3) {
      first = false;
      if (pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf) pending = pending.subarray(3);
    }
    while (pending.length >= BATCH_BYTES) {
      const cut = pending.lastIndexOf(LF, BATCH_BYTES);
      const end = cut >= 0 ? cut : pending.indexOf(LF, BATCH_BYTES);
      if (end < 0) {
        longLine = [pending]; // one line longer than a batch, not ended yet
        longLineBytes = pending.length;
        pending = Buffer.alloc(0);
        break;
      }
      const next = batch(pending.subarray(0, end + 1));
      pending = pending.subarray(end + 1);
      if (next !== undefined) yield next;
    }
  }
  if (overlongBlank !== undefined) {
    const next = overlongLine();
    if (next !== undefined) yield next;
  }
  if (longLine.length > 0) pending = Buffer.concat(longLine);
  if (first && pending[0] === 0xef && pending[1] === 0xbb && pending[2] === 0xbf) pending = pending.subarray(3);
  const last = pending.length === 0 ? undefined : batch(pending);
  if (last !== undefined) yield last;
}

/** Whether bytes `start` to before `end` are only spaces, tabs, CR or LF (as `isBlank` for text). */
function blankBytes(bytes: Buffer, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const byte = bytes[index];
    if (byte !== 32 && byte !== 9 && byte !== 13 && byte !== 10) return false;
  }
  return true;
}

/**
 * Audits JSON Lines files and CSV event logs (whose headers are good: see `readableInParts`) in
 * `count` worker threads: batches go out in order, at most four per worker in flight, and each
 * result is handed to `deliver` (awaited) in input order, so the output is the same, byte for
 * byte, as without threads, and memory stays flat. Returns the workers' summary snapshots, to
 * merge. `deliver` calls `written` once the result's main bytes are written (their buffer then
 * goes back to the worker). CSV event logs are looked at first, all together, to find the cases
 * whose rows lie in more than one place (`findSplitCasesInFiles`): those are rejected in every
 * place. A read error or a failed worker stops every worker and is thrown.
 *
 * @example
 * ```ts
 * const snapshots = await auditInWorkers(inputs, 2, init, (result, written) => sink.writeBytes(result.main, written));
 * ```
 */
export async function auditInWorkers(
  files: readonly InputFile[],
  count: number,
  init: AuditWorkerInit,
  deliver: (result: BatchResult, written: () => void) => Promise<void>,
): Promise<SummarySnapshot[]> {
  const pool = new AuditWorkerPool(new URL(import.meta.url), count, init); // the threads start while the CSV logs are looked at
  try {
    const csv = files.filter((file) => file.format === "csv").map((file) => file.path);
    const splitCases = csv.length === 0 ? new Map<string, string>() : await findSplitCasesInFiles(csv);
    const inFlight: ReturnType<AuditWorkerPool["run"]>[] = [];
    let opensOutput = true;
    const caseIds = new CaseIdsRead(); // across the files, as in one thread
    for (const file of files) for await (const batch of file.format === "csv" ? csvEventLogBatches(file.path, CSV_BATCH_BYTES, splitCases) : jsonLinesBatches(file, TEXT_MAX_LINE_LENGTH, caseIds)) {
      const result = pool.run({ ...batch, opensOutput });
      result.catch(() => {}); // awaited below, in order; this only stops an early failure counting as unhandled
      inFlight.push(result);
      opensOutput = false;
      if (inFlight.length >= count * BATCHES_IN_FLIGHT_PER_WORKER) {
        const { result, release } = await inFlight.shift()!;
        await deliver(result, release);
      }
    }
    while (inFlight.length > 0) {
      const { result, release } = await inFlight.shift()!;
      await deliver(result, release);
    }
    return await pool.finish();
  } finally {
    await pool.stop();
  }
}
