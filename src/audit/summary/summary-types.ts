import type { IsoDate } from "../../dates/iso-date.js";
import type { CheckAnswer, ObligationStatus } from "../../case/evaluation-types.js";
import type { RuleKind } from "../../policy/profile-schema.js";
import type { ReportingYearIndicators, UnsupportedIndicator } from "../indicators/indicator-types.js";

/**
 * Obligations counted by status (see "Outcomes" in docs/interpretations.md).
 *
 * @example
 * ```ts
 * const counts: StatusCounts = { met: 8, late: 1, missing: 1, pending: 2, exception: 0, "not-applicable": 0 };
 * ```
 */
export type StatusCounts = Record<ObligationStatus, number>;

/**
 * Check results (meeting-check rules) counted by answer.
 *
 * @example
 * ```ts
 * const answers: AnswerCounts = { yes: 10, no: 2, "not-recorded": 5, "not-applicable": 0 };
 * ```
 */
export type AnswerCounts = Record<CheckAnswer, number>;

/**
 * Counts and timeliness of one group of obligations (a rule, a month, a team, or the whole profile).
 *
 * - `percentMetOnTime` = met / (met + late + missing) x 100, rounded to one decimal; `null` when
 *   that denominator is 0. `pending`, `exception` and `not-applicable` are left out of it.
 * - `lateness` is over obligations whose status is `late` only, in working days, with exact
 *   nearest-rank percentiles.
 *
 * @example
 * ```ts
 * summary.rules[0].percentMetOnTime; // 87.5
 * ```
 */
export interface GroupSummary {
  readonly counts: StatusCounts;
  /** Every obligation in the group, whatever its status. */
  readonly total: number;
  /** late + missing. */
  readonly breaches: number;
  readonly percentMetOnTime: number | null;
  readonly lateness: LatenessSummary;
}

/**
 * Lateness in working days over `late` obligations (nearest-rank percentiles; null when none).
 *
 * @example
 * ```ts
 * const lateness: LatenessSummary = { count: 4, medianWorkingDays: 2, p90WorkingDays: 9, maxWorkingDays: 9 };
 * ```
 */
export interface LatenessSummary {
  readonly count: number;
  readonly medianWorkingDays: number | null;
  readonly p90WorkingDays: number | null;
  readonly maxWorkingDays: number | null;
}

/**
 * A {@link GroupSummary} keyed by the month of the due date (`YYYY-MM`) or by team.
 *
 * @example
 * ```ts
 * summary.byMonth.find((m) => m.key === "2024-03")?.percentMetOnTime;
 * ```
 */
export interface KeyedGroupSummary extends GroupSummary {
  readonly key: string;
}

/**
 * The summary of one rule: overall, by month of due date and by team (teams only where recorded).
 *
 * @example
 * ```ts
 * const rule = summary.rules.find((r) => r.ruleId === "working-together.first-core-group");
 * ```
 */
export interface RuleSummary extends GroupSummary {
  readonly ruleId: string;
  readonly ruleKind: RuleKind;
  readonly title: string;
  readonly byMonth: readonly KeyedGroupSummary[];
  readonly byTeam: readonly KeyedGroupSummary[];
}

/**
 * The answers of one meeting-check rule.
 *
 * @example
 * ```ts
 * summary.checks.map((c) => `${c.ruleId}: ${c.answers.no} no`);
 * ```
 */
export interface CheckSummary {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: "breach" | "finding";
  readonly answers: AnswerCounts;
  readonly total: number;
}

/**
 * Input records counted: `read = evaluated + rejected`, always. `notRead`, there only when some
 * part of an input could not be read at all (see the `notRead` of a rejection), adds up those
 * parts: the records in them, if any, are in none of the counts, so the audit covers only part of
 * its input.
 *
 * @example
 * ```ts
 * const { read, evaluated, rejected, notRead } = summary.records;
 * if (notRead !== undefined) console.log(`${notRead.bytes} bytes (${notRead.lines} lines) of the input not read`);
 * ```
 */
export interface RecordCounts {
  readonly read: number;
  readonly evaluated: number;
  readonly rejected: number;
  readonly notRead?: NotReadCounts;
}

/**
 * The parts of the input not read, added up: UTF-8 bytes, and lines (each part counts its first
 * to its last line).
 *
 * @example
 * ```ts
 * const counts: NotReadCounts = { bytes: 52_000_000, lines: 980_174 };
 * ```
 */
export interface NotReadCounts {
  readonly bytes: number;
  readonly lines: number;
}

/**
 * A rule the input cannot support (e.g. core-group rules over CIN census data, which holds no
 * core groups), left out of the audit with the reason.
 *
 * @example
 * ```ts
 * const rule: UnsupportedRule = { ruleId: "working-together.first-core-group", reason: "The CIN census records no core groups." };
 * ```
 */
export interface UnsupportedRule {
  readonly ruleId: string;
  readonly title: string;
  readonly reason: string;
}

/**
 * Everything an audit adds up to: per profile (the top-level fields), per rule, per month of due
 * date, per team, and per check.
 *
 * @example
 * ```ts
 * const audit = auditCases(timelines, { profile: "cumbria", asOf: "2024-12-31" });
 * for await (const item of audit) void item;
 * const summary: AuditSummary = audit.summary();
 * ```
 */
export interface AuditSummary extends GroupSummary {
  readonly profile: { readonly id: string; readonly name: string; readonly version: string };
  readonly asOf: IsoDate;
  readonly records: RecordCounts;
  /** Cases with at least one breach (obligation late or missing, or a breach-severity check answered no). */
  readonly casesWithBreaches: number;
  /** Breach-severity checks answered `no`. */
  readonly checkBreaches: number;
  readonly rules: readonly RuleSummary[];
  readonly byMonth: readonly KeyedGroupSummary[];
  readonly byTeam: readonly KeyedGroupSummary[];
  readonly checks: readonly CheckSummary[];
  readonly unsupportedRules: readonly UnsupportedRule[];
  /**
   * The national child protection indicators per reporting year (1 April to 31 March), oldest
   * first: the years in the data up to the audit date, or the one year asked for (docs/audit.md,
   * "National indicators").
   */
  readonly indicators: readonly ReportingYearIndicators[];
  /** National indicators the input cannot support, left out of every year, with the reason. */
  readonly unsupportedIndicators: readonly UnsupportedIndicator[];
}
