import { InvalidDateError } from "./date-error.js";
import { civilFromDayNumber, dayNumberFromCivil, daysInMonth } from "./civil-days.js";
import {
  FIRST_SUPPORTED_DATE,
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DATE,
  LAST_SUPPORTED_DAY,
  SUPPORTED_DAY_COUNT,
} from "./supported-range.js";

/**
 * A civil date written `YYYY-MM-DD`: no time, no time zone (DECISIONS.md D1).
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
  const dayNumber = dayNumberFromCivil(year, month, day);
  if (dayNumber < FIRST_SUPPORTED_DAY || dayNumber > LAST_SUPPORTED_DAY) {
    throw new InvalidDateError(
      date,
      "out-of-range",
      `outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
    );
  }
  return dayNumber;
}

let isoDateTable: readonly string[] | undefined;

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function formatCivil(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function buildIsoDateTable(): readonly string[] {
  const table = new Array<string>(SUPPORTED_DAY_COUNT);
  for (let index = 0; index < SUPPORTED_DAY_COUNT; index++) table[index] = formatCivil(FIRST_SUPPORTED_DAY + index);
  return Object.freeze(table);
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
  isoDateTable ??= buildIsoDateTable();
  return isoDateTable[index] as IsoDate;
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
  try {
    toDayNumber(value as string);
    return true;
  } catch {
    return false;
  }
}
