import { fromDayNumber } from "../../dates/iso-date.js";
import type { DatedEvent } from "../../case/case-facts.js";
import type { DataQualityFinding, Obligation } from "../../case/evaluation-types.js";
import { lastOnOrBefore } from "../../case/day-search.js";
import type { EpisodeFacts } from "../../case/plan-episodes.js";
import type { WindowBeforeEventRule } from "../../policy/rule-kinds/window-before-event.js";
import { shiftByDuration } from "../duration.js";
import { formatDuration } from "../../policy/rule-prose.js";
import { buildObligation } from "../obligation-builder.js";
import type { RuleContext, RuleOutput } from "../rule-context.js";
import type { RuleKindDefinition } from "../rule-kind-definition.js";
import { addObligationInRange } from "../obligation-in-range.js";

/**
 * The window [first, last] (day numbers) in which a core group must fall before a conference.
 *
 * @example
 * ```ts
 * windowBefore(rule, context, toDayNumber("2024-03-14"), toDayNumber("2023-12-01")); // 22 Feb to 13 Mar 2024 for 21/1 days
 * ```
 */
export function windowBefore(
  rule: WindowBeforeEventRule,
  context: RuleContext,
  conferenceDay: number,
  previousConferenceDay: number,
): { readonly first: number; readonly last: number } {
  const last = shiftByDuration(context.calendar, conferenceDay, rule.latest, -1, rule.counting);
  const first =
    rule.earliest === "after-previous-conference"
      ? previousConferenceDay + 1
      : shiftByDuration(context.calendar, conferenceDay, rule.earliest, -1, rule.counting);
  return { first, last };
}

/**
 * The conferences of an episode in order: the one that started it, then each review.
 *
 * @example
 * ```ts
 * episodeConferences(episode).map((c) => c.ref.date);
 * ```
 */
export function episodeConferences(episode: EpisodeFacts): readonly DatedEvent[] {
  return [episode.start, ...episode.reviews];
}

/**
 * Evaluates a `window-before-event` rule: before each review conference, at least one held core
 * group falls in the window (D15 Pan-Sussex, D16 Cambridgeshire). A meeting on the conference
 * day does not count unless the window says so.
 *
 * @example
 * ```ts
 * const { obligations } = evaluateWindowBeforeEvent(panSussexPreReviewRule, context);
 * ```
 */
function evaluateWindowBeforeEvent(rule: WindowBeforeEventRule, context: RuleContext): RuleOutput {
  const earliestText =
    rule.earliest === "after-previous-conference" ? "the day after the previous conference" : formatDuration(rule.earliest);
  const dueTextEnd = `: from ${earliestText} to ${formatDuration(rule.latest)} before the review conference on `;
  const obligations: Obligation[] = [];
  const dataQuality: DataQualityFinding[] = [];
  for (const episode of context.episodes) {
    const conferences = episodeConferences(episode);
    for (let index = 1; index < conferences.length; index++) {
      const review = conferences[index]!;
      const previousDay = conferences[index - 1]!.day;
      addObligationInRange(obligations, dataQuality, rule, review.ref, () => {
        const { first, last } = windowBefore(rule, context, review.day, previousDay);
        const latest = lastOnOrBefore(episode.heldCoreGroups, last);
        const inWindow = latest !== undefined && latest.day >= first ? latest : undefined;
        return buildObligation(
          {
            rule,
            episode,
            anchor: review.ref,
            dueDay: last,
            satisfiedBy: inWindow?.ref ?? null,
            actualDay: inWindow?.day ?? null,
            failed: inWindow === undefined,
            dueText: `window ${fromDayNumber(first)} to ${fromDayNumber(last)}${dueTextEnd}${review.ref.date}`,
            targetText: "a core group in the window",
          },
          context,
        );
      });
    }
  }
  return { obligations, checks: [], dataQuality };
}

/**
 * The evaluation half of `window-before-event`. A checklist item about a meeting is answered by
 * the obligation of the next review conference; the census has no core group to put in a window.
 *
 * @example
 * ```ts
 * windowBeforeEvent.checklistSource(panSussexPreReviewRule); // "anchored-at-next-review"
 * ```
 */
export const windowBeforeEvent: RuleKindDefinition<"window-before-event"> = {
  gives: "obligations",
  evaluate: evaluateWindowBeforeEvent,
  checklistSource: () => "anchored-at-next-review",
  cinCensusSupport: () => false,
};
