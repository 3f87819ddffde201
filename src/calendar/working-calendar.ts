import { InvalidDateError } from "../dates/date-error.js";
import { fromDayNumber, isoDateAtOffset, toDayNumber, type IsoDate } from "../dates/iso-date.js";
import {
  FIRST_SUPPORTED_DATE,
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DATE,
  SUPPORTED_DAY_COUNT,
} from "../dates/supported-range.js";
import { bankHolidayDayNumbers } from "./bank-holidays.js";
import { REGIONS, isRegion, type Region } from "./region.js";
import { buildWorkingDayIndex } from "./working-day-index.js";

/**
 * How "within N working days of X" counts (D2). `exclusive` (the default): X is
 * day 0 and the due date is the N-th working day after X, as Excel's `WORKDAY`. `inclusive`:
 * X counts as day 1 when X is a working day, as the DfE CIN-census validator counts.
 *
 * @example
 * ```ts
 * const counting: Counting = "inclusive";
 * ```
 */
export type Counting = "exclusive" | "inclusive";

/**
 * Options of {@link createWorkingCalendar}.
 *
 * @example
 * ```ts
 * const options: WorkingCalendarOptions = { region: "england-and-wales", closureDays: ["2024-12-27"] };
 * ```
 */
export interface WorkingCalendarOptions {
  /** Whose bank holidays apply. Default `england-and-wales`. */
  readonly region?: Region;
  /** A council's own extra non-working dates (`YYYY-MM-DD`), e.g. a Christmas closure. */
  readonly closureDays?: readonly IsoDate[];
}

/**
 * Options of the counting methods of a {@link WorkingCalendar}.
 *
 * @example
 * ```ts
 * calendar.addWorkingDays("2024-03-04", 10, { counting: "inclusive" }); // "2024-03-15"
 * ```
 */
export interface CountingOptions {
  readonly counting?: Counting;
}

/**
 * An immutable working-day calendar over 1990-01-01..2099-12-31. Every method takes and returns
 * `YYYY-MM-DD` civil dates (semantics: D2-D5) and answers in O(1). The `...DayNumber`
 * methods are the same operations on day numbers (days since 1970-01-01) for hot loops.
 *
 * @example
 * ```ts
 * const calendar = createWorkingCalendar();
 * calendar.addWorkingDays("2022-12-15", 10); // "2023-01-03"
 * ```
 */
export interface WorkingCalendar {
  readonly region: Region;
  readonly closureDays: readonly IsoDate[];
  /** Not a weekend, a bank holiday of the region, or a closure day. */
  isWorkingDay(date: IsoDate): boolean;
  /** The n-th working day after `date` (n > 0), before it (n < 0), or `date` itself (n = 0). */
  addWorkingDays(date: IsoDate, n: number, options?: CountingOptions): IsoDate;
  /** Working days in (a, b] for b >= a; minus those in [b, a) for b < a (inclusive: [a, b]). */
  workingDaysBetween(a: IsoDate, b: IsoDate, options?: CountingOptions): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: IsoDate): IsoDate;
  /** `date` if it is a working day, else the last working day before it (D8). */
  workingDayOnOrBefore(date: IsoDate): IsoDate;
  /** `date` if it is a working day, else the first working day after it. */
  workingDayOnOrAfter(date: IsoDate): IsoDate;
  isWorkingDayNumber(dayNumber: number): boolean;
  addWorkingDaysToDayNumber(dayNumber: number, n: number, counting?: Counting): number;
  workingDaysBetweenDayNumbers(a: number, b: number, counting?: Counting): number;
}

function checkWholeNumber(n: number): void {
  if (!Number.isSafeInteger(n)) throw new TypeError(`Working-day count must be a whole number, got ${String(n)}`);
}

