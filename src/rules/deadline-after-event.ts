import { toDayNumber } from "../dates/iso-date.js";
import type { DatedEvent } from "../engine/case-facts.js";
import { firstIndexOnOrAfter } from "../engine/day-search.js";
import type { Obligation } from "../engine/evaluation-types.js";
import type { EpisodeFacts } from "../engine/plan-episodes.js";
import type { CoreGroupMeeting, StrategyDiscussion } from "../model/timeline-schema.js";
import type { DeadlineAfterEventRule } from "../policy/profile-schema.js";
import { dueDayOf } from "./duration.js";
import { formatDuration } from "../policy/describe-rule.js";
import { buildObligation } from "./obligation-builder.js";
import { addObligationInRange, isOutOfRange } from "./obligation-in-range.js";
import type { RuleContext, RuleOutput } from "./rule-context.js";

const ANCHOR_WORDS: Readonly<Record<DeadlineAfterEventRule["anchor"], string>> = {
  "strategy-discussion": "strategy discussion",
  "plan-start": "conference that made the plan",
  "core-group": "core group",
  "continuing-review-conference": "review conference that continued the plan",
};

const TARGET_WORDS: Readonly<Record<DeadlineAfterEventRule["target"], [text: string, fact: string]>> = {
  "initial-conference": ["an initial conference", "initial-conference event"],
  "core-group": ["a core group", "held core-group event"],
  "review-conference": ["a review conference", "review-conference event"],
  "core-group-record-entered": ["the meeting record entered", "recordEnteredDate"],
  "core-group-minutes-circulated": ["the minutes or copies circulated", "minutesCirculatedDate"],
};

/** One evaluation of a rule: the rule, the case, and the texts its obligations share (made once). */
interface DeadlineRun {
  readonly rule: DeadlineAfterEventRule;
  readonly context: RuleContext;
  /** "10 working days after the core group on ": each obligation adds its anchor's date. */
  readonly dueTextStart: string;
  readonly targetText: string;
  readonly missingFact: string;
}

function deadlineRun(rule: DeadlineAfterEventRule, context: RuleContext): DeadlineRun {
  const [targetText, missingFact] = TARGET_WORDS[rule.target];
  return { rule, context, dueTextStart: `${formatDuration(rule.within)} after the ${ANCHOR_WORDS[rule.anchor]} on `, targetText, missingFact };
}

/** Adds the obligation of one anchor event (or, when its due date is out of range, a finding). */
function addObligation(
  obligations: Obligation[],
  run: DeadlineRun,
  episode: EpisodeFacts | null,
  anchor: DatedEvent,
  target: { ref: DatedEvent["ref"] | null; day: number | null },
): void {
  const { rule, context } = run;
  addObligationInRange(obligations, context, rule, anchor.ref, () =>
    buildObligation(
      {
        rule,
        episode,
        anchor: anchor.ref,
        dueDay: dueDayOf(rule, context.calendar, anchor.day, rule.within, 1),
        satisfiedBy: target.ref,
        actualDay: target.day,
        dueText: run.dueTextStart + anchor.ref.date,
        targetText: run.targetText,
        missingFact: run.missingFact,
      },
      context,
    ),
  );
}

function firstOnOrAfter<E extends DatedEvent>(events: readonly E[], day: number, strictlyAfter = false): E | undefined {
  return events[firstIndexOnOrAfter(events, strictlyAfter ? day + 1 : day)];
}

