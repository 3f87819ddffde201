import { addMonthsToDayNumber } from "../../dates/month-arithmetic.js";

/**
 * Whether a plan's reviews were all within the required timescale at a census date (the
 * library's default reading of DfE table D6, whose algorithm is not published): the first
 * review within 3 months of the plan's start, each later one within 6 months of the one before
 * (calendar months, month-end clamping: D7; a review on its due date is on time), and the next
 * review, due 3 months after the start when none was held or 6 months after the last one, not
 * yet overdue at the census date (due on or after it). `reviewDays` are the plan's review
 * conferences on or before the census date, in date order, as day numbers.
 *
 * @example
 * ```ts
 * const start = toDayNumber("2024-01-10");
 * reviewsWithinTimescale(start, [toDayNumber("2024-04-10")], toDayNumber("2024-09-30")); // true (next due 2024-10-10)
 * reviewsWithinTimescale(start, [toDayNumber("2024-04-11")], toDayNumber("2024-09-30")); // false (first review late)
 * ```
 */
export function reviewsWithinTimescale(startDay: number, reviewDays: readonly number[], censusDay: number): boolean {
  let due = addMonthsToDayNumber(startDay, 3);
  for (const day of reviewDays) {
    if (day > due) return false;
    due = addMonthsToDayNumber(day, 6);
  }
  return due >= censusDay;
}
