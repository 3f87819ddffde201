import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createWorkingCalendar, REGIONS } from "../../src/index.js";
import { isoDateArbitrary } from "../support/arbitraries.js";
import {
  referenceAddWorkingDays,
  referenceHolidays,
  referenceIsWorkingDay,
  referenceWorkingDaysBetween,
} from "../support/reference-calendar.js";

const calendars = REGIONS.map((region) => createWorkingCalendar({ region }));
const calendarArbitrary = fc.constantFrom(...calendars);
const dateArbitrary = isoDateArbitrary("1992-01-01", "2097-12-31");
const offsetArbitrary = fc.integer({ min: -300, max: 300 });
const countingArbitrary = fc.constantFrom("exclusive" as const, "inclusive" as const);

describe("working-day laws", () => {
  test.prop([calendarArbitrary, dateArbitrary, offsetArbitrary])(
    "workingDaysBetween(a, addWorkingDays(a, n)) === n",
    (calendar, date, n) => {
      expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
    },
  );

  test.prop([calendarArbitrary, dateArbitrary, fc.integer({ min: 1, max: 300 })])(
    "inclusive counting keeps the inverse law for n >= 1",
    (calendar, date, n) => {
      const options = { counting: "inclusive" } as const;
      expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n, options), options)).toBe(n);
    },
  );

  test.prop([calendarArbitrary, dateArbitrary, offsetArbitrary.filter((n) => n !== 0), countingArbitrary])(
    "addWorkingDays(d, n) for n != 0 is a working day",
    (calendar, date, n, counting) => {
      expect(calendar.isWorkingDay(calendar.addWorkingDays(date, n, { counting }))).toBe(true);
    },
  );

  test.prop([calendarArbitrary, dateArbitrary, offsetArbitrary, offsetArbitrary])(
    "addWorkingDays is monotonic in n",
    (calendar, date, n, m) => {
      const [low, high] = n <= m ? [n, m] : [m, n];
      expect(calendar.addWorkingDays(date, low) <= calendar.addWorkingDays(date, high)).toBe(true);
    },
  );

  test.prop([calendarArbitrary, dateArbitrary, dateArbitrary, offsetArbitrary.filter((n) => n > 0)])(
    "addWorkingDays is monotonic in the start date",
    (calendar, a, b, n) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      expect(calendar.addWorkingDays(early, n) <= calendar.addWorkingDays(late, n)).toBe(true);
    },
  );

  test.prop([calendarArbitrary, dateArbitrary, dateArbitrary, dateArbitrary])(
    "workingDaysBetween is additive over ordered dates (D5 is not antisymmetric: (a, b] vs [b, a))",
    (calendar, x, y, z) => {
      const [a, b, c] = [x, y, z].sort();
      expect(calendar.workingDaysBetween(a!, c!)).toBe(
        calendar.workingDaysBetween(a!, b!) + calendar.workingDaysBetween(b!, c!),
      );
      expect(calendar.workingDaysBetween(c!, a!)).toBe(
        calendar.workingDaysBetween(c!, b!) + calendar.workingDaysBetween(b!, a!),
      );
    },
  );

  test.prop([calendarArbitrary, dateArbitrary])("next and previous working day are inverse on working days", (calendar, date) => {
    const next = calendar.nextWorkingDay(date);
    expect(calendar.isWorkingDay(next)).toBe(true);
    expect(calendar.previousWorkingDay(next) <= date).toBe(true);
    expect(calendar.workingDaysBetween(date, next)).toBe(1);
    if (calendar.isWorkingDay(date)) expect(calendar.previousWorkingDay(next)).toBe(date);
  });

  test.prop([calendarArbitrary, dateArbitrary, offsetArbitrary])(
    "addWorkingDays(d, 0) === d and negative n counts back the same way",
    (calendar, date, n) => {
      expect(calendar.addWorkingDays(date, 0)).toBe(date);
      const forward = calendar.addWorkingDays(date, Math.abs(n) + 1);
      expect(calendar.addWorkingDays(forward, -(Math.abs(n) + 1)) <= date).toBe(true);
    },
  );
});

describe("agreement with a day-by-day reference built straight from date-holidays", () => {
  for (const region of REGIONS) {
    const holidays = referenceHolidays(region);
    const calendar = createWorkingCalendar({ region });
    test.prop([isoDateArbitrary("1990-06-01", "2099-06-30"), fc.integer({ min: -60, max: 60 })], { numRuns: 300 })(
      `${region}: addWorkingDays, workingDaysBetween and isWorkingDay`,
      (date, n) => {
        const expected = referenceAddWorkingDays(date, n, holidays);
        expect(calendar.addWorkingDays(date, n)).toBe(expected);
        expect(calendar.workingDaysBetween(date, expected)).toBe(referenceWorkingDaysBetween(date, expected, holidays));
        expect(calendar.isWorkingDay(date)).toBe(referenceIsWorkingDay(date, holidays));
      },
    );
  }
});
