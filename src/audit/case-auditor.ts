import { createWorkingCalendar, type WorkingCalendar } from "../calendar/working-calendar.js";
import type { IsoDate } from "../dates/iso-date.js";
import { evaluateCase } from "../engine/evaluate-case.js";
import type { CaseEvaluationResult } from "../case/evaluation-types.js";
import type { Profile } from "../policy/profile.js";
import type { AuditItem } from "./audit-item.js";
import { resolveAuditProfile, type AuditProfile, type ExcludedRule } from "./audit-profile.js";
import type { InputRecord, RecordSource } from "./input-record.js";
import { CaseIdsRead, repeatedCaseIdRejection, type CaseIdLedger } from "./case-ids-read.js";
import { SummaryBuilder } from "./summary/summary-builder.js";
import { asOfDayOption, checklistOption } from "../engine/evaluation-options.js";
import { addCaseIndicators } from "./indicators/case-indicators.js";
import type { CaseTimeline } from "../model/timeline-schema.js";
import type { UnsupportedIndicator } from "./indicators/indicator-types.js";
import { rejection } from "./rejection.js";

/**
 * Options of {@link auditCases} and {@link createCaseAuditor}.
 *
 * @example
 * ```ts
 * const options: AuditOptions = { profile: "pan-sussex", asOf: "2025-03-31" };
 * ```
 */
export interface AuditOptions {
  /** A built-in profile id, a resolved {@link Profile}, or a profile as written (JSON). */
  readonly profile: AuditProfile;
  /** The audit date: obligations due after it are `pending`. */
  readonly asOf: IsoDate;
  /** The working-day calendar; default: one made once from the profile's region and closure days. */
  readonly calendar?: WorkingCalendar;
  /**
   * Rules the input cannot support, left out of the audit and listed in the summary's
   * `unsupportedRules` with the reason (e.g. core-group rules over CIN census data).
   */
  readonly exclude?: readonly ExcludedRule[];
  /**
   * Whether each evaluation answers the profile's checklist (default `true`); see
   * `EvaluateCaseOptions.checklist`. `false` suits outputs that never show the answers.
   */
  readonly checklist?: boolean;
  /**
   * Report the national indicators for one reporting year only: the year from 1 April of this
   * calendar year to 31 March of the next (2024 = 2024-25). Default: every reporting year in the
   * data up to the audit date. A year starting after the audit date throws a RangeError.
   */
  readonly indicatorYear?: number | undefined;
  /**
   * Whether the national indicators keep the case id of every item they count (default `true`).
   * With `false` they give counts only, and memory does not grow with the number of cases: for
   * outputs that never show the ids (the CLI's CSV and HTML).
   */
  readonly indicatorCaseIds?: boolean | undefined;
  /**
   * National indicators the input cannot support, left out of every year and listed in the
   * summary's `unsupportedIndicators` with the reason (e.g. repeat plans over CIN census data:
   * see `indicatorsUnsupportedByCinCensus`).
   */
  readonly excludeIndicators?: readonly UnsupportedIndicator[] | undefined;
}

/**
 * One audit's state, record by record: the resolved profile, the calendar, the running summary
 * and `audit(value)`, which turns one input record (or plain timeline) into its {@link AuditItem}
 * and adds it to the summary. {@link auditCases} iterates with one; the CLI's worker threads each
 * hold one and merge their summaries at the end.
 *
 * @example
 * ```ts
 * const auditor = createCaseAuditor({ profile: "medway", asOf: "2025-03-31" });
 * const item = auditor.audit({ id: "C-1", events: [] });
 * auditor.summary.result().records.read; // 1
 * ```
 */
export interface CaseAuditor {
  /** The profile in use, resolved (after any `exclude`). */
  readonly profile: Profile;
  /** The calendar in use (one per audit). */
  readonly calendar: WorkingCalendar;
  /** The summary of the records audited so far. */
  readonly summary: SummaryBuilder;
  /** Audits one record: an adapter's {@link InputRecord}, or a plain timeline (a record of format `json`). */
  audit(value: InputRecord | unknown): AuditItem;
}

function isInputRecord(value: unknown): value is InputRecord {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { kind?: unknown; source?: unknown };
  return (
    (candidate.kind === "case" || candidate.kind === "rejected") &&
    typeof candidate.source === "object" &&
    candidate.source !== null
  );
}

/**
 * The longest case id a record's `source` carries: the timeline schema's longest `id`. A longer
 * one (whose record the schema rejects) is cut to it and marked "...", so that a 1 MB id cannot
 * make every output that names the record 1 MB longer (docs/reliability.md).
 */
const LONGEST_SOURCE_CASE_ID = 200;

