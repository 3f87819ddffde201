import { toDayNumber } from "../dates/iso-date.js";
import type { ExceptionRecord } from "../model/timeline-schema.js";
import { withException } from "../rules/obligation-builder.js";
import type { DatedEvent } from "../case/case-facts.js";
import type { DataQualityFinding, Obligation } from "../case/evaluation-types.js";
import { dataQualityFinding } from "../case/data-quality-finding.js";

function isBreach(obligation: Obligation): boolean {
  return obligation.status === "late" || obligation.status === "missing";
}

/** The obligations of one rule, indexed for matching exceptions in O(log n). */
interface RuleObligations {
  /** Positions in the obligation list, sorted by anchor day, then position. */
  readonly byAnchor: readonly number[];
  readonly anchorDays: readonly number[];
  /** The last position with each due date. */
  readonly byDueDate: ReadonlyMap<string, number>;
}

function indexRule(obligations: readonly Obligation[], positions: readonly number[]): RuleObligations {
  const anchorDayOf = new Map(positions.map((position) => [position, toDayNumber(obligations[position]!.anchor.date)]));
  const byAnchor = [...positions].sort((a, b) => anchorDayOf.get(a)! - anchorDayOf.get(b)! || a - b);
  return {
    byAnchor,
    anchorDays: byAnchor.map((position) => anchorDayOf.get(position)!),
    byDueDate: new Map(positions.map((position) => [obligations[position]!.dueDate, position])),
  };
}

/**
 * The position of the obligation an exception covers: the last with its due date or, without
 * one, the one whose anchor is the latest on or before the exception's day (the last listed among
 * equals); -1 for none.
 */
function matchFor(exception: ExceptionRecord, exceptionDay: number, rule: RuleObligations): number {
  if (exception.dueDate !== undefined) return rule.byDueDate.get(exception.dueDate) ?? -1;
  let low = 0;
  let high = rule.anchorDays.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (rule.anchorDays[middle]! <= exceptionDay) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -1 : rule.byAnchor[low - 1]!;
}

/**
 * Applies recorded exceptions (D14): each covers the obligation of its rule with the given due
 * date or, without one, the obligation whose anchor is the latest on or before the exception's
 * date. A covered late or missing obligation becomes `exception`; an exception that covers no
 * obligation is reported as a data-quality finding. Returns a new array.
 *
 * @example
 * ```ts
 * const final = applyExceptions(obligations, exceptionEvents, findings);
 * ```
 */
export function applyExceptions(
  obligations: readonly Obligation[],
  exceptions: readonly DatedEvent<ExceptionRecord>[],
  dataQuality: DataQualityFinding[],
): Obligation[] {
  const result = [...obligations];
  const positionsByRule = new Map<string, number[]>();
  result.forEach((obligation, position) => {
    const positions = positionsByRule.get(obligation.ruleId);
    if (positions === undefined) positionsByRule.set(obligation.ruleId, [position]);
    else positions.push(position);
  });
  const indexedRules = new Map<string, RuleObligations>();
  for (const item of exceptions) {
    const { ruleId } = item.event;
    let rule = indexedRules.get(ruleId);
    if (rule === undefined) indexedRules.set(ruleId, (rule = indexRule(result, positionsByRule.get(ruleId) ?? [])));
    const index = matchFor(item.event, item.day, rule);
    if (index < 0) {
      dataQuality.push(dataQualityFinding("unmatched-exception", `The exception recorded on ${item.ref.date} for ${item.event.ruleId} matches no obligation of that rule.`, [item.ref]));
      continue;
    }
    const obligation = result[index]!;
    if (isBreach(obligation)) {
      result[index] = withException(obligation, { event: item.ref, reason: item.event.reason, approvedBy: item.event.approvedBy });
    }
  }
  return result;
}
