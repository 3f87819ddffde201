// Measurement helpers shared by the bench/*.bench.mjs modules (not a benchmark itself: run.mjs only
// runs files named *.bench.mjs).

export { mulberry32 as random } from "../examples/generate.mjs";

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

let sink = 0;

/**
 * Throws unless every kernel result so far was a finite number: the results feed this sink so that
 * no measured call can be optimised away, and a lost result would mean a wrong measurement.
 */
export function checkSink() {
  if (!Number.isFinite(sink)) throw new Error("sink lost");
}

/**
 * Throughput of `kernel(reps, count)`, which performs reps * count operations and returns a number
 * folded into the sink. Calibrates reps so a round takes about `roundMs` (the calibration rounds
 * also warm up), then times `warmup` untimed and `rounds` timed rounds; no timing inside the loop.
 * Returns operations per second: the median, min and max of the timed rounds.
 */
export function throughput(kernel, { count, rounds = 7, warmup = 3, roundMs = 200 }) {
  let reps = 1;
  for (;;) {
    const start = performance.now();
    sink += kernel(reps, count);
    const elapsed = performance.now() - start;
    if (elapsed >= roundMs / 4 || reps >= 2 ** 20) {
      reps = Math.max(1, Math.round((reps * roundMs) / Math.max(elapsed, 0.001)));
      break;
    }
    reps *= 4;
  }
  const samples = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const start = performance.now();
    sink += kernel(reps, count);
    const elapsed = performance.now() - start;
    if (round >= warmup) samples.push((reps * count * 1000) / elapsed);
  }
  return { opsPerSecond: median(samples), min: Math.min(...samples), max: Math.max(...samples), opsPerRound: reps * count };
}

/** Folds a number into the sink outside `throughput` (e.g. a one-off timed call). */
export function consume(value) {
  sink += value;
}
