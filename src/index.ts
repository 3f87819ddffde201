// The public barrel: consumers import nothing else.
export { InvalidDateError, type InvalidDateReason } from "./dates/date-error.js";
export { isIsoDate, toDayNumber, fromDayNumber, type IsoDate } from "./dates/iso-date.js";
export { addDays, addWeeks, addMonths, daysBetween, weekdayName } from "./dates/civil-arithmetic.js";
export { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from "./dates/supported-range.js";
export { REGIONS, isRegion, type Region } from "./calendar/region.js";
export {
  createWorkingCalendar,
  type Counting,
  type CountingOptions,
  type WorkingCalendar,
  type WorkingCalendarOptions,
} from "./calendar/working-calendar.js";
