import { addMonthsToDayNumber } from "../../dates/month-arithmetic.js";

/**
 * Whether a plan's reviews were all within the required timescale, asked at census dates in
 * increasing order (the library's default reading of DfE table D6, whose algorithm is not
 * published): the first review within 3 months of the plan's start, each later one within 6
 * months of the one before (calendar months, month-end clamping: D7; a review on its due date is
 * on time), and the next review, due 3 months after the start when none was held or 6 months
 * after the last one, not yet overdue at the census date (due on or after it). `reviewDays` are
 * the plan's review conferences in date order, as day numbers. Each review is looked at once
 * over all the census dates asked.
 *
 * @example
 * ```ts
 * const onTime = reviewTimeliness(toDayNumber("2024-01-10"), [toDayNumber("2024-04-10"), toDayNumber("2024-10-11")]);
 * onTime(toDayNumber("2024-09-30")); // true (next due 2024-10-10)
 * onTime(toDayNumber("2025-03-31")); // false (the second review was a day late)
 * ```
 */
export function reviewTimeliness(startDay: number, reviewDays: readonly number[]): (censusDay: number) => boolean {
  let due = addMonthsToDayNumber(startDay, 3);
  let allOnTime = true;
  let next = 0;
  return (censusDay) => {
    for (; next < reviewDays.length && reviewDays[next]! <= censusDay; next++) {
      if (reviewDays[next]! > due) allOnTime = false;
      due = addMonthsToDayNumber(reviewDays[next]!, 6);
    }
    return allOnTime && due >= censusDay;
  };
}
