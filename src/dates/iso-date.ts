import { InvalidDateError } from "./date-error.js";
import { civilFromDayNumber, daysInMonth } from "./civil-days.js";
import {
  FIRST_SUPPORTED_DATE,
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DATE,
  SUPPORTED_DAY_COUNT,
} from "./supported-range.js";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, MONTH_STARTS } from "./supported-months.js";

/**
 * A civil date written `YYYY-MM-DD`: no time, no time zone (D1).
 *
 * @example
 * ```ts
 * const icpc: IsoDate = "2024-03-04";
 * ```
 */
export type IsoDate = string;

const DIGIT_0 = 48;
const HYPHEN = 45;

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - DIGIT_0;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` civil date in the supported range, or
 * `undefined` for anything else: the non-throwing twin of {@link toDayNumber}, for validators and
 * hot loops. Reads the ten characters once and looks the month up in a table, so no calendar
 * arithmetic runs.
 *
 * @example
 * ```ts
 * tryToDayNumber("2024-02-29"); // 19782
 * tryToDayNumber("2023-02-29"); // undefined
 * tryToDayNumber(20240229); // undefined
 * ```
 */
export function tryToDayNumber(value: unknown): number | undefined {
  if (typeof value !== "string" || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return undefined;
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  // NaN (a non-digit) fails every comparison below, so it falls through to `undefined`.
  if (!(year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR && month >= 1 && month <= 12 && day >= 1)) {
    return undefined;
  }
  const monthIndex = (year - FIRST_SUPPORTED_YEAR) * 12 + month - 1;
  const monthStart = MONTH_STARTS[monthIndex]!;
  if (day > MONTH_STARTS[monthIndex + 1]! - monthStart) return undefined;
  return FIRST_SUPPORTED_DAY + monthStart + day - 1;
}

/** Throws the {@link InvalidDateError} that says why `date` is not a supported civil date. */
function rejectDate(date: unknown): never {
  if (typeof date !== "string") throw new InvalidDateError(date, "not-a-string", "expected a YYYY-MM-DD string");
  if (date.length !== 10 || date.charCodeAt(4) !== HYPHEN || date.charCodeAt(7) !== HYPHEN) {
    throw new InvalidDateError(date, "format", "expected the form YYYY-MM-DD");
  }
  const year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  const month = digitAt(date, 5) * 10 + digitAt(date, 6);
  const day = digitAt(date, 8) * 10 + digitAt(date, 9);
  if (Number.isNaN(year + month + day)) throw new InvalidDateError(date, "format", "expected the form YYYY-MM-DD");
  if (month < 1 || month > 12) throw new InvalidDateError(date, "impossible", `there is no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(date, "impossible", `${date.slice(0, 7)} has ${daysInMonth(year, month)} days`);
  }
  throw new InvalidDateError(
    date,
    "out-of-range",
    `outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
  );
}

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` civil date in the supported range.
 * Throws {@link InvalidDateError} naming the value for anything else.
 *
 * @example
 * ```ts
 * toDayNumber("2024-02-29"); // 19782
 * toDayNumber("2023-02-29"); // throws InvalidDateError: February 2023 has 28 days
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  return tryToDayNumber(date) ?? rejectDate(date);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function formatCivil(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The texts of the supported dates made so far, by offset (days since 1990-01-01). Each is made
 * on first use and then kept, so a date's text is made once per process. Made all up front,
 * they would slow a fresh process's first evaluation, mostly for dates it never uses.
 */
const isoDateTexts: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(SUPPORTED_DAY_COUNT);

/**
 * The `YYYY-MM-DD` text of the date at `offset` days after 1990-01-01, for code that computes
 * offsets it knows to be in the supported range (0 to 40,176), such as the working-day
 * calendar, and so needs no check. Made on first use, then kept.
 *
 * @example
 * ```ts
 * isoDateAtOffset(0); // "1990-01-01"
 * isoDateAtOffset(12477); // "2024-02-29"
 * ```
 */
export function isoDateAtOffset(offset: number): IsoDate {
  return isoDateTexts[offset] ?? (isoDateTexts[offset] = formatCivil(FIRST_SUPPORTED_DAY + offset) as IsoDate);
}

/**
 * The `YYYY-MM-DD` text of a day number in the supported range. Throws
 * {@link InvalidDateError} when the day falls outside it (e.g. a deadline computed past 2099).
 *
 * @example
 * ```ts
 * fromDayNumber(19782); // "2024-02-29"
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const index = dayNumber - FIRST_SUPPORTED_DAY;
  if (!(index >= 0 && index < SUPPORTED_DAY_COUNT && Number.isInteger(index))) {
    throw new InvalidDateError(
      Number.isSafeInteger(dayNumber) ? formatCivil(dayNumber) : dayNumber,
      "out-of-range",
      `outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
    );
  }
  return isoDateAtOffset(index);
}

/**
 * Whether a value is a valid `YYYY-MM-DD` civil date in the supported range.
 *
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false
 * isIsoDate("29/02/2024"); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return tryToDayNumber(value) !== undefined;
}
