import { isoWeekdayIndex } from "./civil-days.js";
import { fromDayNumber, toDayNumber, type IsoDate } from "./iso-date.js";
import { addMonthsToDayNumber } from "./month-arithmetic.js";

/**
 * Adds calendar days to a civil date (negative counts back).
 *
 * @example
 * ```ts
 * addDays("2023-07-05", 28); // "2023-08-02"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds weeks of 7 calendar days to a civil date (D6).
 *
 * @example
 * ```ts
 * addWeeks("2023-01-10", 6); // "2023-02-21"
 * ```
 */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + weeks * 7);
}

/**
 * Adds calendar months to a civil date, clamped to the month's end (D7).
 *
 * @example
 * ```ts
 * addMonths("2023-11-30", 3); // "2024-02-29"
 * addMonths("2024-08-29", 6); // "2025-02-28"
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromDayNumber(addMonthsToDayNumber(toDayNumber(date), months));
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween("2024-02-20", "2024-03-14"); // 23
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday names, Monday first. */
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * English weekday name of a civil date.
 *
 * @example
 * ```ts
 * weekdayName("2024-08-31"); // "Saturday"
 * ```
 */
export function weekdayName(date: IsoDate): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[isoWeekdayIndex(toDayNumber(date))]!;
}
