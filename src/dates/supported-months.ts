import { daysInMonth } from "./civil-days.js";

/**
 * First year of the supported range (D9).
 *
 * @example
 * ```ts
 * FIRST_SUPPORTED_YEAR; // 1990
 * ```
 */
export const FIRST_SUPPORTED_YEAR = 1990;
/**
 * Last year of the supported range (D9).
 *
 * @example
 * ```ts
 * LAST_SUPPORTED_YEAR; // 2099
 * ```
 */
export const LAST_SUPPORTED_YEAR = 2099;

const MONTH_COUNT = (LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1) * 12;

function buildMonthStarts(): Int32Array {
  const starts = new Int32Array(MONTH_COUNT + 1);
  for (let index = 0; index < MONTH_COUNT; index++) {
    starts[index + 1] = starts[index]! + daysInMonth(FIRST_SUPPORTED_YEAR + Math.floor(index / 12), (index % 12) + 1);
  }
  return starts;
}

/**
 * Where each month of the supported range starts, as days since 1990-01-01: entry
 * `(year - 1990) * 12 + (month - 1)` is the first day of that month, and the entry after it the
 * first day of the next, so their difference is the month's length. The last entry is
 * the number of supported days. Lets a parser turn year, month and day into a day number with
 * two array reads instead of calendar arithmetic.
 *
 * @example
 * ```ts
 * MONTH_STARTS[(2024 - 1990) * 12 + 1]; // 12449: 2024-02-01 is 12,449 days after 1990-01-01
 * ```
 */
export const MONTH_STARTS: Readonly<Int32Array> = buildMonthStarts();
