import type { DatedEvent } from "../engine/case-facts.js";
import type { EpisodeFacts } from "../engine/plan-episodes.js";
import type { RecurringIntervalRule } from "../policy/profile-schema.js";
import { describeDuration, dueDayOf } from "./duration.js";
import { buildObligation } from "./obligation-builder.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";

function anchorsOf(rule: RecurringIntervalRule, episode: EpisodeFacts): readonly DatedEvent[] {
  return rule.event === "core-group"
    ? episode.heldCoreGroups
    : episode.reviews.filter((review) => review.event.outcome === "plan-continues");
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
  const obligations = context.episodes.flatMap((episode) => {
    const anchors = anchorsOf(rule, episode);
    const targets: readonly DatedEvent[] = rule.event === "core-group" ? episode.heldCoreGroups : episode.reviews;
    return anchors.map((anchor) => {
      const next = targets.find((event) => event.day > anchor.day);
      return buildObligation(
        {
          rule,
          episode,
          anchor: anchor.ref,
          dueDay: dueDayOf(rule, context.calendar, anchor.day, every, 1),
          satisfiedBy: next?.ref ?? null,
          actualDay: next?.day ?? null,
          dueText: `${describeDuration(every)} after the ${word} on ${anchor.ref.date}`,
          targetText: `the next ${word}`,
        },
        context,
      );
    });
  });
  return { obligations, checks: [] };
}
