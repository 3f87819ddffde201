/** Why a value was refused as a civil date. */
export type InvalidDateReason = "not-a-string" | "format" | "impossible" | "out-of-range";

/**
 * Thrown when a value is not a valid `YYYY-MM-DD` civil date in the supported range
 * (1990-01-01 to 2099-12-31, D9). The message names the value.
 *
 * @example
 * ```ts
 * try {
 *   createWorkingCalendar().addWorkingDays("2023-02-29", 1);
 * } catch (error) {
 *   if (error instanceof InvalidDateError) console.log(error.reason); // "impossible"
 * }
 * ```
 */
export class InvalidDateError extends RangeError {
  /** The value that was refused. */
  readonly value: unknown;
  /** The kind of problem. */
  readonly reason: InvalidDateReason;

  constructor(value: unknown, reason: InvalidDateReason, detail: string) {
    super(`Invalid date ${describeValue(value)}: ${detail}`);
    this.name = "InvalidDateError";
    this.value = value;
    this.reason = reason;
  }
}

function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (value === null) return "null";
  return typeof value === "object" ? "of type object" : `${String(value)} (${typeof value})`;
}
