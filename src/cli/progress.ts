import type { RecordCounts } from "../audit/summary/summary-types.js";

/** Inputs at least this big (bytes) get a progress line when stderr is a terminal. */
export const PROGRESS_MIN_BYTES = 20 * 1024 * 1024;

/**
 * A progress line on stderr, redrawn twice a second, only when stderr is a TTY and the input is
 * large; otherwise it does nothing. Returns a function that stops and clears it.
 *
 * @example
 * ```ts
 * const stop = startProgress(totalBytes, () => audit.progress());
 * // ... audit ...
 * stop();
 * ```
 */
export function startProgress(totalBytes: number, counts: () => RecordCounts): () => void {
  if (!process.stderr.isTTY || totalBytes < PROGRESS_MIN_BYTES) return () => {};
  const started = Date.now();
  const timer = setInterval(() => {
    const { read, rejected } = counts();
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(read / seconds) : 0;
    process.stderr.write(`\r${read.toLocaleString("en-GB")} records (${rejected.toLocaleString("en-GB")} rejected), ${rate.toLocaleString("en-GB")}/s   `);
  }, 500);
  timer.unref();
  return () => {
    clearInterval(timer);
    process.stderr.write("\r\x1b[K");
  };
}
