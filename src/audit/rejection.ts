import type { NotRead, ReadProblemCode, Rejection } from "./input-record.js";

/**
 * The longest `received` value a rejection keeps whole; a longer one is cut to this many
 * characters and "...".
 *
 * @example
 * ```ts
 * rejection("invalid-value", ["outcome"], "unknown value", { received: "x".repeat(5000) }).received?.length; // LONGEST_RECEIVED + 3
 * ```
 */
export const LONGEST_RECEIVED = 100;

/**
 * Where a rejection is in the input and what was wrong with the value, each part only when known.
 *
 * @example
 * ```ts
 * const details: RejectionDetails = { line: 12, column: 3, received: "31/02/2024" };
 * ```
 */
export interface RejectionDetails {
  readonly expected?: string | undefined;
  readonly received?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly notRead?: NotRead | undefined;
}

/**
 * A rejection from a reader or the batch, with only the details that are known (an unknown
 * line is left out, not written `undefined`), its keys always in the same order. A `received`
 * value longer than {@link LONGEST_RECEIVED} characters is cut short (ending "..."), so a 10 MB
 * cell cannot become 10 MB of output.
 *
 * @example
 * ```ts
 * rejection("invalid-json", [], "not valid JSON: ...", { line: 4 });
 * // { code: "invalid-json", path: [], message: "not valid JSON: ...", line: 4 }
 * ```
 */
export function rejection(code: ReadProblemCode, path: readonly (string | number)[], message: string, details: RejectionDetails = {}): Rejection {
  const { expected, line, column, notRead } = details;
  const received = details.received !== undefined && details.received.length > LONGEST_RECEIVED ? `${details.received.slice(0, LONGEST_RECEIVED)}...` : details.received;
  return {
    code,
    path,
    message,
    ...(expected === undefined ? {} : { expected }),
    ...(received === undefined ? {} : { received }),
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    ...(notRead === undefined ? {} : { notRead }),
  };
}
