import type { DatedEvent } from "../../case/case-facts.js";
import { firstIndexOnOrAfter, lastOnOrBefore } from "../../case/day-search.js";
import type { DataQualityFinding, Obligation } from "../../case/evaluation-types.js";
import type { CountBetweenEventsRule } from "../../policy/rule-kinds/count-between-events.js";
import type { WindowBeforeEventRule } from "../../policy/rule-kinds/window-before-event.js";
import { shiftByDuration } from "../duration.js";
import { formatDuration } from "../../policy/rule-prose.js";
import { buildObligation } from "../obligation-builder.js";
import type { RuleContext, RuleOutput } from "../rule-context.js";
import type { RuleKindDefinition } from "../rule-kind-definition.js";
import { addObligationInRange, isOutOfRange } from "../obligation-in-range.js";
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
function evaluateCountBetweenEvents(rule: CountBetweenEventsRule, context: RuleContext): RuleOutput {
  const window = windowRule(rule, context);
  const gapText = rule.whenGapMoreThan === undefined ? "" : ` (more than ${formatDuration(rule.whenGapMoreThan)} apart)`;
  const obligations: Obligation[] = [];
  const dataQuality: DataQualityFinding[] = [];
  for (const episode of context.episodes) {
    const conferences = episodeConferences(episode);
    for (let index = 1; index < conferences.length; index++) {
      const previous = conferences[index - 1]!;
      const next = conferences[index]!;
      addObligationInRange(obligations, dataQuality, rule, next.ref, () => {
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
  return { obligations, checks: [], dataQuality };
}

/**
 * The evaluation half of `count-between-events`. A checklist item about a meeting is answered by
 * the obligation of the next review conference; the census has no core group to count.
 *
 * @example
 * ```ts
 * countBetweenEvents.cinCensusSupport(cambridgeshireExtraRule); // false
 * ```
 */
export const countBetweenEvents: RuleKindDefinition<"count-between-events"> = {
  gives: "obligations",
  evaluate: evaluateCountBetweenEvents,
  checklistSource: () => "anchored-at-next-review",
  cinCensusSupport: () => false,
};
