import { PLAN_DURATION_BANDS } from "../indicators/duration-band.js";
import { ICPC_WORKING_DAY_BANDS } from "../indicators/icpc-bands.js";
import type { CountedCases, IndicatorFigure, ReportingYearIndicators, UnsupportedIndicator } from "../indicators/indicator-types.js";
import { csvRow } from "./csv-cell.js";

/** Cells between `group` and `numerator` in the summary CSV (status, lateness and answer columns), empty on indicator rows. */
const EMPTY_SUMMARY_CELLS: null[] = Array<null>(15).fill(null);

/** The indicators' columns on a row that is not an indicator's: numerator, denominator, percent, value. */
const NO_INDICATOR_CELLS: null[] = [null, null, null, null];

/**
 * The summary CSV's indicator columns left empty, for the rows that are not indicators.
 *
 * @example
 * ```ts
 * csvRow(["profile", null, "Medway", "all", "all", ...cells, ...noIndicatorCells()]);
 * ```
 */
export function noIndicatorCells(): readonly null[] {
  return NO_INDICATOR_CELLS;
}

function percentageOf(count: number, of: number): number | null {
  return of === 0 ? null : Math.round((count / of) * 1000) / 10;
}

/**
 * The rows of the national indicators in the summary CSV, per reporting year: each figure
 * (numerator, denominator, percent) and its parts (bands, quartiles as `value`, conference
 * counts). Counts only: the case ids behind them are in the JSON summary. `level` is
 * `indicator`, `rule_id` the indicator (and part, after a `/`), `group_by` is `year` and
 * `group` the reporting year (`2024-25`); a year not over by the audit date says so in `title`.
 * Then one `indicator-not-computed` row per indicator the input cannot support (the reason in
 * the `group` column).
 *
 * @example
 * ```ts
 * text += indicatorCsvRows(summary.indicators, summary.unsupportedIndicators);
 * ```
 */
export function indicatorCsvRows(years: readonly ReportingYearIndicators[], unsupported: readonly UnsupportedIndicator[] = []): string {
  let text = "";
  for (const year of years) {
    const note = year.partial ? ` (year not over: to ${year.censusDate})` : "";
    const row = (id: string, title: string, numerator: number | null, denominator: number | null, percent: number | null, value: number | null) => {
      text += csvRow(["indicator", id, title + note, "year", year.year, ...EMPTY_SUMMARY_CELLS, numerator, denominator, percent, value]);
    };
    const figureRow = (id: string, title: string, figure: IndicatorFigure) =>
      row(id, title, figure.numerator, figure.denominator, figure.percentage, null);
    const partRow = (id: string, title: string, part: CountedCases, of: number) => row(id, title, part.count, of, percentageOf(part.count, of), null);

    const icpc = year["icpc-within-15-working-days"];
    figureRow("icpc-within-15-working-days", "ICPCs within 15 working days of the s47 start", icpc);
    row("icpc-within-15-working-days/conferences", "ICPCs held (timed or not)", null, null, null, icpc.conferences);
    row("icpc-within-15-working-days/untimed/transfer-in", "Transfer-in conferences (not timed: no referral date)", null, null, null, icpc.untimed["transfer-in"].count);
    row("icpc-within-15-working-days/untimed/no-s47-start", "ICPCs not timed: no s47 start recorded before them", null, null, null, icpc.untimed["no-s47-start"].count);
    for (const band of ICPC_WORKING_DAY_BANDS) partRow(`icpc-within-15-working-days/band/${band}`, `ICPCs after ${band} working days`, icpc.bands[band], icpc.denominator);
    row("icpc-within-15-working-days/quartile/p25", "Working days to ICPC, 25th percentile", null, null, null, icpc.quartiles.p25);
    row("icpc-within-15-working-days/quartile/median", "Working days to ICPC, median", null, null, null, icpc.quartiles.median);
    row("icpc-within-15-working-days/quartile/p75", "Working days to ICPC, 75th percentile", null, null, null, icpc.quartiles.p75);

    figureRow("reviews-on-time", "Children on a plan for 3 months or more with all reviews on time", year["reviews-on-time"]);

    const repeat = year["repeat-plans"];
    if (repeat !== undefined) {
      figureRow("repeat-plans", "Plans starting that were a second or subsequent plan", repeat);
      figureRow("repeat-plans/within-2-years", "Plans starting within 2 years of the previous plan ending (local)", repeat.withinTwoYearsOfPreviousPlanEnding);
    }

    const long = year["plans-lasting-2-years-or-more"];
    figureRow("plans-lasting-2-years-or-more", "Plans ending that had lasted 2 years or more", long);
    for (const band of PLAN_DURATION_BANDS) partRow(`plans-lasting-2-years-or-more/ended/${band}`, `Plans ending, lasted ${band}`, long.endedByDuration[band], long.denominator);
    const open = long.openAtCensusDate;
    for (const band of PLAN_DURATION_BANDS) partRow(`plans-lasting-2-years-or-more/open/${band}`, `Plans open at ${year.censusDate}, open ${band}`, open.byDuration[band], open.count);
    for (const months of ["15", "18", "21"] as const) {
      partRow(`plans-lasting-2-years-or-more/open/at-least-${months}-months`, `Plans open at ${year.censusDate} for at least ${months} months (local)`, open.atLeastMonths[months], open.count);
    }
  }
  for (const item of unsupported) text += csvRow(["indicator-not-computed", item.indicator, null, "reason", item.reason]);
  return text;
}
