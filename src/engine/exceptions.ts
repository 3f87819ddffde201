import { toDayNumber } from "../dates/iso-date.js";
import type { ExceptionRecord } from "../model/timeline-schema.js";
import { withException } from "../rules/obligation-builder.js";
import type { DatedEvent } from "./case-facts.js";
import type { DataQualityFinding, Obligation } from "./evaluation-types.js";

function isBreach(obligation: Obligation): boolean {
  return obligation.status === "late" || obligation.status === "missing";
}

function matchFor(
  exception: ExceptionRecord,
  exceptionDay: number,
  obligations: readonly Obligation[],
  positionsOfRule: readonly number[],
): number {
  let best = -1;
  let bestAnchorDay = Number.NEGATIVE_INFINITY;
  for (const index of positionsOfRule) {
    const obligation = obligations[index]!;
    if (exception.dueDate !== undefined) {
      if (obligation.dueDate === exception.dueDate) best = index;
      continue;
    }
    const anchorDay = toDayNumber(obligation.anchor.date);
    if (anchorDay <= exceptionDay && anchorDay >= bestAnchorDay) {
      best = index;
      bestAnchorDay = anchorDay;
    }
  }
  return best;
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
  for (const item of exceptions) {
    const index = matchFor(item.event, item.day, result, positionsByRule.get(item.event.ruleId) ?? []);
    if (index < 0) {
      dataQuality.push({
        code: "unmatched-exception",
        message: `The exception recorded on ${item.ref.date} for ${item.event.ruleId} matches no obligation of that rule.`,
        events: [item.ref],
      });
      continue;
    }
    const obligation = result[index]!;
    if (isBreach(obligation)) {
      result[index] = withException(obligation, { event: item.ref, reason: item.event.reason, approvedBy: item.event.approvedBy });
    }
  }
  return result;
}
