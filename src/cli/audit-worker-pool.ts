import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SummarySnapshot } from "../audit/summary/summary-builder.js";
import type { InputFormat } from "./input-files.js";
import type { AuditBatch, AuditWorkerInit, AuditWorkerMessage, AuditWorkerReply, BatchResult } from "./audit-worker-protocol.js";

/**
 * JSON Lines inputs at least this big (bytes) are audited in worker threads by default.
 *
 * @example
 * ```ts
 * const useWorkers = totalBytes >= WORKERS_MIN_BYTES; // 8 MiB
 * ```
 */
export const WORKERS_MIN_BYTES = 8 * 1024 * 1024;

/**
 * Inputs that include a CSV event log are audited in worker threads by default from this size
 * (bytes). A CSV case is about half the bytes of a JSON Lines one and is read faster, so the
 * threads' start pays off only on larger inputs: on two cores, two workers were slower than one
 * thread on smaller logs and faster on a log of this size (figures in docs/performance.md).
 *
 * @example
 * ```ts
 * const useWorkers = totalBytes >= CSV_WORKERS_MIN_BYTES; // 32 MiB
 * ```
 */
export const CSV_WORKERS_MIN_BYTES = 32 * 1024 * 1024;

/**
 * At most this many workers by default: each holds its own heap (see docs/performance.md).
 *
 * @example
 * ```ts
 * Math.min(availableParallelism(), DEFAULT_MAX_WORKERS); // 2 on a machine with 2 or more cores
 * ```
 */
export const DEFAULT_MAX_WORKERS = 2;

/**
 * The number of audit worker threads to use by default: for JSON Lines inputs totalling
 * {@link WORKERS_MIN_BYTES} or more, or JSON Lines and CSV event log inputs totalling
 * {@link CSV_WORKERS_MIN_BYTES} or more, one per CPU core (`os.availableParallelism()`), at most
 * {@link DEFAULT_MAX_WORKERS} so that peak memory stays under 256 MB; else 1 (no threads:
 * starting them would cost more than they save). Other formats (JSON arrays, CIN census XML)
 * are audited in one thread.
 *
 * @example
 * ```ts
 * defaultWorkerCount(["jsonl"], 10_000_000); // 2 on a machine with two cores or more
 * defaultWorkerCount(["csv"], 10_000_000); // 1
 * defaultWorkerCount(["json"], 500_000_000); // 1
 * ```
 */
export function defaultWorkerCount(formats: readonly InputFormat[], totalBytes: number): number {
  const minBytes = formats.includes("csv") ? CSV_WORKERS_MIN_BYTES : WORKERS_MIN_BYTES;
  const eligible = totalBytes >= minBytes && formats.every((format) => format === "jsonl" || format === "csv");
  return eligible ? Math.min(availableParallelism(), DEFAULT_MAX_WORKERS) : 1;
}

/**
 * Each worker's heap limits (MB). With V8's defaults (a young generation of 48 MB, an old
 * generation sized from the machine's memory) each thread's heap lets garbage pile up long before
 * collecting, and peak memory with two workers and the main thread reached or passed the bound
 * that {@link defaultWorkerCount} keeps to; with these limits it stays well under it: V8 sizes
 * its collection thresholds from them. The young generation trades CPU for memory: a smaller one made the
 * workers spend much more of their time collecting garbage, a larger one was no faster (figures
 * in docs/performance.md).
 * 512 MB is far above what any one case needs; a worker that still runs out fails the audit with
 * a one-line error (then use `--workers 1`).
 */
const YOUNG_GENERATION_MB = 16;
const OLD_GENERATION_MB = 512;

interface Waiting {
  readonly resolve: (reply: AuditWorkerReply) => void;
  readonly reject: (error: Error) => void;
}

/** One worker thread with the replies it owes, in the order they were asked for. */
class PooledWorker {
  readonly #worker: Worker;
  readonly #waiting: Waiting[] = [];
  #failure: Error | undefined;

  constructor(script: URL, init: AuditWorkerInit) {
    this.#worker = new Worker(script, { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    this.#worker.on("message", (reply: AuditWorkerReply) => this.#waiting.shift()?.resolve(reply));
    this.#worker.on("error", (error) => this.#fail(error));
    this.#worker.on("exit", (code) => this.#fail(new Error(`an audit worker thread stopped (exit code ${code})`)));
  }

  get owed(): number {
    return this.#waiting.length;
  }

  /** Posts a message that is answered, handing over `transfer`. */
  ask(message: AuditWorkerMessage, transfer: ArrayBuffer[] = []): Promise<AuditWorkerReply> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#worker.postMessage(message, transfer);
    });
  }

  /** Posts a message that is not answered, handing over `transfer`. */
  tell(message: AuditWorkerMessage, transfer: ArrayBuffer[]): void {
    if (this.#failure === undefined) this.#worker.postMessage(message, transfer);
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#waiting.splice(0)) waiting.reject(this.#failure);
  }

  stop(): Promise<number> {
    return this.#worker.terminate();
  }
}

/**
 * Worker threads that audit batches of JSON Lines or of a CSV event log (see `audit-worker.ts`). `run(batch)` goes to
 * the worker owing the fewest replies; the caller awaits the results in the order it asked, so
 * the output stays in input order, and bounds how many batches are in flight, so memory stays
 * flat. `finish()` collects every worker's summary snapshot and stops them.
 *
 * @example
 * ```ts
 * const pool = new AuditWorkerPool(new URL(import.meta.url), 2, init);
 * const { result, release } = await pool.run(batch);
 * await sink.writeBytes(result.main, release);
 * const snapshots = await pool.finish();
 * ```
 */
export class AuditWorkerPool {
  readonly #workers: PooledWorker[];

  constructor(script: URL, count: number, init: AuditWorkerInit) {
    this.#workers = Array.from({ length: count }, () => new PooledWorker(script, init));
  }

  /**
   * Audits one batch in the least busy worker. The batch's bytes are handed over (moved, not
   * copied: the caller's view of them is emptied), so they must be the whole of their buffer.
   * Call `release()` once the result's `main` bytes are written: their buffer goes back to that
   * worker.
   */
  async run(batch: AuditBatch): Promise<{ result: BatchResult; release: () => void }> {
    const worker = this.#workers.reduce((best, next) => (next.owed < best.owed ? next : best));
    const reply = await worker.ask({ type: "batch", batch }, [batch.bytes.buffer as ArrayBuffer]);
    if (reply.type !== "batch") throw new Error("an audit worker answered a batch with a summary");
    const { buffer, byteLength } = reply.result.main;
    const release = (): void => {
      if (byteLength > 0) worker.tell({ type: "recycle", buffer: buffer as ArrayBuffer }, [buffer as ArrayBuffer]);
    };
    return { result: reply.result, release };
  }

  /** The summary snapshot of every worker (once all batches are answered); stops the workers. */
  async finish(): Promise<SummarySnapshot[]> {
    try {
      const replies = await Promise.all(this.#workers.map((worker) => worker.ask({ type: "finish" })));
      return replies.map((reply) => {
        if (reply.type !== "summary") throw new Error("an audit worker answered finish with a batch");
        return reply.snapshot;
      });
    } finally {
      await this.stop();
    }
  }

  /** Stops every worker (also after an error). */
  async stop(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.stop()));
  }
}
