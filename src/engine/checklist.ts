import type { ChecklistItem, Rule } from "../policy/profile-schema.js";
import type { Profile } from "../policy/profile.js";
import type { DatedEvent } from "./case-facts.js";
import { firstIndexOnOrAfter } from "./day-search.js";
import type { CheckAnswer, CheckResult, ChecklistAnswer, DataQualityFinding, Obligation, ObligationStatus } from "./evaluation-types.js";
import type { EpisodeFacts } from "./plan-episodes.js";
import type { CoreGroupMeeting } from "../model/timeline-schema.js";

const STATUS_ANSWERS: Readonly<Record<ObligationStatus, CheckAnswer>> = {
  met: "yes",
  late: "no",
  missing: "no",
  exception: "no",
  pending: "not-recorded",
  "not-applicable": "not-applicable",
};

interface MeetingResults {
  readonly obligations: readonly Obligation[];
  readonly checks: readonly CheckResult[];
}

/** Rule results keyed by rule id and input event index, built once per case. */
interface ResultIndex {
  readonly byAnchor: Map<string, Obligation>;
  readonly bySatisfier: Map<string, Obligation>;
  readonly checks: Map<string, CheckResult>;
}

function indexResults(results: MeetingResults): ResultIndex {
  const byAnchor = new Map<string, Obligation>();
  const bySatisfier = new Map<string, Obligation>();
  for (const obligation of results.obligations) {
    byAnchor.set(`${obligation.ruleId}@${obligation.anchor.index}`, obligation);
    if (obligation.satisfiedBy !== null) bySatisfier.set(`${obligation.ruleId}@${obligation.satisfiedBy.index}`, obligation);
  }
  const checks = new Map(results.checks.map((check) => [`${check.ruleId}@${check.meeting.index}`, check]));
  return { byAnchor, bySatisfier, checks };
}

function nextReview(episode: EpisodeFacts, meeting: DatedEvent): DatedEvent | undefined {
  return episode.reviews[firstIndexOnOrAfter(episode.reviews, meeting.day + 1)];
}

function inScope(item: ChecklistItem, episode: EpisodeFacts, position: number, meeting: DatedEvent): boolean {
  switch (item.scope) {
    case "each-core-group":
      return true;
    case "initial-core-group":
      return position === 0;
    case "subsequent-core-group":
      return position > 0;
    case "last-core-group-before-review": {
      const review = nextReview(episode, meeting);
      const next = episode.heldCoreGroups[position + 1];
      return review !== undefined && (next === undefined || next.day >= review.day);
    }
  }
}

/** Which obligation of a rule speaks for a meeting: depends on how the rule relates to meetings. */
function obligationFor(rule: Rule, meeting: DatedEvent, episode: EpisodeFacts, index: ResultIndex): Obligation | undefined {
  if (rule.kind === "deadline-after-event" && rule.anchor === "core-group") {
    return index.byAnchor.get(`${rule.id}@${meeting.ref.index}`);
  }
  if (rule.kind === "deadline-after-event" || rule.kind === "recurring-interval") {
    return index.bySatisfier.get(`${rule.id}@${meeting.ref.index}`);
  }
  const review = nextReview(episode, meeting);
  return review === undefined ? undefined : index.byAnchor.get(`${rule.id}@${review.ref.index}`);
}

function answerFromRule(
  rule: Rule,
  meeting: DatedEvent,
  episode: EpisodeFacts,
  index: ResultIndex,
): { answer: CheckAnswer; evidence: string } {
  if (rule.kind === "meeting-check") {
    const check = index.checks.get(`${rule.id}@${meeting.ref.index}`);
    return check === undefined
      ? { answer: "not-recorded", evidence: `No result of ${rule.id} for this meeting.` }
      : { answer: check.answer, evidence: check.evidence };
  }
  const obligation = obligationFor(rule, meeting, episode, index);
  if (obligation === undefined) return { answer: "not-applicable", evidence: `${rule.id} sets no obligation for this meeting.` };
  return { answer: STATUS_ANSWERS[obligation.status], evidence: obligation.explanation };
}

function answerFromRecord(item: ChecklistItem, meeting: CoreGroupMeeting): { answer: CheckAnswer; evidence: string } {
  const recorded = meeting.answers?.find((a) => a.item === item.id);
  if (recorded === undefined) return { answer: "not-recorded", evidence: "No answer recorded for this meeting." };
  return { answer: recorded.answer, evidence: recorded.note ?? "Answer recorded on the meeting." };
}

/**
 * Answers a profile's checklist for every held core group of every plan: from the rule results
 * for the meeting, or from answers a person recorded on it; never guessed (D25). Recorded answers
 * naming an item the checklist does not have are reported as data-quality findings.
 *
 * @example
 * ```ts
 * const answers = answerChecklist(profiles["pan-sussex"], episodes, { obligations, checks }, findings);
 * ```
 */
export function answerChecklist(
  profile: Profile,
  episodes: readonly EpisodeFacts[],
  results: MeetingResults,
  dataQuality: DataQualityFinding[],
): ChecklistAnswer[] {
  const checklist = profile.checklist;
  if (checklist === null) return [];
  const itemIds = new Set(checklist.items.map((item) => item.id));
  const rulesById = new Map(profile.rules.map((rule) => [rule.id, rule]));
  const index = indexResults(results);
  const answers: ChecklistAnswer[] = [];
  for (const episode of episodes) {
    episode.heldCoreGroups.forEach((meeting, position) => {
      for (const recorded of meeting.event.answers ?? []) {
        if (!itemIds.has(recorded.item)) {
          dataQuality.push({
            code: "unknown-checklist-item",
            message: `The core group on ${meeting.ref.date} records an answer for "${recorded.item}", which the ${profile.id} checklist does not have.`,
            events: [meeting.ref],
          });
        }
      }
      for (const item of checklist.items) {
        if (!inScope(item, episode, position, meeting)) continue;
        const rule = item.answeredBy.source === "rule" ? rulesById.get(item.answeredBy.ruleId) : undefined;
        const { answer, evidence } =
          rule === undefined ? answerFromRecord(item, meeting.event) : answerFromRule(rule, meeting, episode, index);
        answers.push({
          itemId: item.id,
          section: item.section,
          text: item.text,
          episode: episode.number,
          meeting: meeting.ref,
          answer,
          evidence,
          source: rule === undefined ? "recorded" : `rule:${rule.id}`,
        });
      }
    });
  }
  return answers;
}
