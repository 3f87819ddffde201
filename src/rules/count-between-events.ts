import type { DatedEvent } from "../engine/case-facts.js";
import { firstIndexOnOrAfter, lastOnOrBefore } from "../engine/day-search.js";
import type { Obligation } from "../engine/evaluation-types.js";
import type { CountBetweenEventsRule, WindowBeforeEventRule } from "../policy/profile-schema.js";
import { shiftByDuration } from "./duration.js";
import { formatDuration } from "../policy/describe-rule.js";
import { buildObligation } from "./obligation-builder.js";
import { addObligationInRange, isOutOfRange } from "./obligation-in-range.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";
import { episodeConferences, windowBefore } from "./window-before-event.js";

function windowRule(rule: CountBetweenEventsRule, context: RuleContext): WindowBeforeEventRule | undefined {
  if (rule.oneSatisfying === undefined) return undefined;
  const found = context.profile.rules.find((candidate) => candidate.id === rule.oneSatisfying);
  return found?.kind === "window-before-event" ? found : undefined;
}

/**
 * Whether the next conference is more than the rule's `whenGapMoreThan` after the previous one
 * (always, without it). A gap that would end past the supported range is never exceeded.
 */
function isGapExceeded(rule: CountBetweenEventsRule, context: RuleContext, previousDay: number, nextDay: number): boolean {
  if (rule.whenGapMoreThan === undefined) return true;
  try {
    return nextDay > shiftByDuration(context.calendar, previousDay, rule.whenGapMoreThan, 1, rule.counting);
  } catch (error) {
    if (isOutOfRange(error)) return false;
    throw error;
  }
}

/**
 * Evaluates a `count-between-events` rule: between consecutive conferences of a plan (when they
 * are more than the given gap apart), at least `minimum` held core groups, one of them in the
 * named window (D17, Cambridgeshire).
 *
 * @example
 * ```ts
 * const { obligations } = evaluateCountBetweenEvents(cambridgeshireExtraRule, context);
 * ```
 */
export function evaluateCountBetweenEvents(rule: CountBetweenEventsRule, context: RuleContext): RuleOutput {
  const window = windowRule(rule, context);
  const gapText = rule.whenGapMoreThan === undefined ? "" : ` (more than ${formatDuration(rule.whenGapMoreThan)} apart)`;
  const obligations: Obligation[] = [];
  for (const episode of context.episodes) {
    const conferences = episodeConferences(episode);
    for (let index = 1; index < conferences.length; index++) {
      const previous = conferences[index - 1]!;
      const next = conferences[index]!;
      addObligationInRange(obligations, context, rule, next.ref, () => {
        if (!isGapExceeded(rule, context, previous.day, next.day)) return null;
        const meetings = episode.heldCoreGroups;
        const firstBetween = firstIndexOnOrAfter(meetings, previous.day + 1);
        const afterBetween = firstIndexOnOrAfter(meetings, next.day);
        const between = Math.max(0, afterBetween - firstBetween);
        const last: DatedEvent | undefined = between > 0 ? meetings[afterBetween - 1] : undefined;
        const span = window === undefined ? undefined : windowBefore(window, context, next.day, previous.day);
        const latestInSpan = span === undefined ? undefined : lastOnOrBefore(meetings, Math.min(span.last, next.day - 1));
        const inWindow =
          span === undefined ||
          (latestInSpan !== undefined && latestInSpan.day >= span.first && latestInSpan.day > previous.day);
        const satisfied = between >= rule.minimum && inWindow;
        return buildObligation(
          {
            rule,
            episode,
            anchor: next.ref,
            dueDay: next.day - 1,
            satisfiedBy: satisfied ? (last?.ref ?? null) : null,
            actualDay: satisfied ? (last?.day ?? null) : null,
            failed: !satisfied,
            dueText: `${between} held between the conferences on ${previous.ref.date} and ${next.ref.date}${gapText}${window === undefined ? "" : inWindow ? ", one in the window of " + window.id : ", none in the window of " + window.id}`,
            targetText: `at least ${rule.minimum} core groups`,
          },
          context,
        );
      });
    }
  }
  return { obligations, checks: [] };
}
