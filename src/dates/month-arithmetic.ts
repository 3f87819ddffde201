import { civilFromDayNumber, dayNumberFromCivil, daysInMonth } from "./civil-days.js";

/**
 * Adds calendar months to a day number, clamping to the end of a shorter month
 * (D7): 30 Nov 2023 + 3 months = 29 Feb 2024. Negative months count back.
 *
 * @example
 * ```ts
 * import { toDayNumber, fromDayNumber } from "core-group-rules";
 * fromDayNumber(addMonthsToDayNumber(toDayNumber("2023-08-31"), 6)); // "2024-02-29"
 * ```
 */
export function addMonthsToDayNumber(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayNumberFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
