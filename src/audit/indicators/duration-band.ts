import { addMonthsToDayNumber } from "../../dates/month-arithmetic.js";

/**
 * DfE's bands for how long a child protection plan lasted (tables D5, D7): 3 months or less;
 * more than 3 months and up to 6 months; more than 6 months and less than 1 year; 1 year and
 * less than 2 years; 2 years and over.
 *
 * @example
 * ```ts
 * PLAN_DURATION_BANDS[4]; // "2-years-or-more"
 * ```
 */
export const PLAN_DURATION_BANDS = [
  "3-months-or-less",
  "over-3-to-6-months",
  "over-6-months-to-under-1-year",
  "1-to-under-2-years",
  "2-years-or-more",
] as const;

/**
 * One of {@link PLAN_DURATION_BANDS}.
 *
 * @example
 * ```ts
 * const band: PlanDurationBand = "1-to-under-2-years";
 * ```
 */
export type PlanDurationBand = (typeof PLAN_DURATION_BANDS)[number];

/**
 * The duration band of a plan from `startDay` to `endDay` (day numbers), by calendar months
 * with month-end clamping (D7), the library's default where DfE does not publish its
 * arithmetic: "3 months or less" when the end is on or before start + 3 months, "2 years and
 * over" when it is on or after start + 24 months. `monthsAfter(n)` is the start plus n months
 * (pass a cached one when asking for several end days of one plan).
 *
 * @example
 * ```ts
 * planDurationBand(toDayNumber("2023-01-15"), toDayNumber("2025-01-15")); // "2-years-or-more"
 * planDurationBand(toDayNumber("2023-01-15"), toDayNumber("2025-01-14")); // "1-to-under-2-years"
 * ```
 */
export function planDurationBand(
  startDay: number,
  endDay: number,
  monthsAfter: (months: number) => number = (months) => addMonthsToDayNumber(startDay, months),
): PlanDurationBand {
  if (endDay <= monthsAfter(3)) return "3-months-or-less";
  if (endDay <= monthsAfter(6)) return "over-3-to-6-months";
  if (endDay < monthsAfter(12)) return "over-6-months-to-under-1-year";
  if (endDay < monthsAfter(24)) return "1-to-under-2-years";
  return "2-years-or-more";
}
