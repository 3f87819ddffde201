// The fast-check budget of the reliability suite. `FUZZ_RUNS` sets the runs of a property of
// weight 1 (default 60, so the suite stays quick in `npm test` and in each zone of the TZ matrix;
// `npm run fuzz` sets 20000). `FUZZ_SEED` replays a failure that fast-check reported.
const DEFAULT_RUNS = 60;

function positiveInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, not "${text}"`);
  return value;
}

export const FUZZ_RUNS = positiveInteger("FUZZ_RUNS", process.env["FUZZ_RUNS"]) ?? DEFAULT_RUNS;
const FUZZ_SEED = positiveInteger("FUZZ_SEED", process.env["FUZZ_SEED"]);

/**
 * fast-check parameters for a property: `weight` scales the runs (a costly property takes a
 * fraction of the budget), never fewer than 5. The time limit grows with the budget so a long
 * `npm run fuzz` is not cut short by vitest's per-test timeout.
 */
export function fuzz(weight = 1): { numRuns: number; seed?: number } {
  const numRuns = Math.max(5, Math.round(FUZZ_RUNS * weight));
  return FUZZ_SEED === undefined ? { numRuns } : { numRuns, seed: FUZZ_SEED };
}

/** The vitest timeout of a fuzz test whose runs take up to `msPerRun` each. */
export function fuzzTimeout(weight = 1, msPerRun = 20): number {
  return 60_000 + Math.round(FUZZ_RUNS * weight) * msPerRun;
}
