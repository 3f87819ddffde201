import { toDayNumber } from "../../dates/iso-date.js";
import type { DatedEvent } from "../../case/case-facts.js";
import { firstIndexOnOrAfter } from "../../case/day-search.js";
import type { DataQualityFinding, Obligation } from "../../case/evaluation-types.js";
import type { EpisodeFacts } from "../../case/plan-episodes.js";
import type { CoreGroupMeeting, StrategyDiscussion } from "../../model/timeline-schema.js";
import { deadlineObligationWords, type DeadlineAfterEventRule } from "../../policy/rule-kinds/deadline-after-event.js";
import { dueDayOf } from "../duration.js";
import { buildObligation } from "../obligation-builder.js";
import type { RuleContext, RuleOutput } from "../rule-context.js";
import type { RuleKindDefinition } from "../rule-kind-definition.js";
import { addObligationInRange, isOutOfRange } from "../obligation-in-range.js";
import { dataQualityFinding } from "../../case/data-quality-finding.js";

/**
 * One evaluation of a rule: the rule, the case, the texts its obligations share (made once),
 * and the data-quality findings of this evaluation.
 */
interface DeadlineRun {
  readonly rule: DeadlineAfterEventRule;
  readonly context: RuleContext;
  /** "10 working days after the core group on ": each obligation adds its anchor's date. */
  readonly dueTextStart: string;
  readonly targetText: string;
  readonly missingFact: string;
  readonly dataQuality: DataQualityFinding[];
}

function deadlineRun(rule: DeadlineAfterEventRule, context: RuleContext): DeadlineRun {
  return { rule, context, ...deadlineObligationWords(rule), dataQuality: [] };
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
  addObligationInRange(obligations, run.dataQuality, rule, anchor.ref, () =>
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
        run.dataQuality.push(dataQualityFinding("conference-without-strategy-discussion", `The initial conference on ${item.ref.date} has no strategy discussion before it.`, [item.ref]));
        continue;
      }
      addObligation(obligations, run, null, waiting, { ref: item.ref, day: item.day });
      waiting = null;
    }
  }
  if (waiting !== null) addObligation(obligations, run, null, waiting, { ref: null, day: null });
  return obligations;
}

function recordDate(meeting: DatedEvent<CoreGroupMeeting>, run: DeadlineRun) {
  const { rule: { target }, context } = run;
  const date = target === "core-group-record-entered" ? meeting.event.recordEnteredDate : meeting.event.minutesCirculatedDate;
  if (date === undefined) return { ref: null, day: null };
  const day = toDayNumber(date);
  if (day > context.asOfDay) return { ref: null, day: null };
  if (day < meeting.day) {
    run.dataQuality.push(dataQualityFinding("record-before-meeting", `The core group on ${meeting.ref.date} has a ${target === "core-group-record-entered" ? "record entered" : "circulation"} date ${date} before the meeting.`, [meeting.ref]));
  }
  return { ref: meeting.ref, day };
}

function found(event: DatedEvent | undefined): { ref: DatedEvent["ref"] | null; day: number | null } {
  return event === undefined ? { ref: null, day: null } : { ref: event.ref, day: event.day };
}

function addEpisodeObligations(run: DeadlineRun, episode: EpisodeFacts, obligations: Obligation[]): void {
  const { rule } = run;
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
        addObligation(obligations, run, episode, meeting, recordDate(meeting, run));
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
 * const { obligations, dataQuality } = evaluateDeadlineAfterEvent(profiles["working-together"].rules[0], context);
 * ```
 */
function evaluateDeadlineAfterEvent(rule: DeadlineAfterEventRule, context: RuleContext): RuleOutput {
  const run = deadlineRun(rule, context);
  if (rule.anchor === "strategy-discussion") {
    return { obligations: initialConferenceTiming(run), checks: [], dataQuality: run.dataQuality };
  }
  const obligations: Obligation[] = [];
  for (const episode of context.episodes) addEpisodeObligations(run, episode, obligations);
  return { obligations, checks: [], dataQuality: run.dataQuality };
}

/**
 * The evaluation half of `deadline-after-event`. A checklist item about a meeting is answered by
 * the obligation the meeting anchors (its record, its minutes) or else by the one it satisfied;
 * the census carries the conference deadlines (the s47 start stands in for the strategy
 * discussion) but no core group.
 *
 * @example
 * ```ts
 * deadlineAfterEvent.cinCensusSupport(firstReviewRule); // true
 * ```
 */
export const deadlineAfterEvent: RuleKindDefinition<"deadline-after-event"> = {
  gives: "obligations",
  evaluate: evaluateDeadlineAfterEvent,
  checklistSource: (rule) => (rule.anchor === "core-group" ? "anchored-at-meeting" : "satisfied-by-meeting"),
  cinCensusSupport: (rule) =>
    rule.anchor !== "core-group" && (rule.target === "initial-conference" || rule.target === "review-conference"),
};