function checkDayNumber(dayNumber: number): number {
  const offset = dayNumber - FIRST_SUPPORTED_DAY;
  if (!(offset >= 0 && offset < SUPPORTED_DAY_COUNT && Number.isInteger(offset))) {
    throw new InvalidDateError(
      dayNumber,
      "out-of-range",
      `day number is not a whole day in ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
    );
  }
  return offset;
}

function resultOutOfRange(start: number, n: number): InvalidDateError {
  return new InvalidDateError(
    fromDayNumber(start),
    "out-of-range",
    `adding ${n} working days goes outside the supported range ${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}`,
  );
}

/**
 * Creates a working-day calendar, which never changes once made. Bank holidays come from a table
 * generated at build time from date-holidays plus documented corrections (docs/holidays.md), so
 * creating a calendar never consults date-holidays. Throws on an unknown region or an invalid
 * closure day.
 *
 * @example
 * ```ts
 * const calendar = createWorkingCalendar({ closureDays: ["2024-12-27", "2024-12-30", "2024-12-31"] });
 * calendar.addWorkingDays("2024-12-20", 5); // "2025-01-06"
 * calendar.workingDaysBetween("2024-12-20", "2025-01-06"); // 5
 * ```
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const region = options.region ?? "england-and-wales";
  if (!isRegion(region)) {
    throw new TypeError(`Unknown region ${JSON.stringify(region)}: expected one of ${REGIONS.join(", ")}`);
  }
  const closureDays = Object.freeze([...(options.closureDays ?? [])]);
  const closureDayNumbers = closureDays.map(toDayNumber);
  const { isWorking, workingBefore, workingOffsets } = buildWorkingDayIndex([
    ...bankHolidayDayNumbers(region),
    ...closureDayNumbers,
  ]);

  // Internals work on offsets (days since 1990-01-01) already known to be in range, so each public
  // method checks its input once: the string methods by parsing, the day-number ones by checkDayNumber.
  const addAtOffset = (offset: number, n: number, counting: Counting | undefined): number => {
    checkWholeNumber(n);
    let steps = n;
    if (counting === "inclusive" && isWorking[offset] === 1 && n !== 0) steps = n > 0 ? n - 1 : n + 1;
    if (steps === 0) return offset;
    const position = steps > 0 ? workingBefore[offset + 1]! + steps - 1 : workingBefore[offset]! + steps;
    if (position < 0 || position >= workingOffsets.length) throw resultOutOfRange(FIRST_SUPPORTED_DAY + offset, n);
    return workingOffsets[position]!;
  };

  const betweenOffsets = (offsetA: number, offsetB: number, counting: Counting | undefined): number => {
    if (counting === "inclusive") {
      return offsetB >= offsetA
        ? workingBefore[offsetB + 1]! - workingBefore[offsetA]!
        : workingBefore[offsetB]! - workingBefore[offsetA + 1]!;
    }
    return offsetB >= offsetA
      ? workingBefore[offsetB + 1]! - workingBefore[offsetA + 1]!
      : workingBefore[offsetB]! - workingBefore[offsetA]!;
  };

  const offsetOf = (date: IsoDate): number => toDayNumber(date) - FIRST_SUPPORTED_DAY;
  // Offsets from addAtOffset are offsets of working days, always in range: no check needed.
  const dateAt = isoDateAtOffset;

  const onWorkingDay = (date: IsoDate, direction: 1 | -1): IsoDate => {
    const offset = offsetOf(date);
    return isWorking[offset] === 1 ? date : dateAt(addAtOffset(offset, direction, undefined));
  };

  return Object.freeze({
    region,
    closureDays,
    isWorkingDay: (date: IsoDate) => isWorking[offsetOf(date)] === 1,
    addWorkingDays: (date: IsoDate, n: number, countingOptions?: CountingOptions) =>
      dateAt(addAtOffset(offsetOf(date), n, countingOptions?.counting)),
    workingDaysBetween: (a: IsoDate, b: IsoDate, countingOptions?: CountingOptions) =>
      betweenOffsets(offsetOf(a), offsetOf(b), countingOptions?.counting),
    nextWorkingDay: (date: IsoDate) => dateAt(addAtOffset(offsetOf(date), 1, undefined)),
    previousWorkingDay: (date: IsoDate) => dateAt(addAtOffset(offsetOf(date), -1, undefined)),
    workingDayOnOrBefore: (date: IsoDate) => onWorkingDay(date, -1),
    workingDayOnOrAfter: (date: IsoDate) => onWorkingDay(date, 1),
    isWorkingDayNumber: (dayNumber: number) => isWorking[checkDayNumber(dayNumber)] === 1,
    addWorkingDaysToDayNumber: (dayNumber: number, n: number, counting?: Counting) =>
      FIRST_SUPPORTED_DAY + addAtOffset(checkDayNumber(dayNumber), n, counting),
    workingDaysBetweenDayNumbers: (a: number, b: number, counting?: Counting) =>
      betweenOffsets(checkDayNumber(a), checkDayNumber(b), counting),
  });
}
