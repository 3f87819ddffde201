import { parentPort, workerData } from "node:worker_threads";
import { readCsvEventLogPart } from "../audit/adapters/csv-event-log.js";
import type { DateFormat } from "../audit/adapters/date-text.js";
import { readJsonLinesPart, type JsonLinesPart } from "../audit/adapters/json-lines.js";
import type { AuditItem } from "../audit/audit-item.js";
import type { ExcludedRule } from "../audit/audit-profile.js";
import { createCaseAuditor } from "../audit/case-auditor.js";
import type { InputRecord } from "../audit/input-record.js";
import type { SummarySnapshot } from "../audit/summary/summary-builder.js";
import { obligationCsvRows, rejectionCsvRows } from "../audit/writers/csv-writer.js";
import { createJsonWriter } from "../audit/writers/json-writer.js";
import { showsChecklist, showsIndicatorCaseIds } from "./audit-output.js";
import type { CsvBatch } from "./csv-event-log-batches.js";
import { profileFromOptions } from "./profile-option.js";

/**
 * The `workerData.role` that makes `cli.js` run as an audit worker thread instead of the CLI.
 *
 * @example
 * ```ts
 * if (!isMainThread && workerData?.role === AUDIT_WORKER_ROLE) runAuditWorker();
 * ```
 */
export const AUDIT_WORKER_ROLE = "core-group-rules/audit-worker";

/**
 * What an audit worker is started with (`workerData`): the profile as the options named it (the
 * worker resolves it itself: a resolved profile does not survive structured cloning), the audit
 * date, the rules the input cannot support, the output format and how CSV event logs write dates.
 *
 * @example
 * ```ts
 * const init: AuditWorkerInit = { role: AUDIT_WORKER_ROLE, profile: "medway", asOf: "2025-03-31", exclude: [], format: "csv" };
 * ```
 */
export interface AuditWorkerInit {
  readonly role: typeof AUDIT_WORKER_ROLE;
  readonly profile?: string | undefined;
  readonly profileFile?: string | undefined;
  readonly asOf: string;
  readonly exclude: readonly ExcludedRule[];
  readonly format: "csv" | "json" | "jsonl";
  readonly dateFormat?: DateFormat | undefined;
  /** `--year`: the national indicators of this reporting year only. */
  readonly indicatorYear?: number | undefined;
}

/**
 * Consecutive whole lines of one JSON Lines file for a worker: their bytes as read (UTF-8; line
 * endings and blank lines included, so that line numbers hold), the number of the first line and
 * of its first record; or, marked `overlong`, a line too long to read, without its bytes.
 *
 * @example
 * ```ts
 * const batch: LineBatch = { kind: "lines", file: "cases.jsonl", firstLine: 1, firstRecordNumber: 1, bytes: Buffer.from('{"id":"a","events":[]}\n') };
 * ```
 */
export interface LineBatch extends JsonLinesPart {
  readonly kind: "lines";
  readonly file: string;
  readonly bytes: Uint8Array;
}

/**
 * A batch for a worker (lines of JSON Lines, or whole cases of a CSV event log), and whether its
 * records are the first of the whole output (JSON needs no comma before the first item).
 *
 * @example
 * ```ts
 * const batch: AuditBatch = { kind: "lines", file: "cases.jsonl", firstLine: 1, firstRecordNumber: 1, bytes: Buffer.from("{}\n"), opensOutput: true };
 * ```
 */
export type AuditBatch = (LineBatch | CsvBatch) & { readonly opensOutput: boolean };

/**
 * A worker's answer to one {@link AuditBatch}: the output text of its items, UTF-8 encoded (the
 * main output, and for CSV the rejected-records rows), the record counts, and the first few
 * rejected items (for the short summary). Once `main` is written, its buffer goes back to the
 * worker (a `recycle` message) to be filled again.
 *
 * @example
 * ```ts
 * const result: BatchResult = { main, rejected, evaluated: 250, rejectedCount: 2, firstRejected: [item] };
 * ```
 */
export interface BatchResult {
  readonly main: Uint8Array;
  readonly rejected: Uint8Array;
  readonly evaluated: number;
  readonly rejectedCount: number;
  readonly firstRejected: readonly AuditItem[];
}

/**
 * A message to an audit worker: audit a batch (answered with a {@link BatchResult}), finish and
 * send the summary snapshot, or take back the memory of a batch's output once it is written
 * (not answered).
 *
 * @example
 * ```ts
 * worker.postMessage({ type: "finish" } satisfies AuditWorkerMessage);
 * ```
 */
export type AuditWorkerMessage =
  | { readonly type: "batch"; readonly batch: AuditBatch }
  | { readonly type: "finish" }
  | { readonly type: "recycle"; readonly buffer: ArrayBuffer };

