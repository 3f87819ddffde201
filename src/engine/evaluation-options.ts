import { InvalidDateError } from "../dates/date-error.js";
import { toDayNumber } from "../dates/iso-date.js";

/**
 * The day number of an `asOf` option, or a `TypeError` naming the option. A bad audit date is a
 * mistake in the calling code, not in the case data, so it is thrown once, not reported as an
 * issue on every record.
 *
 * @throws {TypeError} when `asOf` is not a `YYYY-MM-DD` date within 1990-01-01..2099-12-31.
 * @example
 * ```ts
 * asOfDayOption("2025-03-31"); // the day number of 31 March 2025
 * asOfDayOption("31/03/2025"); // throws TypeError: Invalid option asOf: ...
 * ```
 */
export function asOfDayOption(asOf: unknown): number {
  if (typeof asOf !== "string") throw new TypeError(`Invalid option asOf: expected a YYYY-MM-DD date, received ${asOf === null ? "null" : typeof asOf}`);
  try {
    return toDayNumber(asOf);
  } catch (error) {
    if (error instanceof InvalidDateError) throw new TypeError(`Invalid option asOf: ${error.message}`);
    throw error;
  }
}

/**
 * Checks the optional `checklist` option: absent or a boolean.
 *
 * @throws {TypeError} when `checklist` is given and is not a boolean.
 * @example
 * ```ts
 * checklistOption(undefined); // true
 * checklistOption("no"); // throws TypeError: Invalid option checklist: ...
 * ```
 */
export function checklistOption(checklist: unknown): boolean {
  if (checklist === undefined) return true;
  if (typeof checklist !== "boolean") throw new TypeError(`Invalid option checklist: expected true or false, received ${checklist === null ? "null" : typeof checklist}`);
  return checklist;
}
