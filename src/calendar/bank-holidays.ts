import { dayNumberFromCivil } from "../dates/civil-days.js";
import { HOLIDAY_TABLE } from "./holiday-table.generated.js";
import type { Region } from "./region.js";

const FIRST_TABLE_YEAR = 1990;
const decodedByRegion = new Map<Region, readonly number[]>();

function decode(region: Region): readonly number[] {
  const days: number[] = [];
  HOLIDAY_TABLE[region].forEach((yearText, offset) => {
    if (yearText === "") return;
    for (const monthDay of yearText.split(" ")) {
      days.push(dayNumberFromCivil(FIRST_TABLE_YEAR + offset, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3))));
    }
  });
  return Object.freeze(days);
}

/**
 * The weekday bank holidays of a region, 1990-2099, as sorted day numbers (days since
 * 1970-01-01). Decoded from the generated table once per region, then shared.
 *
 * @example
 * ```ts
 * bankHolidayDayNumbers("england-and-wales").length; // about 900
 * ```
 */
export function bankHolidayDayNumbers(region: Region): readonly number[] {
  let days = decodedByRegion.get(region);
  if (days === undefined) {
    days = decode(region);
    decodedByRegion.set(region, days);
  }
  return days;
}
