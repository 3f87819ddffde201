/**
 * Conversions between proleptic Gregorian civil dates and day numbers
 * (days since 1970-01-01). Pure integer arithmetic: no `Date`, no time zone.
 * Algorithm: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */

/**
 * The day number (days since 1970-01-01) of a civil date. Inputs are not validated.
 *
 * @example
 * ```ts
 * dayNumberFromCivil(1970, 1, 1); // 0
 * dayNumberFromCivil(2024, 2, 29); // 19782
 * ```
 */
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A civil date split into its parts. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The civil date of a day number (days since 1970-01-01).
 *
 * @example
 * ```ts
 * civilFromDayNumber(19782); // { year: 2024, month: 2, day: 29 }
 * ```
 */
export function civilFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Whether a year is a Gregorian leap year.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (1-12) of a year.
 *
 * @example
 * ```ts
 * daysInMonth(2023, 2); // 28
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day of the week of a day number: 0 = Monday ... 6 = Sunday (ISO order).
 *
 * @example
 * ```ts
 * isoWeekdayIndex(0); // 3 (1970-01-01 was a Thursday)
 * ```
 */
export function isoWeekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}
