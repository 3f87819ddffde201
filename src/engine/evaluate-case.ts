import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { InvalidDateError } from "../dates/date-error.js";
import type { IsoDate } from "../dates/iso-date.js";
import { inputIssuesOf } from "../model/input-issues.js";
import { parseTimeline } from "../model/parse-timeline.js";
import type { CaseTimeline, ExceptionRecord } from "../model/timeline-schema.js";
import type { Profile } from "../policy/profile.js";
import type { ProfileInput } from "../policy/profile-schema.js";
import type { BuiltInProfileId } from "../profiles/index.js";
import { evaluateRule } from "../rules/evaluate-rule.js";
import type { RuleContext } from "../rules/rule-context.js";
import { collectCaseFacts, type DatedEvent } from "../case/case-facts.js";
import { answerChecklist } from "./checklist.js";
import { calendarForProfile, resolveEvaluationProfile } from "./evaluation-profile.js";
import type { Breach, CaseEvaluationFailure, CaseEvaluationResult, CheckResult, Obligation } from "../case/evaluation-types.js";
import type { InputIssue } from "../model/input-issue.js";
import { applyExceptions } from "./exceptions.js";
import { asOfDayOption, checklistOption } from "./evaluation-options.js";
import { buildPlanEpisodes } from "../case/plan-episodes.js";
import { fromDayNumber } from "../dates/iso-date.js";

/**
 * Options of {@link evaluateCase}.
 *
 * @example
 * ```ts
 * const options: EvaluateCaseOptions = { profile: "pan-sussex", asOf: "2024-12-31" };
 * ```
 */
export interface EvaluateCaseOptions {
  /** A built-in profile id, a profile from `defineProfile`, or a profile input (e.g. a council's JSON). */
  readonly profile: BuiltInProfileId | Profile | ProfileInput;
  /** The audit date: obligations due after it are `pending`; events after it are set aside. */
  readonly asOf: IsoDate;
  /** A calendar to use instead of the profile's own (region and closure days). */
  readonly calendar?: WorkingCalendar;
  /**
   * Whether to answer the profile's checklist (default `true`). With `false`, `checklist` is
   * empty and recorded answers are not looked at (so no `unknown-checklist-item` findings);
   * every other part of the result is the same. For callers that never read the answers, such
   * as a CSV of obligations, which then do not pay for building them.
   */
  readonly checklist?: boolean;
}

function failure(caseId: string | null, issues: InputIssue[]): CaseEvaluationFailure {
  return { ok: false, caseId, issues };
}

function caseIdOf(timeline: unknown): string | null {
  if (typeof timeline !== "object" || timeline === null) return null;
  const id = (timeline as { id?: unknown }).id;
  return typeof id === "string" ? id : null;
}

function breachesOf(obligations: readonly Obligation[], checks: readonly CheckResult[]): Breach[] {
  const breaches: Breach[] = [];
  for (const obligation of obligations) {
    if (obligation.status === "late" || obligation.status === "missing") {
      breaches.push({ kind: "obligation", ruleId: obligation.ruleId, date: obligation.dueDate, obligation });
    }
  }
  for (const check of checks) {
    if (check.answer === "no" && check.severity === "breach") {
      breaches.push({ kind: "check", ruleId: check.ruleId, date: check.meeting.date, check });
    }
  }
  return inDateOrder(breaches);
}

/** Up to this many breaches, an insertion sort (no comparator calls) beats the built-in sort. */
const INSERTION_SORT_MAX = 48;

/** The breaches sorted by date, breaches of the same date in input order (a stable sort). */
function inDateOrder(breaches: Breach[]): Breach[] {
  if (breaches.length > INSERTION_SORT_MAX) return breaches.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < breaches.length; i++) {
    const breach = breaches[i]!;
    let j = i - 1;
    while (j >= 0 && breaches[j]!.date > breach.date) {
      breaches[j + 1] = breaches[j]!;
      j--;
    }
    breaches[j + 1] = breach;
  }
  return breaches;
}

