import type { Duration } from "./rule-fields.js";

const UNIT_NAMES: Readonly<Record<Duration["unit"], readonly [string, string]>> = {
  "working-days": ["working day", "working days"],
  days: ["day", "days"],
  weeks: ["week", "weeks"],
  months: ["month", "months"],
};

/**
 * A duration in words: `{ n: 10, unit: "working-days" }` is "10 working days".
 *
 * @example
 * ```ts
 * formatDuration({ n: 1, unit: "days" }); // "1 day"
 * formatDuration({ n: 6, unit: "weeks" }); // "6 weeks"
 * ```
 */
export function formatDuration(duration: Duration): string {
  const [one, many] = UNIT_NAMES[duration.unit];
  return `${duration.n} ${duration.n === 1 ? one : many}`;
}

/**
 * The clause a rule description adds for inclusive counting (D2), or "" for the default.
 *
 * @example
 * ```ts
 * countingClause({ counting: "inclusive" }); // " (counting inclusively: the starting day is day 1 when it is a working day)"
 * ```
 */
export function countingClause(rule: { readonly counting?: "exclusive" | "inclusive" | undefined }): string {
  if (rule.counting !== "inclusive") return "";
  return " (counting inclusively: the starting day is day 1 when it is a working day)";
}