function shortCaseId(id: string): string {
  return id.length > LONGEST_SOURCE_CASE_ID ? `${id.slice(0, LONGEST_SOURCE_CASE_ID)}...` : id;
}

function withShortCaseId(source: RecordSource): RecordSource {
  return source.caseId === undefined || source.caseId.length <= LONGEST_SOURCE_CASE_ID
    ? source
    : { ...source, caseId: shortCaseId(source.caseId) };
}

function caseIdOf(timeline: unknown): string | undefined {
  if (typeof timeline !== "object" || timeline === null) return undefined;
  const id = (timeline as { id?: unknown }).id;
  return typeof id === "string" && id !== "" ? shortCaseId(id) : undefined;
}

/**
 * Makes a {@link CaseAuditor}: resolves the profile, makes the calendar (unless given) and the
 * summary once. Plain timelines are numbered 1, 2, ... in the order they are audited. A
 * timeline (plain, or from JSON or JSON Lines) whose case id was read before is rejected (code
 * `repeated-case-id`, path `["id"]`), naming where: see {@link CaseIdsRead}. `caseIds` is for a caller that has checked the
 * case ids itself (the CLI's worker threads each audit part of the input; the main thread reads
 * them all in order).
 *
 * @example
 * ```ts
 * const auditor = createCaseAuditor({ profile: "cumbria", asOf: "2024-12-31" });
 * for (const timeline of timelines) console.log(auditor.audit(timeline).kind);
 * ```
 * @throws {TypeError} on an unknown profile id or a bad option (`asOf`, `checklist`), naming the
 * option, once here rather than as an issue on every record.
 */
export function createCaseAuditor(options: AuditOptions, caseIds: CaseIdLedger = new CaseIdsRead()): CaseAuditor {
  asOfDayOption(options.asOf);
  checklistOption(options.checklist);
  const { profile, unsupportedRules } = resolveAuditProfile(options.profile, options.exclude ?? []);
  const calendar =
    options.calendar ?? createWorkingCalendar({ region: profile.region, closureDays: profile.closureDays });
  const asOf = options.asOf;
  const builder = new SummaryBuilder(
    { id: profile.id, name: profile.name, version: profile.version },
    asOf,
    profile.rules.map((rule) => ({
      id: rule.id,
      kind: rule.kind,
      title: rule.title,
      ...("severity" in rule ? { severity: rule.severity } : {}),
    })),
    unsupportedRules,
    { year: options.indicatorYear, caseIds: options.indicatorCaseIds, unsupported: options.excludeIndicators },
  );
  const evaluateOptions = { profile, asOf, calendar, checklist: options.checklist ?? true };
  let recordNumber = 0;

  const audit = (value: unknown): AuditItem => {
    recordNumber += 1;
    let source: RecordSource;
    let timeline: unknown;
    if (isInputRecord(value)) {
      source = withShortCaseId(value.source);
      if (value.kind === "rejected") {
        caseIds.earlierRead(source); // its case id, if known, is read all the same
        builder.addRejected(value.rejections);
        return { kind: "rejected", source, stage: "input", rejections: value.rejections };
      }
      timeline = value.timeline;
    } else {
      const caseId = caseIdOf(value);
      source = caseId === undefined ? { format: "json", recordNumber } : { format: "json", recordNumber, caseId };
      timeline = value;
    }
    const earlier = caseIds.earlierRead(source);
    if (earlier !== undefined) {
      builder.addRejected();
      return { kind: "rejected", source, stage: "input", rejections: [repeatedCaseIdRejection(source, earlier)] };
    }
    let result: CaseEvaluationResult;
    try {
      result = evaluateCase(timeline, evaluateOptions);
    } catch (error) {
      builder.addRejected();
      const message = `evaluation failed: ${error instanceof Error ? error.message : String(error)}`;
      return { kind: "rejected", source, stage: "error", rejections: [rejection("evaluation-failed", [], message, { line: source.line })] };
    }
    if (source.caseId === undefined && result.caseId !== null) source = { ...source, caseId: shortCaseId(result.caseId) };
    if (!result.ok) {
      builder.addRejected();
      // A validation issue is a rejection as it is; it gains the record's first line when the input has lines.
      const line = source.line;
      const rejections = line === undefined ? result.issues : result.issues.map((issue) => ({ ...issue, line }));
      return { kind: "rejected", source, stage: "validation", rejections };
    }
    builder.addEvaluation(result);
    addCaseIndicators(builder.indicators, timeline as CaseTimeline, calendar); // valid: it was evaluated
    return { kind: "evaluated", source, evaluation: result };
  };

  return { profile, calendar, summary: builder, audit };
}
