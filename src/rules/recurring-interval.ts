import type { DatedEvent } from "../engine/case-facts.js";
import type { Obligation } from "../engine/evaluation-types.js";
import type { EpisodeFacts } from "../engine/plan-episodes.js";
import type { RecurringIntervalRule } from "../policy/profile-schema.js";
import { dueDayOf } from "./duration.js";
import { formatDuration } from "../policy/describe-rule.js";
import { buildObligation } from "./obligation-builder.js";
import { addObligationInRange } from "./obligation-in-range.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";

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
export function evaluateRecurringInterval(rule: RecurringIntervalRule, context: RuleContext): RuleOutput {
  const every =
    context.timeline.child?.lookedAfter === true && rule.lookedAfterEvery !== undefined ? rule.lookedAfterEvery : rule.every;
  const word = rule.event === "core-group" ? "core group" : "review conference";
  // Texts made once, not per obligation.
  const dueTextStart = `${formatDuration(every)} after the ${word} on `;
  const targetText = `the next ${word}`;
  const obligations: Obligation[] = [];
  for (const episode of context.episodes) {
    const occurrences = occurrencesOf(rule, episode);
    for (let index = 0; index < occurrences.length; index++) {
      const anchor = occurrences[index]!;
      if (!startsInterval(anchor)) continue;
      const next = occurrences[index + 1];
      addObligationInRange(obligations, context, rule, anchor.ref, () =>
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
  return { obligations, checks: [] };
}
