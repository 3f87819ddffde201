import { parentPort, workerData } from "node:worker_threads";
import { readCsvEventLogPart } from "../audit/adapters/csv-event-log-reader.js";
import { readJsonLinesPart } from "../audit/adapters/json-lines.js";
import type { AuditItem } from "../audit/audit-item.js";
import { createCaseAuditor } from "../audit/case-auditor.js";
import type { InputRecord } from "../audit/input-record.js";
import { createItemTextWriter, showsChecklist, showsIndicatorCaseIds } from "../audit/writers/item-text-writer.js";
import { REJECTED_SHOWN, type AuditBatch, type AuditWorkerInit, type AuditWorkerMessage, type AuditWorkerReply, type BatchResult } from "./audit-worker-protocol.js";
import { profileFromData } from "./profile-option.js";

export { AUDIT_WORKER_ROLE } from "./audit-worker-protocol.js";

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
  const profile = profileFromData(init.profile);
  let repeats = new Map<number, string>(); // of the batch being audited
  const auditor = createCaseAuditor(
    {
      profile,
      asOf: init.asOf,
      exclude: init.exclude,
      checklist: showsChecklist(init.format),
      indicatorYear: init.indicatorYear,
      indicatorCaseIds: showsIndicatorCaseIds(init.format),
    },
    { earlierRead: (source) => repeats.get(source.recordNumber) },
  );
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

  const addMain = (text: string): void => main.add(text);
  const addRejected = (text: string): void => rejected.add(text);
  const auditBatch = (batch: AuditBatch): BatchResult => {
    repeats = new Map(batch.kind === "lines" ? batch.repeats : undefined);
    const text = createItemTextWriter(init.format, addMain, addRejected, { continues: !batch.opensOutput });
    const firstRejected: AuditItem[] = [];
    let evaluated = 0;
    let rejectedCount = 0;
    for (const record of recordsOf(batch)) {
      const item = auditor.audit(record);
      if (item.kind === "evaluated") evaluated++;
      else if (rejectedCount++ < REJECTED_SHOWN) firstRejected.push(item);
      text.item(item);
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
