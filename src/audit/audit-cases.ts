import type { WorkingCalendar } from "../calendar/working-calendar.js";
import type { Profile } from "../policy/profile.js";
import type { AuditItem } from "./audit-item.js";
import { createCaseAuditor, type AuditOptions } from "./case-auditor.js";
import type { InputRecord } from "./input-record.js";
import type { AuditSummary, RecordCounts } from "./summary/summary-types.js";

export type { AuditOptions } from "./case-auditor.js";

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

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown })?.[Symbol.asyncIterator] === "function";
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
 * @throws {TypeError} at once, before any record is read, on an unknown profile id or a bad
 * option (`asOf`, `checklist`), naming the option.
 */
export function auditCases(
  records: Iterable<InputRecord | unknown> | AsyncIterable<InputRecord | unknown>,
  options: AuditOptions,
): CaseAudit {
  const auditor = createCaseAuditor(options);
  const audit = auditor.audit;
  let state: "new" | "running" | "done" = "new";

  const start = (): void => {
    if (state !== "new") throw new Error("An audit can be iterated only once: call auditCases again.");
    state = "running";
  };

  return {
    profile: auditor.profile,
    calendar: auditor.calendar,
    progress: () => auditor.summary.counts(),
    summary: () => {
      if (state !== "done") throw new Error("summary() is available once the audit has been iterated to the end.");
      return auditor.summary.result();
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
