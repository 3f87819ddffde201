import { emptyYearRecords, type IndicatorYearRecords } from "./indicator-records.js";
import type { ReportingYearIndicators } from "./indicator-types.js";
import { reportingYearEnd, reportingYearOf, reportingYearStart } from "./reporting-year.js";
import { yearIndicators } from "./year-indicators.js";

/**
 * What an {@link IndicatorAccumulator} has gathered, as plain data (structured-cloneable), for
 * {@link IndicatorAccumulator.merge}.
 *
 * @example
 * ```ts
 * const snapshot: IndicatorSnapshot = accumulator.snapshot();
 * ```
 */
export interface IndicatorSnapshot {
  readonly years: readonly IndicatorYearRecords[];
}

/**
 * Gathers the national indicators' items per reporting year as cases are added (see
 * `addCaseIndicators`), for the years up to the audit date or for one year only. Items are kept
 * with their case ids (the indicators list them); the result sorts them, so accumulators filled
 * apart and merged give exactly the result of one filled with every case.
 *
 * @example
 * ```ts
 * const indicators = new IndicatorAccumulator(toDayNumber("2025-06-30"));
 * indicators.records(2024).reviews.push({ caseId: "C-1", onTime: true });
 * indicators.result()[0]?.["reviews-on-time"].percentage; // 100
 * ```
 */
export class IndicatorAccumulator {
  readonly #years = new Map<number, IndicatorYearRecords>();

  /**
   * @param asOfDay The audit date (day number): years starting after it are out of scope.
   * @param onlyYear Report this reporting year only (by the calendar year it starts in).
   * @throws RangeError when `onlyYear` starts after the audit date.
   */
  constructor(
    readonly asOfDay: number,
    readonly onlyYear?: number,
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

  /** The records of a year, made on first use. */
  records(year: number): IndicatorYearRecords {
    let records = this.#years.get(year);
    if (records === undefined) this.#years.set(year, (records = emptyYearRecords(year)));
    return records;
  }

  /** Everything gathered so far, as plain data. */
  snapshot(): IndicatorSnapshot {
    return { years: [...this.#years.values()] };
  }

  /** Adds in what another accumulator (of the same audit date and year) gathered. */
  merge(snapshot: IndicatorSnapshot): void {
    for (const other of snapshot.years) {
      const records = this.records(other.year);
      // One by one: spreading a list of hundreds of thousands of items into push() overflows the stack.
      for (const item of other.conferences) records.conferences.push(item);
      for (const item of other.reviews) records.reviews.push(item);
      for (const item of other.plansStarting) records.plansStarting.push(item);
      for (const item of other.plansEnding) records.plansEnding.push(item);
      for (const item of other.openPlans) records.openPlans.push(item);
    }
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
      result.push(yearIndicators(this.#years.get(year) ?? emptyYearRecords(year), this.asOfDay));
    }
    return result;
  }
}
