import type { DatedEvent } from "../../case/case-facts.js";
import type { DataQualityFinding, Obligation } from "../../case/evaluation-types.js";
import type { EpisodeFacts } from "../../case/plan-episodes.js";
import type { RecurringIntervalRule } from "../../policy/rule-kinds/recurring-interval.js";
import { dueDayOf } from "../duration.js";
import { formatDuration } from "../../policy/rule-prose.js";
import { buildObligation } from "../obligation-builder.js";
import type { RuleContext, RuleOutput } from "../rule-context.js";
import type { RuleKindDefinition } from "../rule-kind-definition.js";
import { addObligationInRange } from "../obligation-in-range.js";

/** The events of the episode the rule recurs over; each one that keeps the plan starts an interval. */
function occurrencesOf(rule: RecurringIntervalRule, episode: EpisodeFacts): readonly DatedEvent[] {
  return rule.event === "core-group" ? episode.heldCoreGroups : episode.reviews;
}

function startsInterval(event: DatedEvent): boolean {
  return event.event.type !== "review-conference" || event.event.outcome === "plan-continues";
}

/**
 * Evaluates a `recurring-interval` rule: while the plan lasts, each held core group (or each
 * review that keeps the plan) must be followed by the next within the interval, counted from the
 * actual previous event (D6, D7, D19, N4). A looked-after child may have its own interval (D21).
 *
 * @example
 * ```ts
 * const { obligations } = evaluateRecurringInterval(cumbriaFrequencyRule, context);
 * ```
 */
function evaluateRecurringInterval(rule: RecurringIntervalRule, context: RuleContext): RuleOutput {
  const every =
    context.timeline.child?.lookedAfter === true && rule.lookedAfterEvery !== undefined ? rule.lookedAfterEvery : rule.every;
  const word = rule.event === "core-group" ? "core group" : "review conference";
  // Texts made once, not per obligation.
  const dueTextStart = `${formatDuration(every)} after the ${word} on `;
  const targetText = `the next ${word}`;
  const obligations: Obligation[] = [];
  const dataQuality: DataQualityFinding[] = [];
  for (const episode of context.episodes) {
    const occurrences = occurrencesOf(rule, episode);
    for (let index = 0; index < occurrences.length; index++) {
      const anchor = occurrences[index]!;
      if (!startsInterval(anchor)) continue;
      const next = occurrences[index + 1];
      addObligationInRange(obligations, dataQuality, rule, anchor.ref, () =>
        buildObligation(
          {
            rule,
            episode,
            anchor: anchor.ref,
            dueDay: dueDayOf(rule, context.calendar, anchor.day, every, 1),
            satisfiedBy: next?.ref ?? null,
            actualDay: next?.day ?? null,
            dueText: dueTextStart + anchor.ref.date,
            targetText,
          },
          context,
        ),
      );
    }
  }
  return { obligations, checks: [], dataQuality };
}

/**
 * The evaluation half of `recurring-interval`. A checklist item about a meeting is answered by
 * the obligation the meeting satisfied (was it held in time after the previous one?); the census
 * carries review dates but no core group.
 *
 * @example
 * ```ts
 * recurringInterval.checklistSource(cumbriaFrequencyRule); // "satisfied-by-meeting"
 * ```
 */
export const recurringInterval: RuleKindDefinition<"recurring-interval"> = {
  gives: "obligations",
  evaluate: evaluateRecurringInterval,
  checklistSource: () => "satisfied-by-meeting",
  cinCensusSupport: (rule) => rule.event === "review-conference",
};
