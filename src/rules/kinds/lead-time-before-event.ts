import { toDayNumber } from "../../dates/iso-date.js";
import type { DataQualityFinding, Obligation } from "../../case/evaluation-types.js";
import type { LeadTimeBeforeEventRule } from "../../policy/rule-kinds/lead-time-before-event.js";
import { dueDayOf } from "../duration.js";
import { formatDuration } from "../../policy/rule-prose.js";
import { buildObligation } from "../obligation-builder.js";
import type { RuleContext, RuleOutput } from "../rule-context.js";
import type { RuleKindDefinition } from "../rule-kind-definition.js";
import { addObligationInRange } from "../obligation-in-range.js";

/**
 * Evaluates a `lead-time-before-event` rule: the social worker's report is shared at least N
 * before each review conference (D22, Pan-Sussex). A missing share date is named, never guessed.
 *
 * @example
 * ```ts
 * const { obligations } = evaluateLeadTimeBeforeEvent(panSussexReportRule, context);
 * ```
 */
function evaluateLeadTimeBeforeEvent(rule: LeadTimeBeforeEventRule, context: RuleContext): RuleOutput {
  const dueTextStart = `${formatDuration(rule.atLeast)} before the review conference on `;
  const obligations: Obligation[] = [];
  const dataQuality: DataQualityFinding[] = [];
  for (const episode of context.episodes) {
    for (const review of episode.reviews) {
      const shared = review.event.reportSharedDate;
      const sharedDay = shared === undefined ? null : toDayNumber(shared);
      const known = sharedDay !== null && sharedDay <= context.asOfDay;
      addObligationInRange(obligations, dataQuality, rule, review.ref, () =>
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
  return { obligations, checks: [], dataQuality };
}

/**
 * The evaluation half of `lead-time-before-event`. A checklist item about a meeting is answered
 * by the obligation of the next review conference; the census records no report sharing.
 *
 * @example
 * ```ts
 * leadTimeBeforeEvent.cinCensusSupport(panSussexReportRule); // false
 * ```
 */
export const leadTimeBeforeEvent: RuleKindDefinition<"lead-time-before-event"> = {
  gives: "obligations",
  evaluate: evaluateLeadTimeBeforeEvent,
  checklistSource: () => "anchored-at-next-review",
  cinCensusSupport: () => false,
};
