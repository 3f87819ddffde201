import { toDayNumber, tryToDayNumber } from "../../dates/iso-date.js";
import type { IsoDate } from "../../dates/iso-date.js";

/**
 * How dates are written in a CSV input: `iso` accepts only `YYYY-MM-DD`; `dd/mm/yyyy` accepts
 * UK day-first dates `d/m/yyyy` or `dd/mm/yyyy`, and also `YYYY-MM-DD` (unambiguous: a
 * four-digit year comes first).
 *
 * @example
 * ```ts
 * const format: DateFormat = "dd/mm/yyyy";
 * ```
 */
export type DateFormat = "iso" | "dd/mm/yyyy";

/**
 * The result of reading a date cell: the ISO date, or why it was refused.
 *
 * @example
 * ```ts
 * const result: DateReading = { ok: false, reason: "ambiguous date \"03/04/24\": two-digit year" };
 * ```
 */
export type DateReading = { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly reason: string };

function digits(text: string, from: number, to: number): number {
  if (to <= from) return Number.NaN;
  let value = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

function checked(iso: string, original: string): DateReading {
  try {
    toDayNumber(iso);
    return { ok: true, date: iso };
  } catch (error) {
    const detail = (error as Error).message.replace(/^Invalid date "[^"]*": /, "");
    const kind = (error as { reason?: string }).reason === "out-of-range" ? "date out of range" : "impossible date";
    return { ok: false, reason: `${kind} ${JSON.stringify(original)}: ${detail}` };
  }
}

/**
 * Reads a date cell (already trimmed) under a date format, never guessing: impossible dates
 * (31/02/2024), two-digit years, slash dates under `iso`, times, and any other shape are refused
 * with a reason. Valid dates come back as `YYYY-MM-DD` in the supported range.
 *
 * @example
 * ```ts
 * readDateText("4/3/2024", "dd/mm/yyyy"); // { ok: true, date: "2024-03-04" }
 * readDateText("03/04/2024", "iso");      // { ok: false, reason: "ambiguous date ..." }
 * ```
 */
export function readDateText(text: string, format: DateFormat): DateReading {
  // The common cell, a valid YYYY-MM-DD date (read as itself under both formats), at once.
  if (tryToDayNumber(text) !== undefined) return { ok: true, date: text };
  const value = text.length > 40 ? `${text.slice(0, 40)}...` : text;
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    if (Number.isNaN(digits(text, 0, 4) + digits(text, 5, 7) + digits(text, 8, 10))) {
      return { ok: false, reason: `not a date ${JSON.stringify(value)}: expected YYYY-MM-DD` };
    }
    return checked(text, text);
  }
  const firstSlash = text.indexOf("/");
  const secondSlash = firstSlash < 0 ? -1 : text.indexOf("/", firstSlash + 1);
  const slashShaped =
    firstSlash > 0 && secondSlash > firstSlash + 1 && text.indexOf("/", secondSlash + 1) < 0 && text.length <= 10;
  if (slashShaped) {
    const day = digits(text, 0, firstSlash);
    const month = digits(text, firstSlash + 1, secondSlash);
    const yearDigits = text.length - secondSlash - 1;
    const year = digits(text, secondSlash + 1, text.length);
    if (!Number.isNaN(day + month + year) && firstSlash <= 2 && secondSlash - firstSlash <= 3) {
      if (format === "iso") {
        return {
          ok: false,
          reason: `ambiguous date ${JSON.stringify(value)}: expected YYYY-MM-DD; a slash date may be day-first or month-first (pass the date format dd/mm/yyyy for UK dates)`,
        };
      }
      if (yearDigits !== 4) {
        return { ok: false, reason: `ambiguous date ${JSON.stringify(value)}: the year must have four digits` };
      }
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      return checked(iso, text);
    }
  }
  const expected = format === "iso" ? "YYYY-MM-DD" : "dd/mm/yyyy (or YYYY-MM-DD)";
  return { ok: false, reason: `not a date ${JSON.stringify(value)}: expected ${expected}` };
}
