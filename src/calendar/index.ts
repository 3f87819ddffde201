// The `core-group-rules/calendar` entry: civil dates and the working-day calendar only. It loads
// no zod and no profiles, so a process that only needs working-day arithmetic starts fast
// (docs/performance.md). Everything here is also exported by the main entry, from the same
// shared module, so `instanceof InvalidDateError` holds across both.
export { InvalidDateError, type InvalidDateReason } from "../dates/date-error.js";
export { isIsoDate, toDayNumber, tryToDayNumber, fromDayNumber, type IsoDate } from "../dates/iso-date.js";
export { addDays, addWeeks, addMonths, daysBetween, weekdayName } from "../dates/civil-arithmetic.js";
export { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "../dates/supported-range.js";
export { REGIONS, isRegion, type Region } from "./region.js";
export {
  createWorkingCalendar,
  type Counting,
  type CountingOptions,
  type WorkingCalendar,
  type WorkingCalendarOptions,
} from "./working-calendar.js";