/**
 * A message from an audit worker: a batch's result, or the summary of every batch it audited.
 *
 * @example
 * ```ts
 * worker.on("message", (reply: AuditWorkerReply) => void reply.type);
 * ```
 */
export type AuditWorkerReply = { readonly type: "batch"; readonly result: BatchResult } | { readonly type: "summary"; readonly snapshot: SummarySnapshot };

/**
 * How many rejected items a batch sends back: the short summary shows the first five.
 *
 * @example
 * ```ts
 * if (shown.length < REJECTED_SHOWN) shown.push(item);
 * ```
 */
export const REJECTED_SHOWN = 5;

/** UTF-8 bytes gathered text by text into a buffer that grows as needed. */
class Utf8Bytes {
  #buffer: Buffer = Buffer.allocUnsafe(1 << 16);
  #used = 0;
  readonly #spare: Buffer[] = [];

  add(text: string): void {
    const room = this.#used + text.length * 3;
    if (room > this.#buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.max(room, this.#buffer.length * 2));
      this.#buffer.copy(bigger, 0, 0, this.#used);
      this.#buffer = bigger;
    }
    this.#used += this.#buffer.write(text, this.#used);
  }

  /**
   * The bytes so far, then starts afresh. They are a view of a buffer of their own (to transfer
   * to the main thread), except that no bytes are an empty view of nothing.
   */
  take(): Uint8Array {
    if (this.#used === 0) return new Uint8Array(0);
    const bytes = this.#buffer.subarray(0, this.#used);
    this.#buffer = this.#spare.pop() ?? Buffer.allocUnsafe(Math.max(1 << 16, this.#used));
    this.#used = 0;
    return bytes;
  }

  /** Takes back a buffer whose bytes were written, to fill again. */
  recycle(buffer: ArrayBuffer): void {
    this.#spare.push(Buffer.from(buffer));
  }
}

/**
 * The body of an audit worker thread (`cli.js` started with an {@link AuditWorkerInit}): audits
 * each batch as it comes, answering with the encoded output text, and keeps one running summary,
 * sent when told to finish. Records are audited exactly as `auditCases` does.
 *
 * @example
 * ```ts
 * if (!isMainThread && workerData?.role === AUDIT_WORKER_ROLE) await runAuditWorker();
 * ```
 */
export async function runAuditWorker(): Promise<void> {
  const init = workerData as AuditWorkerInit;
  const port = parentPort!;
  const profile = await profileFromOptions({ profile: init.profile, "profile-file": init.profileFile }, "working-together");
  const auditor = createCaseAuditor({
    profile,
    asOf: init.asOf,
    exclude: init.exclude,
    checklist: showsChecklist(init.format),
    indicatorYear: init.indicatorYear,
    indicatorCaseIds: showsIndicatorCaseIds(init.format),
  });
  const main = new Utf8Bytes();
  const rejected = new Utf8Bytes();

  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true }); // keep a U+FEFF that starts a line mid-file, as the one-thread reader does
  const csvOptions = init.dateFormat === undefined ? {} : { dateFormat: init.dateFormat };
  /** The records of a batch, in order (decoded and parsed here, in the worker). */
  function* recordsOf(batch: AuditBatch): Generator<InputRecord> {
    if (batch.kind === "csv") {
      yield* readCsvEventLogPart(utf8.decode(batch.bytes), batch, { file: batch.file, ...csvOptions });
      return;
    }
    yield* readJsonLinesPart(utf8.decode(batch.bytes), batch, batch.file);
  }

  const auditBatch = (batch: AuditBatch): BatchResult => {
    const json = init.format === "csv" ? null : createJsonWriter(init.format, { continues: !batch.opensOutput });
    const firstRejected: AuditItem[] = [];
    let evaluated = 0;
    let rejectedCount = 0;
    for (const record of recordsOf(batch)) {
      const item = auditor.audit(record);
      if (item.kind === "evaluated") evaluated++;
      else if (rejectedCount++ < REJECTED_SHOWN) firstRejected.push(item);
      if (json !== null) main.add(json.write(item));
      else if (item.kind === "evaluated") main.add(obligationCsvRows(item));
      else rejected.add(rejectionCsvRows(item));
    }
    return { main: main.take(), rejected: rejected.take(), evaluated, rejectedCount, firstRejected };
  };

  port.on("message", (message: AuditWorkerMessage) => {
    if (message.type === "recycle") {
      main.recycle(message.buffer);
    } else if (message.type === "finish") {
      port.postMessage({ type: "summary", snapshot: auditor.summary.snapshot() } satisfies AuditWorkerReply);
      port.close();
    } else {
      const result = auditBatch(message.batch);
      const transfer = [result.main, result.rejected].filter((bytes) => bytes.byteLength > 0).map((bytes) => bytes.buffer as ArrayBuffer);
      port.postMessage({ type: "batch", result } satisfies AuditWorkerReply, transfer);
    }
  });
}
