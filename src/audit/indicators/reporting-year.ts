import { civilFromDayNumber, dayNumberFromCivil } from "../../dates/civil-days.js";

/**
 * The reporting year (1 April to 31 March, as DfE publishes the national indicators) that a
 * day falls in, named by the calendar year it starts in: 2024 is 1 April 2024 to 31 March 2025.
 *
 * @example
 * ```ts
 * reportingYearOf(toDayNumber("2025-03-31")); // 2024
 * reportingYearOf(toDayNumber("2025-04-01")); // 2025
 * ```
 */
export function reportingYearOf(dayNumber: number): number {
  const { year, month } = civilFromDayNumber(dayNumber);
  return month >= 4 ? year : year - 1;
}

/**
 * The first day (1 April) of a reporting year, as a day number.
 *
 * @example
 * ```ts
 * fromDayNumber(reportingYearStart(2024)); // "2024-04-01"
 * ```
 */
export function reportingYearStart(year: number): number {
  return dayNumberFromCivil(year, 4, 1);
}

/**
 * The last day (31 March) of a reporting year, as a day number: the census date of its
 * "at 31 March" figures.
 *
 * @example
 * ```ts
 * fromDayNumber(reportingYearEnd(2024)); // "2025-03-31"
 * ```
 */
export function reportingYearEnd(year: number): number {
  return dayNumberFromCivil(year + 1, 3, 31);
}

/**
 * A reporting year as DfE writes it: `2024-25`.
 *
 * @example
 * ```ts
 * reportingYearLabel(2024); // "2024-25"
 * reportingYearLabel(2099); // "2099-00"
 * ```
 */
export function reportingYearLabel(year: number): string {
  return `${year}-${String((year + 1) % 100).padStart(2, "0")}`;
}
