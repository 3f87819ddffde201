// A plain, slow, independent reference: date-holidays queried directly plus the corrections,
// walked one day at a time with UTC Date objects. The fast index must agree with it.
import { readFileSync } from "node:fs";
import Holidays from "date-holidays";

interface Correction {
  region: string;
  date: string;
  action: "add" | "remove";
}

const sources: Record<string, [string, string]> = {
  "england-and-wales": ["GB", "ENG"],
  scotland: ["GB", "SCT"],
  "northern-ireland": ["GB", "NIR"],
};

export function referenceHolidays(region: string, fromYear = 1990, toYear = 2099): Set<string> {
  const [country, state] = sources[region]!;
  const source = new Holidays(country, state);
  const dates = new Set<string>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of source.getHolidays(year)) {
      if (holiday.type === "public" || holiday.type === "bank") dates.add(holiday.date.slice(0, 10));
    }
  }
  const corrections = JSON.parse(
    readFileSync(new URL("../../src/calendar/holiday-corrections.json", import.meta.url), "utf8"),
  ).corrections as Correction[];
  for (const correction of corrections) {
    if (correction.region !== region) continue;
    if (correction.action === "add") dates.add(correction.date);
    else dates.delete(correction.date);
  }
  return dates;
}

export function referenceIsWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

function shift(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** Day-by-day WORKDAY: the n-th working day after (n > 0) or before (n < 0) the start. */
export function referenceAddWorkingDays(date: string, n: number, holidays: ReadonlySet<string>): string {
  let current = date;
  let remaining = Math.abs(n);
  const step = n >= 0 ? 1 : -1;
  while (remaining > 0) {
    current = shift(current, step);
    if (referenceIsWorkingDay(current, holidays)) remaining--;
  }
  return current;
}

/** Day-by-day count of working days in (a, b], or minus those in [b, a). */
export function referenceWorkingDaysBetween(a: string, b: string, holidays: ReadonlySet<string>): number {
  let count = 0;
  if (b >= a) {
    for (let d = shift(a, 1); d <= b; d = shift(d, 1)) if (referenceIsWorkingDay(d, holidays)) count++;
    return count;
  }
  for (let d = b; d < a; d = shift(d, 1)) if (referenceIsWorkingDay(d, holidays)) count--;
  return count;
}

export { shift as referenceShiftDays };
