import { fromDayNumber } from "../../dates/iso-date.js";
import { LatenessHistogram } from "../summary/lateness-histogram.js";
import { PLAN_DURATION_BANDS, type PlanDurationBand } from "./duration-band.js";
import { ICPC_WORKING_DAY_BANDS, icpcWorkingDayBand, type IcpcWorkingDayBand } from "./icpc-bands.js";
import { INDICATOR_DEFINITIONS } from "./indicator-definitions.js";
import type { IndicatorYearRecords, UntimedReason } from "./indicator-records.js";
import type { CountedCases, IndicatorFigure, ReportingYearIndicators, UntimedConference } from "./indicator-types.js";
import { reportingYearEnd, reportingYearLabel } from "./reporting-year.js";

const UNTIMED_REASONS: Record<UntimedReason, string> = {
  "transfer-in": "transfer-in conference: DfE times it from the referral date, which the timeline does not record",
  "no-s47-start": "no strategy discussion starting a section 47 enquiry on or before the conference",
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Case ids sorted (code-unit order), so that the result does not depend on the order cases were added or merged in. */
function sortedIds(ids: string[]): string[] {
  return ids.sort(byText);
}

function percentage(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;
}

function figure(key: keyof typeof INDICATOR_DEFINITIONS, numeratorIds: string[], denominatorIds: string[]): IndicatorFigure {
  const { definition, defaults } = INDICATOR_DEFINITIONS[key];
  return {
    numerator: numeratorIds.length,
    denominator: denominatorIds.length,
    percentage: percentage(numeratorIds.length, denominatorIds.length),
    definition,
    defaults,
    numeratorCaseIds: sortedIds(numeratorIds),
    denominatorCaseIds: sortedIds(denominatorIds),
  };
}

function counted(ids: string[]): CountedCases {
  return { count: ids.length, caseIds: sortedIds(ids) };
}

/** Case ids grouped by key, every key present (empty when nothing fell in it). */
function groupIds<Key extends string>(keys: readonly Key[], items: readonly { caseId: string; key: Key }[]): Record<Key, CountedCases> {
  const groups = Object.fromEntries(keys.map((key) => [key, [] as string[]])) as Record<Key, string[]>;
  for (const item of items) groups[item.key].push(item.caseId);
  return Object.fromEntries(keys.map((key) => [key, counted(groups[key])])) as Record<Key, CountedCases>;
}

function icpcIndicator(records: IndicatorYearRecords): ReportingYearIndicators["icpc-within-15-working-days"] {
  const timed: { caseId: string; key: IcpcWorkingDayBand }[] = [];
  const untimed: UntimedConference[] = [];
  const days = new LatenessHistogram();
  for (const conference of records.conferences) {
    if (conference.workingDays === null) {
      untimed.push({ caseId: conference.caseId, date: conference.date, reason: UNTIMED_REASONS[conference.untimed ?? "no-s47-start"] });
    } else {
      timed.push({ caseId: conference.caseId, key: icpcWorkingDayBand(conference.workingDays) });
      days.add(conference.workingDays);
    }
  }
  const within = timed.filter((item) => item.key === "0-10" || item.key === "11-15").map((item) => item.caseId);
  untimed.sort((a, b) => byText(a.caseId, b.caseId) || byText(a.date, b.date) || byText(a.reason, b.reason));
  return {
    ...figure("icpc-within-15-working-days", within, timed.map((item) => item.caseId)),
    conferences: records.conferences.length,
    bands: groupIds(ICPC_WORKING_DAY_BANDS, timed),
    quartiles: { p25: days.percentile(25), median: days.percentile(50), p75: days.percentile(75) },
    untimed,
  };
}

function repeatPlansIndicator(records: IndicatorYearRecords): ReportingYearIndicators["repeat-plans"] {
  const starting = records.plansStarting;
  const all = () => starting.map((plan) => plan.caseId);
  return {
    ...figure("repeat-plans", starting.filter((plan) => plan.repeat).map((plan) => plan.caseId), all()),
    withinTwoYearsOfPreviousPlanEnding: figure(
      "repeat-plans-within-2-years",
      starting.filter((plan) => plan.withinTwoYears).map((plan) => plan.caseId),
      all(),
    ),
  };
}

function longPlansIndicator(records: IndicatorYearRecords): ReportingYearIndicators["plans-lasting-2-years-or-more"] {
  const ended = records.plansEnding.map((plan) => ({ caseId: plan.caseId, key: PLAN_DURATION_BANDS[plan.band]! as PlanDurationBand }));
  const open = records.openPlans.map((plan) => ({ caseId: plan.caseId, key: PLAN_DURATION_BANDS[plan.band]! as PlanDurationBand }));
  const openFor = (months: number) => counted(records.openPlans.filter((plan) => plan.monthsOpen >= months).map((plan) => plan.caseId));
  return {
    ...figure(
      "plans-lasting-2-years-or-more",
      ended.filter((plan) => plan.key === "2-years-or-more").map((plan) => plan.caseId),
      ended.map((plan) => plan.caseId),
    ),
    endedByDuration: groupIds(PLAN_DURATION_BANDS, ended),
    openAtCensusDate: {
      ...counted(open.map((plan) => plan.caseId)),
      byDuration: groupIds(PLAN_DURATION_BANDS, open),
      atLeastMonths: { "15": openFor(15), "18": openFor(18), "21": openFor(21) },
    },
  };
}

/**
 * The national indicators of one reporting year from what the cases added to it; `asOfDay`
 * (the audit date) makes a year not over by then partial, with its census date the audit date.
 *
 * @example
 * ```ts
 * const year = yearIndicators(emptyYearRecords(2024), toDayNumber("2025-06-30"));
 * year["reviews-on-time"].percentage; // null (no child on a plan)
 * ```
 */
export function yearIndicators(records: IndicatorYearRecords, asOfDay: number): ReportingYearIndicators {
  const end = reportingYearEnd(records.year);
  // Written out, not from day numbers: the first and last reporting years run outside the supported dates (1989-90, 2099-00).
  const yearText = (year: number) => String(year).padStart(4, "0");
  return {
    year: reportingYearLabel(records.year),
    from: `${yearText(records.year)}-04-01`,
    to: `${yearText(records.year + 1)}-03-31`,
    censusDate: asOfDay < end ? fromDayNumber(asOfDay) : `${yearText(records.year + 1)}-03-31`,
    partial: asOfDay < end,
    "icpc-within-15-working-days": icpcIndicator(records),
    "reviews-on-time": figure(
      "reviews-on-time",
      records.reviews.filter((review) => review.onTime).map((review) => review.caseId),
      records.reviews.map((review) => review.caseId),
    ),
    "repeat-plans": repeatPlansIndicator(records),
    "plans-lasting-2-years-or-more": longPlansIndicator(records),
  };
}
