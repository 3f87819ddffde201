import type { Checklist, ChecklistItem, Rule } from "../policy/profile-schema.js";
import type { Profile } from "../policy/profile.js";
import type { DatedEvent } from "../case/case-facts.js";
import { firstIndexOnOrAfter } from "../case/day-search.js";
import type { CheckAnswer, CheckResult, ChecklistAnswer, DataQualityFinding, Obligation, ObligationStatus } from "../case/evaluation-types.js";
import type { EpisodeFacts } from "../case/plan-episodes.js";
import type { CoreGroupMeeting, RecordedAnswer } from "../model/timeline-schema.js";
import type { ChecklistSource } from "../rules/rule-kind-definition.js";
import { definitionOf } from "../rules/rule-kinds.js";
import { dataQualityFinding } from "../case/data-quality-finding.js";

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

/** Results of one rule by input event index (a dense array as long as the timeline's events). */
type ByEvent<T> = (T | undefined)[];

/** Rule results keyed by rule id, then by input event index; built once per case. */
interface ResultIndex {
  readonly byAnchor: Map<string, ByEvent<Obligation>>;
  readonly bySatisfier: Map<string, ByEvent<Obligation>>;
  readonly checks: Map<string, ByEvent<CheckResult>>;
}

/** A map's dense array for a rule, made on first use. */
function byEventOf<T>(index: Map<string, ByEvent<T>>, eventCount: number, ruleId: string): ByEvent<T> {
  let byEvent = index.get(ruleId);
  if (byEvent === undefined) index.set(ruleId, (byEvent = new Array<T | undefined>(eventCount).fill(undefined)));
  return byEvent;
}

/**
 * Indexes the results of the rules that answer checklist items (`ruleIds`); the others are never
 * looked up. `eventCount` is the number of input events (event indexes are below it). A rule's
 * results come one after another, so the maps are asked once per run of a rule, not per result.
 */
function indexResults(results: MeetingResults, ruleIds: ReadonlySet<string>, eventCount: number): ResultIndex {
  const index: ResultIndex = { byAnchor: new Map(), bySatisfier: new Map(), checks: new Map() };
  let ruleId: string | undefined;
  let byAnchor: ByEvent<Obligation> | undefined; // undefined: ruleId answers no item
  let bySatisfier: ByEvent<Obligation> | undefined;
  for (const obligation of results.obligations) {
    if (obligation.ruleId !== ruleId) {
      ruleId = obligation.ruleId;
      const answersItems = ruleIds.has(ruleId);
      byAnchor = answersItems ? byEventOf(index.byAnchor, eventCount, ruleId) : undefined;
      bySatisfier = answersItems ? byEventOf(index.bySatisfier, eventCount, ruleId) : undefined;
    }
    if (byAnchor === undefined) continue;
    byAnchor[obligation.anchor.index] = obligation;
    if (obligation.satisfiedBy !== null) bySatisfier![obligation.satisfiedBy.index] = obligation;
  }
  ruleId = undefined;
  let checks: ByEvent<CheckResult> | undefined;
  for (const check of results.checks) {
    if (check.ruleId !== ruleId) {
      ruleId = check.ruleId;
      checks = ruleIds.has(ruleId) ? byEventOf(index.checks, eventCount, ruleId) : undefined;
    }
    if (checks !== undefined) checks[check.meeting.index] = check;
  }
  return index;
}

/**
 * Where an item's answer comes from: an answer recorded on the meeting, or the result of the rule
 * that answers the item (which result depends on the rule's kind: see `ChecklistSource`).
 */
type AnswerSource = "recorded" | ChecklistSource;

function answerSourceOf(rule: Rule | undefined): AnswerSource {
  return rule === undefined ? "recorded" : definitionOf(rule.kind).checklistSource(rule);
}

/** A checklist item with the rule that answers it (undefined: answered from recorded answers). */
interface PreparedItem {
  readonly item: ChecklistItem;
  readonly rule: Rule | undefined;
  readonly answerSource: AnswerSource;
  readonly source: string;
  /** Evidence when the rule has no result for the meeting (`not-recorded` for a check, else `not-applicable`). */
  readonly noResultEvidence: string;
}

/** What a profile's checklist needs, worked out once per profile object (profiles are frozen). */
interface PreparedChecklist {
  readonly itemIds: ReadonlySet<string>;
  /** The rules that answer items. */
  readonly ruleIds: ReadonlySet<string>;
  readonly items: readonly PreparedItem[];
}

const preparedChecklists = new WeakMap<Profile, PreparedChecklist>();

function noResultEvidence(rule: Rule | undefined, answerSource: AnswerSource): string {
  if (rule === undefined) return "";
  return answerSource === "check" ? `No result of ${rule.id} for this meeting.` : `${rule.id} sets no obligation for this meeting.`;
}

