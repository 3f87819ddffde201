import { CaseIdsRead } from "../audit/case-ids-read.js";
import type { SummarySnapshot } from "../audit/summary/summary-builder.js";
import type { AuditWorkerInit, BatchResult } from "./audit-worker-protocol.js";
import { AuditWorkerPool } from "./audit-worker-pool.js";
import { csvEventLogBatches, findSplitCasesInFiles } from "./csv-event-log-batches.js";
import type { InputFile } from "./input-files.js";
import { jsonLinesBatches } from "./json-lines-batches.js";

/**
 * Bytes per batch of JSON Lines (a few dozen cases). Smaller batches mean smaller output buffers
 * and less text alive at a time in each worker, which lowers peak memory and left room for a
 * larger young generation (see `audit-worker-pool.ts`); docs/performance.md gives the figures.
 */
const BATCH_BYTES = 128 * 1024;
/**
 * Bytes per batch of a CSV event log (a few dozen cases: about the output of a JSON Lines batch).
 * Smaller batches were slower and larger ones slower and bigger in memory (figures in
 * docs/performance.md).
 */
const CSV_BATCH_BYTES = 64 * 1024;
/** Batches in flight per worker: enough that a worker never waits for its next batch. */
const BATCHES_IN_FLIGHT_PER_WORKER = 4;

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
    for (const file of files) for await (const batch of file.format === "csv" ? csvEventLogBatches(file.path, CSV_BATCH_BYTES, splitCases) : jsonLinesBatches(file.path, BATCH_BYTES, caseIds)) {
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
