import { createWorkingCalendar, type WorkingCalendar } from "../calendar/working-calendar.js";
import type { IsoDate } from "../dates/iso-date.js";
import { evaluateCase } from "../engine/evaluate-case.js";
import type { CaseEvaluationResult } from "../engine/evaluation-types.js";
import type { Profile } from "../policy/profile.js";
import type { AuditItem } from "./audit-item.js";
import { resolveAuditProfile, type AuditProfile, type ExcludedRule } from "./audit-profile.js";
import type { InputRecord, RecordSource, Rejection } from "./input-record.js";
import { SummaryBuilder } from "./summary/summary-builder.js";
import type { AuditSummary, RecordCounts } from "./summary/summary-types.js";

/**
 * Options of {@link auditCases}.
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
}

/**
 * A running audit: iterate it once (with `for await`, or with `for` when the input is a plain
 * synchronous iterable) to get one {@link AuditItem} per input record, in input order, then call
 * `summary()`.
 *
 * @example
 * ```ts
 * const audit = auditCases(timelines, { profile: "cumbria", asOf: "2024-12-31" });
 * for (const item of audit) if (item.kind === "rejected") console.log(item.rejections);
 * console.log(audit.summary().percentMetOnTime);
 * ```
 */
export interface CaseAudit extends AsyncIterable<AuditItem>, Iterable<AuditItem> {
  /** The profile in use, resolved (after any `exclude`). */
  readonly profile: Profile;
  /** The calendar in use (one per audit). */
  readonly calendar: WorkingCalendar;
  /** Records read, evaluated and rejected so far (for progress displays). */
  progress(): RecordCounts;
  /**
   * The summary. Valid once iteration has ended (run to completion, or stopped with `break`:
   * then it covers the records yielded so far). Throws before that.
   */
  summary(): AuditSummary;
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

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })?.[Symbol.asyncIterator] === "function";
}

function caseIdOf(timeline: unknown): string | undefined {
  if (typeof timeline !== "object" || timeline === null) return undefined;
  const id = (timeline as { id?: unknown }).id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

/**
 * Audits many cases against one profile, streaming: each input record (an adapter's
 * {@link InputRecord}, or a plain case timeline, wrapped as a record of format `json`) gives
 * exactly one {@link AuditItem} as it is read, and nothing per case is kept, so memory does not
 * grow with the number of cases. The profile is resolved and the calendar made once per audit.
 * `read = evaluated + rejected` always holds. Pure: no files, no console, no clock.
 *
 * @example
 * ```ts
 * const audit = auditCases(readJsonLines(chunks, { file: "cases.jsonl" }), { profile: "medway", asOf: "2025-03-31" });
 * for await (const item of audit) {
 *   if (item.kind === "evaluated") console.log(item.evaluation.caseId, item.evaluation.breaches.length);
 * }
 * const summary = audit.summary();
 * console.log(`${summary.records.read} read, ${summary.percentMetOnTime}% met on time`);
 * ```
 */
export function auditCases(
  records: Iterable<InputRecord | unknown> | AsyncIterable<InputRecord | unknown>,
  options: AuditOptions,
): CaseAudit {
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
      ...(rule.kind === "meeting-check" ? { severity: rule.severity } : {}),
    })),
    unsupportedRules,
  );
  const evaluateOptions = { profile, asOf, calendar };
  let state: "new" | "running" | "done" = "new";
  let recordNumber = 0;

  const audit = (value: unknown): AuditItem => {
    recordNumber += 1;
    let source: RecordSource;
    let timeline: unknown;
    if (isInputRecord(value)) {
      source = value.source;
      if (value.kind === "rejected") {
        builder.addRejected();
        return { kind: "rejected", source, stage: "input", rejections: value.rejections };
      }
      timeline = value.timeline;
    } else {
      const caseId = caseIdOf(value);
      source = caseId === undefined ? { format: "json", recordNumber } : { format: "json", recordNumber, caseId };
      timeline = value;
    }
    let result: CaseEvaluationResult;
    try {
      result = evaluateCase(timeline, evaluateOptions);
    } catch (error) {
      builder.addRejected();
      const reason = `evaluation failed: ${error instanceof Error ? error.message : String(error)}`;
      return {
        kind: "rejected",
        source,
        stage: "error",
        rejections: [source.line === undefined ? { field: "(case)", reason } : { field: "(case)", reason, line: source.line }],
      };
    }
    if (source.caseId === undefined && result.caseId !== null) source = { ...source, caseId: result.caseId };
    if (!result.ok) {
      builder.addRejected();
      const rejections: Rejection[] = result.issues.map((issue) => {
        const field = issue.path.length === 0 ? "(case)" : issue.path.join(".");
        return source.line === undefined
          ? { field, reason: issue.message }
          : { field, reason: issue.message, line: source.line };
      });
      return { kind: "rejected", source, stage: "validation", rejections, issues: result.issues };
    }
    builder.addEvaluation(result);
    return { kind: "evaluated", source, evaluation: result };
  };

  const start = (): void => {
    if (state !== "new") throw new Error("An audit can be iterated only once: call auditCases again.");
    state = "running";
  };

  return {
    profile,
    calendar,
    progress: () => builder.counts(),
    summary: () => {
      if (state !== "done") throw new Error("summary() is available once the audit has been iterated to the end.");
      return builder.result();
    },
    [Symbol.iterator]: function* () {
      if (isAsyncIterable(records) && !(Symbol.iterator in (records as object))) {
        throw new TypeError("This audit's input is asynchronous: iterate it with for await.");
      }
      start();
      try {
        for (const value of records as Iterable<unknown>) yield audit(value);
      } finally {
        state = "done";
      }
    },
    [Symbol.asyncIterator]: async function* () {
      start();
      try {
        if (isAsyncIterable(records)) {
          for await (const value of records) yield audit(value);
        } else {
          for (const value of records) yield audit(value);
        }
      } finally {
        state = "done";
      }
    },
  };
}