function prepareChecklist(profile: Profile, checklist: Checklist): PreparedChecklist {
  let prepared = preparedChecklists.get(profile);
  if (prepared === undefined) {
    const rulesById = new Map(profile.rules.map((rule) => [rule.id, rule]));
    const items = checklist.items.map((item): PreparedItem => {
      const rule = item.answeredBy.source === "rule" ? rulesById.get(item.answeredBy.ruleId) : undefined;
      const answerSource = answerSourceOf(rule);
      return {
        item,
        rule,
        answerSource,
        source: rule === undefined ? "recorded" : `rule:${rule.id}`,
        noResultEvidence: noResultEvidence(rule, answerSource),
      };
    });
    prepared = {
      itemIds: new Set(checklist.items.map((item) => item.id)),
      ruleIds: new Set(items.flatMap(({ rule }) => (rule === undefined ? [] : [rule.id]))),
      items,
    };
    preparedChecklists.set(profile, prepared);
  }
  return prepared;
}

function inScope(item: ChecklistItem, episode: EpisodeFacts, position: number, review: DatedEvent | undefined): boolean {
  switch (item.scope) {
    case "each-core-group":
      return true;
    case "initial-core-group":
      return position === 0;
    case "subsequent-core-group":
      return position > 0;
    case "last-core-group-before-review": {
      const next = episode.heldCoreGroups[position + 1];
      return review !== undefined && (next === undefined || next.day >= review.day);
    }
  }
}

/** The checks, by input event index, that answer an item (undefined: none, or not a check item). */
function checksFor({ rule, answerSource }: PreparedItem, index: ResultIndex): ByEvent<CheckResult> | undefined {
  return rule !== undefined && answerSource === "check" ? index.checks.get(rule.id) : undefined;
}

/** The obligations, by input event index, that answer an item (undefined: none, or not an obligation item). */
function obligationsFor({ rule, answerSource }: PreparedItem, index: ResultIndex): ByEvent<Obligation> | undefined {
  if (rule === undefined || answerSource === "check") return undefined; // "recorded" items have no rule
  return (answerSource === "satisfied-by-meeting" ? index.bySatisfier : index.byAnchor).get(rule.id);
}

/** The recorded answer for an item, or undefined (a meeting records few answers: a scan is cheapest). */
function recordedAnswer(meeting: CoreGroupMeeting, itemId: string): RecordedAnswer | undefined {
  const answers = meeting.answers;
  if (answers === undefined) return undefined;
  for (const answer of answers) if (answer.item === itemId) return answer;
  return undefined;
}

/**
 * Answers a profile's checklist for every held core group of every plan: from the rule results
 * for the meeting, or from answers a person recorded on it; never guessed (D25). Recorded answers
 * naming an item the checklist does not have are reported as data-quality findings.
 * `eventCount` is the number of events in the timeline (every `EventRef.index` is below it).
 *
 * @example
 * ```ts
 * const answers = answerChecklist(profiles["pan-sussex"], episodes, { obligations, checks }, timeline.events.length, findings);
 * ```
 */
export function answerChecklist(
  profile: Profile,
  episodes: readonly EpisodeFacts[],
  results: MeetingResults,
  eventCount: number,
  dataQuality: DataQualityFinding[],
): ChecklistAnswer[] {
  const checklist = profile.checklist;
  if (checklist === null) return [];
  const { itemIds, ruleIds, items } = prepareChecklist(profile, checklist);
  const index = indexResults(results, ruleIds, eventCount);
  // Each item's results, looked up once per case rather than once per meeting.
  const checksByItem = items.map((prepared) => checksFor(prepared, index));
  const obligationsByItem = items.map((prepared) => obligationsFor(prepared, index));
  const answers: ChecklistAnswer[] = [];
  for (const episode of episodes) {
    const meetings = episode.heldCoreGroups;
    for (let position = 0; position < meetings.length; position++) {
      const meeting = meetings[position]!;
      for (const recorded of meeting.event.answers ?? []) {
        if (!itemIds.has(recorded.item)) {
          dataQuality.push(dataQualityFinding("unknown-checklist-item", `The core group on ${meeting.ref.date} records an answer for "${recorded.item}", which the ${profile.id} checklist does not have.`, [meeting.ref]));
        }
      }
      const review = episode.reviews[firstIndexOnOrAfter(episode.reviews, meeting.day + 1)];
      for (let k = 0; k < items.length; k++) {
        const { item, answerSource, source, noResultEvidence } = items[k]!;
        if (!inScope(item, episode, position, review)) continue;
        let answer: CheckAnswer;
        let evidence: string;
        if (answerSource === "recorded") {
          const recorded = recordedAnswer(meeting.event, item.id);
          answer = recorded === undefined ? "not-recorded" : recorded.answer;
          evidence =
            recorded === undefined ? "No answer recorded for this meeting." : (recorded.note ?? "Answer recorded on the meeting.");
        } else if (answerSource === "check") {
          const check = checksByItem[k]?.[meeting.ref.index];
          answer = check === undefined ? "not-recorded" : check.answer;
          evidence = check === undefined ? noResultEvidence : check.evidence;
        } else {
          const at = answerSource === "anchored-at-next-review" ? review?.ref.index : meeting.ref.index;
          const obligation = at === undefined ? undefined : obligationsByItem[k]?.[at];
          answer = obligation === undefined ? "not-applicable" : STATUS_ANSWERS[obligation.status];
          evidence = obligation === undefined ? noResultEvidence : obligation.explanation;
        }
        answers.push({
          itemId: item.id,
          section: item.section,
          text: item.text,
          episode: episode.number,
          meeting: meeting.ref,
          answer,
          evidence,
          source,
        });
      }
    }
  }
  return answers;
}
