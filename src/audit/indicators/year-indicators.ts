import { fromDayNumber } from "../../dates/iso-date.js";
import { PLAN_DURATION_BANDS, type PlanDurationBand } from "./duration-band.js";
import { ICPC_WORKING_DAY_BANDS, type IcpcWorkingDayBand } from "./icpc-bands.js";
import { INDICATOR_DEFINITIONS } from "./indicator-definitions.js";
import type { CountedCases, IndicatorFigure, ReportingYearIndicators, UnsupportedIndicator } from "./indicator-types.js";
import { reportingYearEnd, reportingYearLabel } from "./reporting-year.js";
import type { EscalationPoint, IndicatorCell, YearCells } from "./year-cells.js";

const ESCALATION_POINTS: readonly EscalationPoint[] = [0, 15, 18, 21];

function percentage(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 1000) / 10;
}

function figure(key: keyof typeof INDICATOR_DEFINITIONS, numerator: CountedCases, denominator: CountedCases): IndicatorFigure {
  const { definition, defaults } = INDICATOR_DEFINITIONS[key];
  return {
    numerator: numerator.count,
    denominator: denominator.count,
    percentage: percentage(numerator.count, denominator.count),
    definition,
    defaults,
    ...(numerator.caseIds === undefined ? {} : { numeratorCaseIds: numerator.caseIds }),
    ...(denominator.caseIds === undefined ? {} : { denominatorCaseIds: denominator.caseIds }),
  };
}

/** Each key's count from its cells, every key present. */
function byKey<Key extends string | number>(keys: readonly Key[], cellsOf: (key: Key) => IndicatorCell[], cells: YearCells): Record<Key, CountedCases> {
  return Object.fromEntries(keys.map((key) => [key, cells.count(...cellsOf(key))])) as Record<Key, CountedCases>;
}

const icpcCells = (bands: readonly IcpcWorkingDayBand[]): IndicatorCell[] => bands.map((band) => `icpc/${band}` as const);
const endingCells = (bands: readonly PlanDurationBand[]): IndicatorCell[] => bands.map((band) => `ending/${band}` as const);
const openCells = (bands: readonly PlanDurationBand[], points: readonly EscalationPoint[]): IndicatorCell[] =>
  bands.flatMap((band) => points.map((point) => `open/${band}/${point}` as const));

function icpcIndicator(cells: YearCells): ReportingYearIndicators["icpc-within-15-working-days"] {
  const untimed = byKey(["transfer-in", "no-s47-start"] as const, (reason) => [`icpc-untimed/${reason}`], cells);
  const timed = cells.count(...icpcCells(ICPC_WORKING_DAY_BANDS));
  const days = cells.icpcDays;
  return {
    ...figure("icpc-within-15-working-days", cells.count(...icpcCells(["0-10", "11-15"])), timed),
    conferences: timed.count + untimed["transfer-in"].count + untimed["no-s47-start"].count,
    bands: byKey(ICPC_WORKING_DAY_BANDS, (band) => icpcCells([band]), cells),
    quartiles: { p25: days.percentile(25), median: days.percentile(50), p75: days.percentile(75) },
    untimed,
  };
}

function repeatPlansIndicator(cells: YearCells): ReportingYearIndicators["repeat-plans"] {
  const starting = (): CountedCases => cells.count("starting/first", "starting/repeat-within-2-years", "starting/repeat-earlier");
  return {
    ...figure("repeat-plans", cells.count("starting/repeat-within-2-years", "starting/repeat-earlier"), starting()),
    withinTwoYearsOfPreviousPlanEnding: figure("repeat-plans-within-2-years", cells.count("starting/repeat-within-2-years"), starting()),
  };
}

function longPlansIndicator(cells: YearCells): ReportingYearIndicators["plans-lasting-2-years-or-more"] {
  return {
    ...figure("plans-lasting-2-years-or-more", cells.count(...endingCells(["2-years-or-more"])), cells.count(...endingCells(PLAN_DURATION_BANDS))),
    endedByDuration: byKey(PLAN_DURATION_BANDS, (band) => endingCells([band]), cells),
    openAtCensusDate: {
      ...cells.count(...openCells(PLAN_DURATION_BANDS, ESCALATION_POINTS)),
      byDuration: byKey(PLAN_DURATION_BANDS, (band) => openCells([band], ESCALATION_POINTS), cells),
      atLeastMonths: byKey(["15", "18", "21"] as const, (months) => openCells(PLAN_DURATION_BANDS, ESCALATION_POINTS.filter((point) => point >= Number(months))), cells),
    },
  };
}

/**
 * The national indicators of one reporting year from its cells; `asOfDay` (the audit date)
 * makes a year not over by then partial, with its census date the audit date. The indicators in
 * `unsupported` are left out.
 *
 * @example
 * ```ts
 * const year = yearIndicators(new YearCells(2024, true), toDayNumber("2025-06-30"));
 * year["reviews-on-time"].percentage; // null (no child on a plan)
 * ```
 */
export function yearIndicators(cells: YearCells, asOfDay: number, unsupported: readonly UnsupportedIndicator[] = []): ReportingYearIndicators {
  const end = reportingYearEnd(cells.year);
  // Written out, not from day numbers: the first and last reporting years run outside the supported dates (1989-90, 2099-00).
  const yearText = (year: number) => String(year).padStart(4, "0");
  return {
    year: reportingYearLabel(cells.year),
    from: `${yearText(cells.year)}-04-01`,
    to: `${yearText(cells.year + 1)}-03-31`,
    censusDate: asOfDay < end ? fromDayNumber(asOfDay) : `${yearText(cells.year + 1)}-03-31`,
    partial: asOfDay < end,
    "icpc-within-15-working-days": icpcIndicator(cells),
    "reviews-on-time": figure("reviews-on-time", cells.count("reviews/on-time"), cells.count("reviews/on-time", "reviews/not-on-time")),
    ...(unsupported.some((item) => item.indicator === "repeat-plans") ? {} : { "repeat-plans": repeatPlansIndicator(cells) }),
    "plans-lasting-2-years-or-more": longPlansIndicator(cells),
  };
}
