import type { WorkingCalendar } from "../calendar/working-calendar.js";
import { addMonthsToDayNumber } from "../dates/month-arithmetic.js";
import type { Duration, Rule } from "../policy/profile-schema.js";

/**
 * Moves a day number by a rule duration, forwards (`direction` 1) or back (-1): working days on
 * the calendar (D2, with the rule's counting), calendar days, weeks of 7 days (D6) or clamped
 * calendar months (D7).
 *
 * @example
 * ```ts
 * shiftByDuration(calendar, toDayNumber("2024-03-04"), { n: 10, unit: "working-days" }, 1); // 18 Mar 2024
 * ```
 */
export function shiftByDuration(
  calendar: WorkingCalendar,
  day: number,
  duration: Duration,
  direction: 1 | -1,
  counting: "exclusive" | "inclusive" = "exclusive",
): number {
  const n = duration.n * direction;
  switch (duration.unit) {
    case "working-days":
      return calendar.addWorkingDaysToDayNumber(day, n, counting);
    case "days":
      return day + n;
    case "weeks":
      return day + 7 * n;
    case "months":
      return addMonthsToDayNumber(day, n);
  }
}

/**
 * The due day of a rule: the anchor day shifted by the duration with the rule's counting (D2),
 * then rolled back to a working day when the rule says `dueDateRoll: "previous-working-day"` (D8).
 *
 * @example
 * ```ts
 * dueDayOf(rule, calendar, toDayNumber("2024-05-31"), { n: 3, unit: "months" }, 1); // Sat 31 Aug 2024, or Fri 30 Aug with the roll
 * ```
 */
export function dueDayOf(rule: Rule, calendar: WorkingCalendar, day: number, duration: Duration, direction: 1 | -1): number {
  const due = shiftByDuration(calendar, day, duration, direction, rule.counting);
  if (rule.dueDateRoll !== "previous-working-day" || calendar.isWorkingDayNumber(due)) return due;
  return calendar.addWorkingDaysToDayNumber(due, -1);
}