/** N1: each strategy discussion that started an s47 enquiry, paired with the next initial conference. */
function initialConferenceTiming(run: DeadlineRun): Obligation[] {
  const { rule, context } = run;
  const obligations: Obligation[] = [];
  let waiting: DatedEvent<StrategyDiscussion> | null = null;
  // A discussion before the conference falls due is a follow-up. A due date past the supported
  // range is later than any discussion, so one before it is a follow-up too.
  const isFollowUp = (discussion: DatedEvent, item: DatedEvent): boolean => {
    try {
      return dueDayOf(rule, context.calendar, discussion.day, rule.within, 1) >= item.day;
    } catch (error) {
      if (isOutOfRange(error)) return true;
      throw error;
    }
  };
  for (const item of context.events) {
    const { event } = item;
    if (event.type === "strategy-discussion") {
      if (event.initiatedSection47 === false || event.conferenceNotRequired === true) continue;
      if (waiting !== null && isFollowUp(waiting, item)) continue;
      if (waiting !== null) addObligation(obligations, run, null, waiting, { ref: null, day: null });
      waiting = item as DatedEvent<StrategyDiscussion>;
    } else if (event.type === "initial-conference") {
      if (waiting === null) {
        context.dataQuality.push({
          code: "conference-without-strategy-discussion",
          message: `The initial conference on ${item.ref.date} has no strategy discussion before it.`,
          events: [item.ref],
        });
        continue;
      }
      addObligation(obligations, run, null, waiting, { ref: item.ref, day: item.day });
      waiting = null;
    }
  }
  if (waiting !== null) addObligation(obligations, run, null, waiting, { ref: null, day: null });
  return obligations;
}

function recordDate(meeting: DatedEvent<CoreGroupMeeting>, target: DeadlineAfterEventRule["target"], context: RuleContext) {
  const date = target === "core-group-record-entered" ? meeting.event.recordEnteredDate : meeting.event.minutesCirculatedDate;
  if (date === undefined) return { ref: null, day: null };
  const day = toDayNumber(date);
  if (day > context.asOfDay) return { ref: null, day: null };
  if (day < meeting.day) {
    context.dataQuality.push({
      code: "record-before-meeting",
      message: `The core group on ${meeting.ref.date} has a ${target === "core-group-record-entered" ? "record entered" : "circulation"} date ${date} before the meeting.`,
      events: [meeting.ref],
    });
  }
  return { ref: meeting.ref, day };
}

function found(event: DatedEvent | undefined): { ref: DatedEvent["ref"] | null; day: number | null } {
  return event === undefined ? { ref: null, day: null } : { ref: event.ref, day: event.day };
}

function addEpisodeObligations(run: DeadlineRun, episode: EpisodeFacts, obligations: Obligation[]): void {
  const { rule, context } = run;
  switch (rule.anchor) {
    case "plan-start": {
      const target =
        rule.target === "review-conference"
          ? firstOnOrAfter(episode.reviews, episode.start.day, true)
          : firstOnOrAfter(episode.heldCoreGroups, episode.start.day);
      addObligation(obligations, run, episode, episode.start, found(target));
      break;
    }
    case "continuing-review-conference":
      for (const review of episode.reviews) {
        if (review.event.outcome !== "plan-continues") continue;
        addObligation(obligations, run, episode, review, found(firstOnOrAfter(episode.heldCoreGroups, review.day)));
      }
      break;
    case "core-group":
      for (const meeting of episode.heldCoreGroups) {
        addObligation(obligations, run, episode, meeting, recordDate(meeting, rule.target, context));
      }
      break;
    default:
      break;
  }
}

/**
 * Evaluates a `deadline-after-event` rule: something must happen within N of an anchor event
 * (D2, D10, D11, D18, D20, D22).
 *
 * @example
 * ```ts
 * const { obligations } = evaluateDeadlineAfterEvent(profiles["working-together"].rules[0], context);
 * ```
 */
export function evaluateDeadlineAfterEvent(rule: DeadlineAfterEventRule, context: RuleContext): RuleOutput {
  const run = deadlineRun(rule, context);
  if (rule.anchor === "strategy-discussion") return { obligations: initialConferenceTiming(run), checks: [] };
  const obligations: Obligation[] = [];
  for (const episode of context.episodes) addEpisodeObligations(run, episode, obligations);
  return { obligations, checks: [] };
}
