import { InvalidDateError } from "../dates/date-error.js";
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "../dates/supported-range.js";
import type { DataQualityFinding, EventRef, Obligation } from "../case/evaluation-types.js";
import type { Rule } from "../policy/profile-schema.js";
import { dataQualityFinding } from "../case/data-quality-finding.js";

/**
 * Whether an error says a computed date fell outside the supported range (1990-01-01 to
 * 2099-12-31), which a valid case can cause near either end of it.
 *
 * @example
 * ```ts
 * isOutOfRange(new InvalidDateError("2100-03-01", "out-of-range", "outside the supported range")); // true
 * ```
 */
export function isOutOfRange(error: unknown): error is InvalidDateError {
  return error instanceof InvalidDateError && error.reason === "out-of-range";
}

/**
 * Adds the obligation `build` makes from one anchor event to `obligations` (none when it gives
 * null). When a date it computes (a due date, a window's start) falls outside the supported range,
 * adds instead a data-quality finding to `dataQuality`, code `rule-date-out-of-range`, naming the rule and the anchor:
 * that one obligation is not checked, and the rule's others still are.
 *
 * @example
 * ```ts
 * addObligationInRange(obligations, dataQuality, rule, review.ref, () => buildObligation(draft, context));
 * ```
 */
export function addObligationInRange(
  obligations: Obligation[],
  dataQuality: DataQualityFinding[],
  rule: Rule,
  anchor: EventRef,
  build: () => Obligation | null,
): void {
  let obligation: Obligation | null;
  try {
    obligation = build();
  } catch (error) {
    if (!isOutOfRange(error)) throw error;
    dataQuality.push(dataQualityFinding("rule-date-out-of-range", `Rule ${rule.id} ("${rule.title}"): the obligation from the ${anchor.type.replaceAll("-", " ")} on ${anchor.date} was not checked: a date it needs (a due date or the start of a window) falls outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}.`, [anchor]));
    return;
  }
  if (obligation !== null) obligations.push(obligation);
}