function nextDueOf(obligations: readonly Obligation[]): Obligation | null {
  let next: Obligation | null = null;
  for (const obligation of obligations) {
    if (obligation.status === "pending" && (next === null || obligation.dueDate < next.dueDate)) next = obligation;
  }
  return next;
}

function evaluateValid(
  timeline: CaseTimeline,
  eventDays: Int32Array,
  profile: Profile,
  asOfDay: number,
  calendar: WorkingCalendar,
  withChecklist: boolean,
): CaseEvaluationResult {
  const { events, dataQuality } = collectCaseFacts(timeline, eventDays, asOfDay);
  const episodes = buildPlanEpisodes(events, dataQuality);
  const asOf = fromDayNumber(asOfDay);
  const context: RuleContext = { timeline, profile, calendar, asOfDay, asOf, events, episodes };
  let obligations: Obligation[] = [];
  const checks: CheckResult[] = [];
  for (const rule of profile.rules) {
    const output = evaluateRule(rule, context);
    // One at a time, not push(...list): a list of more than about 100,000 would overflow the stack.
    for (const obligation of output.obligations) obligations.push(obligation);
    for (const check of output.checks) checks.push(check);
    for (const finding of output.dataQuality) dataQuality.push(finding);
  }
  const exceptions = events.filter((item): item is DatedEvent<ExceptionRecord> => item.event.type === "exception");
  if (exceptions.length > 0) obligations = applyExceptions(obligations, exceptions, dataQuality);
  const checklist = withChecklist ? answerChecklist(profile, episodes, { obligations, checks }, timeline.events.length, dataQuality) : [];
  return {
    ok: true,
    caseId: timeline.id,
    profile: { id: profile.id, name: profile.name, version: profile.version },
    asOf,
    team: timeline.team ?? null,
    episodes: episodes.map((episode) => ({
      number: episode.number,
      start: episode.start.ref.date,
      startedBy: episode.start.ref,
      end: episode.endDay === null ? null : fromDayNumber(episode.endDay),
      endReason: episode.endReason,
    })),
    obligations,
    checks,
    breaches: breachesOf(obligations, checks),
    nextDue: nextDueOf(obligations),
    checklist,
    dataQuality,
  };
}

/**
 * Evaluates one case timeline against a policy profile at an audit date: every obligation with
 * its due date and status, the breaches, the checklist answers, what is due next, and data-quality
 * findings. Pure, synchronous and deterministic; never mutates its input. Bad input comes back as
 * `{ ok: false, issues }` with paths; it never throws on bad data. Bad options are mistakes in
 * the calling code, so they throw.
 *
 * @example
 * ```ts
 * const result = evaluateCase(
 *   {
 *     id: "case-1",
 *     events: [
 *       { type: "initial-conference", date: "2022-12-15", outcome: "plan" },
 *       { type: "core-group", date: "2023-01-04" },
 *     ],
 *   },
 *   { profile: "working-together", asOf: "2023-06-30" },
 * );
 * if (result.ok) result.breaches[0]?.ruleId; // "working-together.first-core-group": due 2023-01-03, 1 day late
 * ```
 * @throws {TypeError} on an unknown profile id or a bad option (`asOf` not a supported
 * `YYYY-MM-DD` date, `checklist` not a boolean), naming the option.
 * @throws {ProfileValidationError} when `profile` is an invalid profile input.
 */
export function evaluateCase(timeline: unknown, options: EvaluateCaseOptions): CaseEvaluationResult {
  const profile = resolveEvaluationProfile(options.profile);
  const caseId = caseIdOf(timeline);
  const asOfDay = asOfDayOption(options.asOf);
  const checklist = checklistOption(options.checklist);
  const parsed = parseTimeline(timeline);
  if (!parsed.success) {
    return failure(caseId, inputIssuesOf(parsed.issues, parsed.issueCount));
  }
  try {
    const calendar = options.calendar ?? calendarForProfile(profile);
    return evaluateValid(parsed.timeline, parsed.eventDays, profile, asOfDay, calendar, checklist);
  } catch (error) {
    if (error instanceof InvalidDateError) return failure(caseId, [{ code: "date-out-of-range", path: [], message: error.message }]);
    throw error;
  }
}
