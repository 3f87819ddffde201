import type { ReportingYearIndicators, UnsupportedIndicator } from "./indicator-types.js";
import { reportingYearEnd, reportingYearOf, reportingYearStart } from "./reporting-year.js";
import { YearCells, type YearCellsState } from "./year-cells.js";
import { yearIndicators } from "./year-indicators.js";

/**
 * What an {@link IndicatorAccumulator} has counted, as plain data (structured-cloneable), for
 * {@link IndicatorAccumulator.merge}.
 *
 * @example
 * ```ts
 * const snapshot: IndicatorSnapshot = accumulator.snapshot();
 * ```
 */
export interface IndicatorSnapshot {
  readonly years: readonly YearCellsState[];
}

/**
 * Counts the national indicators' items per reporting year as cases are added (see
 * `addCaseIndicators`), for the years up to the audit date or for one year only, with the case
 * ids behind every count unless told not to keep them (then memory does not grow with the number
 * of cases). The result sorts the ids, so accumulators filled apart and merged give exactly the
 * result of one filled with every case.
 *
 * @example
 * ```ts
 * const indicators = new IndicatorAccumulator(toDayNumber("2025-06-30"));
 * indicators.cells(2024).add("reviews/on-time", "C-1");
 * indicators.result()[0]?.["reviews-on-time"].percentage; // 100
 * ```
 */
export class IndicatorAccumulator {
  readonly #years = new Map<number, YearCells>();

  /**
   * @param asOfDay The audit date (day number): years starting after it are out of scope.
   * @param onlyYear Report this reporting year only (by the calendar year it starts in).
   * @param keepCaseIds Keep the case id of every counted item (default true).
   * @param unsupported Indicators the input cannot support: left out of the result.
   * @throws RangeError when `onlyYear` starts after the audit date.
   */
  constructor(
    readonly asOfDay: number,
    readonly onlyYear?: number,
    readonly keepCaseIds = true,
    readonly unsupported: readonly UnsupportedIndicator[] = [],
  ) {
    if (onlyYear !== undefined && reportingYearStart(onlyYear) > asOfDay) {
      throw new RangeError(`The reporting year starting 1 April ${onlyYear} starts after the audit date.`);
    }
  }

  /** The last reporting year in scope: the one asked for, or the one holding the audit date. */
  get lastYear(): number {
    return this.onlyYear ?? reportingYearOf(this.asOfDay);
  }

  /** Whether a reporting year is reported: the one asked for, or any starting on or before the audit date. */
  inScope(year: number): boolean {
    return this.onlyYear === undefined ? reportingYearStart(year) <= this.asOfDay : year === this.onlyYear;
  }

  /** The census day of a year's "at 31 March" figures: 31 March, or the audit date if earlier. */
  censusDay(year: number): number {
    return Math.min(reportingYearEnd(year), this.asOfDay);
  }

  /** The cells of a year, made on first use. */
  cells(year: number): YearCells {
    let cells = this.#years.get(year);
    if (cells === undefined) this.#years.set(year, (cells = new YearCells(year, this.keepCaseIds)));
    return cells;
  }

  /** Everything counted so far, as plain data. */
  snapshot(): IndicatorSnapshot {
    return { years: [...this.#years.values()].map((cells) => cells.state()) };
  }

  /**
   * Adds in what another accumulator (of the same audit date, year and `keepCaseIds`) counted.
   *
   * @throws Error when this one keeps case ids and the other did not.
   */
  merge(snapshot: IndicatorSnapshot): void {
    for (const state of snapshot.years) this.cells(state.year).merge(state);
  }

  /**
   * The indicators per reporting year, oldest first: the year asked for (even with no data), or
   * every year from the first to the last that holds an item (years between with none are listed
   * with zeros, so that a trend has no gaps).
   */
  result(): ReportingYearIndicators[] {
    const years = this.onlyYear === undefined ? [...this.#years.keys()] : [this.onlyYear];
    if (years.length === 0) return [];
    const first = Math.min(...years);
    const last = Math.max(...years);
    const result: ReportingYearIndicators[] = [];
    for (let year = first; year <= last; year++) {
      result.push(yearIndicators(this.#years.get(year) ?? new YearCells(year, this.keepCaseIds), this.asOfDay, this.unsupported));
    }
    return result;
  }
}
