// Types of examples/generate.mjs (a plain script, so that `npm run examples:generate` needs no build),
// for the TypeScript tests and benchmarks that import its generators.

/** The audit date of the examples: no event is dated after it. */
export declare const AUDIT_END: "2025-03-31";

/** The built-in profile ids the generator knows, in the order of the example files. */
export declare const PROFILE_IDS: readonly string[];

/** The header of the CSV event log (the adapter's default columns). */
export declare const CSV_EVENT_LOG_HEADER: readonly string[];

/**
 * A small deterministic PRNG (mulberry32): a function returning numbers in [0, 1).
 *
 * @example
 * ```ts
 * const next = mulberry32(1);
 * next(); // the same number on every run
 * ```
 */
export declare function mulberry32(seed: number): () => number;

/**
 * Case timelines of one profile, one at a time, from the PRNG seeded with `seed`.
 *
 * @example
 * ```ts
 * for (const timeline of generateCases({ profileId: "medway", seed: 1, count: 10 })) console.log(timeline.id);
 * ```
 */
export declare function generateCases(options: {
  profileId: string;
  seed: number;
  count: number;
  firstNumber?: number;
}): Generator<{ id: string; events: { type: string; date: string }[] } & Record<string, unknown>>;

/**
 * A CSV event log of pan-sussex cases, one line at a time without its line ending, header first.
 *
 * @example
 * ```ts
 * const text = [...csvEventLogLines({ seed: 2000, count: 10 })].join("\r\n") + "\r\n";
 * ```
 */
export declare function csvEventLogLines(options: { seed: number; count: number }): Generator<string>;

/**
 * A DfE CIN census return of `count` children, as one XML string.
 *
 * @example
 * ```ts
 * const xml = cinCensusXml({ seed: 3000, count: 5 });
 * ```
 */
export declare function cinCensusXml(options: { seed: number; count: number }): string;
