import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addWeeks,
  daysBetween,
  fromDayNumber,
  InvalidDateError,
  isIsoDate,
  toDayNumber,
  weekdayName,
} from "../../src/index.js";
import { isoDateArbitrary } from "../support/arbitraries.js";

describe("civil dates", () => {
  it.each([
    ["2023-02-29", "impossible", /2023-02 has 28 days/],
    ["2024-13-01", "impossible", /no month 13/],
    ["2024-00-10", "impossible", /no month 0/],
    ["1989-12-31", "out-of-range", /outside the supported range 1990-01-01 to 2099-12-31/],
    ["2100-01-01", "out-of-range", /outside the supported range/],
    ["0000-01-01", "out-of-range", /outside the supported range/],
    ["29/02/2024", "format", /YYYY-MM-DD/],
    ["2024-2-29", "format", /YYYY-MM-DD/],
    ["2024-02-29T00:00", "format", /YYYY-MM-DD/],
    ["２０２４-02-29", "format", /YYYY-MM-DD/],
  ])("refuses %s (%s) with a message naming the value", (value, reason, message) => {
    expect(() => toDayNumber(value)).toThrow(InvalidDateError);
    try {
      toDayNumber(value);
    } catch (error) {
      expect((error as InvalidDateError).reason).toBe(reason);
      expect((error as Error).message).toContain(JSON.stringify(value));
      expect((error as Error).message).toMatch(message);
    }
    expect(isIsoDate(value)).toBe(false);
  });

  it("refuses non-strings without throwing anything but InvalidDateError", () => {
    for (const value of [undefined, null, 20240229, {}, []]) {
      expect(() => toDayNumber(value as unknown as string)).toThrow(InvalidDateError);
    }
  });

  it("names the range when a computed date leaves it", () => {
    expect(() => addDays("2099-12-31", 1)).toThrow('Invalid date "2100-01-01": outside the supported range');
    expect(() => addMonths("1990-01-31", -1)).toThrow(InvalidDateError);
  });

  test.prop([isoDateArbitrary()])("day numbers agree with UTC Date and round-trip", (date) => {
    expect(toDayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    expect(fromDayNumber(toDayNumber(date))).toBe(date);
    expect(isIsoDate(date)).toBe(true);
  });

  test.prop([isoDateArbitrary("1994-01-01", "2095-12-31"), fc.integer({ min: -200, max: 200 })])(
    "addDays and daysBetween are inverse; addWeeks is 7 days",
    (date, n) => {
      expect(daysBetween(date, addDays(date, n))).toBe(n);
      expect(addWeeks(date, n)).toBe(addDays(date, 7 * n));
    },
  );

  test.prop([isoDateArbitrary("1991-01-01", "2098-12-31"), fc.integer({ min: -12, max: 12 })])(
    "addMonths clamps to the month's end (D7): agrees with a UTC Date reference",
    (date, months) => {
      // A reference in UTC: local-time libraries (date-fns addMonths) skip days in zones that
      // changed their offset, e.g. Pacific/Kiritimati has no 1994-12-31.
      const [y, m, d] = date.split("-").map(Number) as [number, number, number];
      const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
      const expected = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
      expect(addMonths(date, months)).toBe(expected);
    },
  );

  test.prop([isoDateArbitrary("1991-01-01", "2096-12-31"), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 })])(
    "addMonths is monotonic in months",
    (date, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(addMonths(date, low) <= addMonths(date, high)).toBe(true);
    },
  );

  it("weekday names", () => {
    expect(weekdayName("2024-08-31")).toBe("Saturday");
    expect(weekdayName("1990-01-01")).toBe("Monday");
  });
});
