import { toDayNumber } from "../dates/iso-date.js";
import type { Obligation } from "../engine/evaluation-types.js";
import type { LeadTimeBeforeEventRule } from "../policy/profile-schema.js";
import { dueDayOf } from "./duration.js";
import { formatDuration } from "../policy/describe-rule.js";
import { buildObligation } from "./obligation-builder.js";
import { addObligationInRange } from "./obligation-in-range.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";

/**
 * Evaluates a `lead-time-before-event` rule: the social worker's report is shared at least N
 * before each review conference (D22, Pan-Sussex). A missing share date is named, never guessed.
 *
 * @example
 * ```ts
 * const { obligations } = evaluateLeadTimeBeforeEvent(panSussexReportRule, context);
 * ```
 */
export function evaluateLeadTimeBeforeEvent(rule: LeadTimeBeforeEventRule, context: RuleContext): RuleOutput {
  const dueTextStart = `${formatDuration(rule.atLeast)} before the review conference on `;
  const obligations: Obligation[] = [];
  for (const episode of context.episodes) {
    for (const review of episode.reviews) {
      const shared = review.event.reportSharedDate;
      const sharedDay = shared === undefined ? null : toDayNumber(shared);
      const known = sharedDay !== null && sharedDay <= context.asOfDay;
      addObligationInRange(obligations, context, rule, review.ref, () =>
        buildObligation(
          {
            rule,
            episode,
            anchor: review.ref,
            dueDay: dueDayOf(rule, context.calendar, review.day, rule.atLeast, -1),
            satisfiedBy: known ? review.ref : null,
            actualDay: known ? sharedDay : null,
            dueText: dueTextStart + review.ref.date,
            targetText: "the social worker's report shared",
            missingFact: "reportSharedDate",
          },
          context,
        ),
      );
    }
  }
  return { obligations, checks: [] };
}
