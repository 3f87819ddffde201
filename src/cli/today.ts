import type { IsoDate } from "../dates/iso-date.js";

/**
 * Today's civil date in Europe/London (`YYYY-MM-DD`), from the clock: the CLI's default `--as-of`.
 * The library never reads the clock; only the CLI calls this.
 *
 * @example
 * ```ts
 * todayInLondon(); // e.g. "2025-03-31"
 * ```
 */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}
