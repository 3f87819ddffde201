import { dayNumberFromCivil } from "./civil-days.js";

/**
 * First supported civil date (D9).
 *
 * @example
 * ```ts
 * FIRST_SUPPORTED_DATE; // "1990-01-01"
 * ```
 */
export const FIRST_SUPPORTED_DATE = "1990-01-01";
/**
 * Last supported civil date (D9).
 *
 * @example
 * ```ts
 * LAST_SUPPORTED_DATE; // "2099-12-31"
 * ```
 */
export const LAST_SUPPORTED_DATE = "2099-12-31";
/**
 * Day number (days since 1970-01-01) of {@link FIRST_SUPPORTED_DATE}.
 *
 * @example
 * ```ts
 * FIRST_SUPPORTED_DAY; // 7305
 * ```
 */
export const FIRST_SUPPORTED_DAY = dayNumberFromCivil(1990, 1, 1);
/**
 * Day number (days since 1970-01-01) of {@link LAST_SUPPORTED_DATE}.
 *
 * @example
 * ```ts
 * LAST_SUPPORTED_DAY; // 47481
 * ```
 */
export const LAST_SUPPORTED_DAY = dayNumberFromCivil(2099, 12, 31);
/**
 * Number of days in the supported range.
 *
 * @example
 * ```ts
 * SUPPORTED_DAY_COUNT; // 40177
 * ```
 */
export const SUPPORTED_DAY_COUNT = LAST_SUPPORTED_DAY - FIRST_SUPPORTED_DAY + 1;
