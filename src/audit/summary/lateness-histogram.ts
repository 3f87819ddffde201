/**
 * Exact percentiles of whole-number lateness from a histogram: memory grows with the number of
 * distinct values seen (at most the span of the supported date range), never with the count.
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n sorted values is the value at
 * 1-based rank `ceil(p / 100 * n)`. So the median of an even count is the lower middle value.
 *
 * @example
 * ```ts
 * const histogram = new LatenessHistogram();
 * for (const days of [1, 2, 2, 9]) histogram.add(days);
 * histogram.percentile(50); // 2
 * histogram.percentile(90); // 9
 * histogram.entries(); // [[1, 1], [2, 2], [9, 1]]
 * ```
 */
export class LatenessHistogram {
  readonly #counts = new Map<number, number>();
  #total = 0;
  #max = 0;
  #sorted: number[] | null = null;

  /** Adds one value (a whole number of days; negatives are counted as 0), `times` times (default once). */
  add(value: number, times = 1): void {
    const key = value > 0 ? Math.trunc(value) : 0;
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + times);
    this.#total += times;
    if (key > this.#max) this.#max = key;
    this.#sorted = null;
  }

  /** The distinct values added with how many times each, as `[value, times]` pairs (for merging). */
  entries(): [number, number][] {
    return [...this.#counts.entries()];
  }

  /** How many values were added. */
  get count(): number {
    return this.#total;
  }

  /** The largest value added, or null when empty. */
  get max(): number | null {
    return this.#total === 0 ? null : this.#max;
  }

  /** The nearest-rank p-th percentile (0 < p <= 100), or null when empty. */
  percentile(p: number): number | null {
    if (this.#total === 0) return null;
    const rank = Math.max(1, Math.ceil((p / 100) * this.#total));
    const keys = (this.#sorted ??= [...this.#counts.keys()].sort((a, b) => a - b));
    let seen = 0;
    for (const key of keys) {
      seen += this.#counts.get(key)!;
      if (seen >= rank) return key;
    }
    return this.#max;
  }
}
