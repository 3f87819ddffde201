import type { DateFormat } from "../audit/adapters/date-text.js";
import type { JsonLinesCut } from "../audit/adapters/json-lines-cutter.js";
import type { AuditItem } from "../audit/audit-item.js";
import type { ExcludedRule } from "../audit/audit-profile.js";
import type { SummarySnapshot } from "../audit/summary/summary-builder.js";
import type { ItemTextFormat } from "../audit/writers/item-text-writer.js";
import type { CsvBatch } from "./csv-event-log-batches.js";
import type { ProfileData } from "./profile-option.js";

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
 * What an audit worker is started with (`workerData`): the profile, as data (a resolved profile
 * does not survive structured cloning, so the worker resolves it again: a built-in one by its
 * id, a council's own from the JSON that the main thread read from `--profile-file` once and
 * validated), the audit date, the rules the input cannot support, the output format and how CSV
 * event logs write dates.
 *
 * @example
 * ```ts
 * const init: AuditWorkerInit = { role: AUDIT_WORKER_ROLE, profile: { builtIn: "medway" }, asOf: "2025-03-31", exclude: [], format: "csv" };
 * ```
 */
export interface AuditWorkerInit {
  readonly role: typeof AUDIT_WORKER_ROLE;
  readonly profile: ProfileData;
  readonly asOf: string;
  readonly exclude: readonly ExcludedRule[];
  readonly format: ItemTextFormat;
  readonly dateFormat?: DateFormat | undefined;
  /** `--year`: the national indicators of this reporting year only. */
  readonly indicatorYear?: number | undefined;
}

/**
 * Consecutive whole lines of one JSON Lines file for a worker, cut by `JsonLinesCutter` (see
 * {@link JsonLinesCut}: their bytes, where they start, the records whose case id was read
 * before), with the file they come from.
 *
 * @example
 * ```ts
 * const batch: LineBatch = { kind: "lines", file: "cases.jsonl", firstLine: 1, firstRecordNumber: 1, bytes: Buffer.from('{"id":"a","events":[]}\n') };
 * ```
 */
export interface LineBatch extends JsonLinesCut {
  readonly kind: "lines";
  readonly file: string;
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
