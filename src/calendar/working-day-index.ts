import { isoWeekdayIndex } from "../dates/civil-days.js";
import { FIRST_SUPPORTED_DAY, SUPPORTED_DAY_COUNT } from "../dates/supported-range.js";

/**
 * A precomputed index over the supported range that answers working-day questions in O(1).
 * Offsets are days since 1990-01-01.
 */
export interface WorkingDayIndex {
  /** 1 where the day at that offset is a working day. */
  readonly isWorking: Uint8Array;
  /** `workingBefore[i]`: working days at offsets strictly below i (length: day count + 1). */
  readonly workingBefore: Int32Array;
  /** Offsets of the working days, ascending. */
  readonly workingOffsets: Int32Array;
}

/**
 * Builds the index: weekdays that are not in `nonWorkingDayNumbers` are working days.
 *
 * @example
 * ```ts
 * const index = buildWorkingDayIndex([toDayNumber("2024-12-25")]);
 * index.workingOffsets.length; // working days in 1990-2099, less Christmas 2024
 * ```
 */
export function buildWorkingDayIndex(nonWorkingDayNumbers: Iterable<number>): WorkingDayIndex {
  const isWorking = new Uint8Array(SUPPORTED_DAY_COUNT);
  // The weekday steps along with the offset (no call per day: this runs once per calendar, in a
  // fresh process mostly before V8 has compiled it, where each call costs).
  for (let offset = 0, weekday = isoWeekdayIndex(FIRST_SUPPORTED_DAY); offset < SUPPORTED_DAY_COUNT; offset++) {
    if (weekday < 5) isWorking[offset] = 1;
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  for (const dayNumber of nonWorkingDayNumbers) {
    const offset = dayNumber - FIRST_SUPPORTED_DAY;
    if (offset >= 0 && offset < SUPPORTED_DAY_COUNT) isWorking[offset] = 0;
  }
  const workingBefore = new Int32Array(SUPPORTED_DAY_COUNT + 1);
  for (let offset = 0; offset < SUPPORTED_DAY_COUNT; offset++) {
    workingBefore[offset + 1] = workingBefore[offset]! + isWorking[offset]!;
  }
  const workingOffsets = new Int32Array(workingBefore[SUPPORTED_DAY_COUNT]!);
  for (let offset = 0, next = 0; offset < SUPPORTED_DAY_COUNT; offset++) {
    if (isWorking[offset] === 1) workingOffsets[next++] = offset;
  }
  return { isWorking, workingBefore, workingOffsets };
}
