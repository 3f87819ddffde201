import { performance } from "node:perf_hooks";

/** The best of `repeats` timings of `run`, in milliseconds (the least disturbed by other work). */
export function bestTimeMs(run: () => unknown, repeats = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Times `run` on an input of 10,000 and of 100,000 characters. Catastrophic (exponential) or
 * quadratic backtracking on 100,000 characters takes seconds, and 100 times the 10,000-character
 * run; linear work takes milliseconds and about 10 times. So: linear when the large run is under
 * a second, and either under 100 ms (a floor for busy machines) or under 30 times the small run.
 */
export function scalingOf(run: (n: number) => unknown): { small: number; large: number; linear: boolean } {
  // The small run is timed more often: it takes milliseconds, and with other test files running
  // alongside, one disturbed best-of-3 (10 ms for a 3 ms run) made a quadratic ratio look linear.
  const small = bestTimeMs(() => run(10_000), 9);
  const large = bestTimeMs(() => run(100_000));
  return { small, large, linear: large < 1000 && (large < 100 || large < 30 * small) };
}
