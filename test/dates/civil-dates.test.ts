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
  tryToDayNumber,
  weekdayName,
} from "../../src/index.js";
import { isoDateArbitrary } from "../support/arbitraries.js";

describe("civil dates", () => {
  it.each([
    ["2023-02-29", "impossible", /2023-02 has 28 days/],
    ["2024-13-01", "impossible", /no month 13/],
    ["2024-00-10", "impossible", /no month 0/],
    ["2024-01-00", "impossible", /2024-01 has 31 days/],
    ["2024-04-31", "impossible", /2024-04 has 30 days/],
    ["2100-02-29", "impossible", /2100-02 has 28 days/],
    ["2024-01-1:", "format", /YYYY-MM-DD/],
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

  it("reads every day of the supported range, and only those", () => {
    // Every day from 1989-12-31 to 2100-01-01 through the UTC Date reference: the table-driven
    // parser must agree on each one, including both ends and every 29 February.
    const first = Date.UTC(1989, 11, 31) / 86_400_000;
    const last = Date.UTC(2100, 0, 1) / 86_400_000;
    const disagreements: string[] = [];
    for (let dayNumber = first; dayNumber <= last; dayNumber++) {
      const text = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
      const expected = dayNumber > first && dayNumber < last ? dayNumber : undefined;
      if (tryToDayNumber(text) !== expected) disagreements.push(`${text}: ${tryToDayNumber(text)} != ${expected}`);
    }
    expect(disagreements).toEqual([]);
    expect(last - first + 1).toBe(40_179);
  });

  it("writes every day of the supported range as the UTC Date reference does, whichever comes first", () => {
    // Date texts are made on first use and kept: ask from the last day back, then from the first on.
    const first = Date.UTC(1990, 0, 1) / 86_400_000;
    const last = Date.UTC(2099, 11, 31) / 86_400_000;
    const disagreements: string[] = [];
    for (const step of [-1, 1]) {
      for (let k = 0; k <= last - first; k++) {
        const dayNumber = step < 0 ? last - k : first + k;
        const expected = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        if (fromDayNumber(dayNumber) !== expected) disagreements.push(`${dayNumber}: ${fromDayNumber(dayNumber)} != ${expected}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(() => fromDayNumber(first - 1)).toThrow('Invalid date "1989-12-31": outside the supported range');
    expect(() => fromDayNumber(last + 1)).toThrow('Invalid date "2100-01-01": outside the supported range');
  });

  // Strings of the right shape with any characters: digits, hyphens, and neighbours of both in
  // code-point order (the boundaries of a digit test), plus anything else.
  const nearDateText = fc
    .array(fc.oneof(fc.constantFrom(..."0123456789-/:.,"), fc.string({ minLength: 1, maxLength: 1, unit: "binary" })), {
      minLength: 9,
      maxLength: 11,
    })
    .map((characters) => characters.join(""));

  /** Reference reading by regular expression and UTC `Date`: independent of the parser under test. */
  function referenceDayNumber(value: unknown): number | undefined {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
    const time = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) return undefined;
    return value >= "1990-01-01" && value <= "2099-12-31" ? time / 86_400_000 : undefined;
  }

  // A valid date with one character replaced by a digit, a separator, or a neighbour of either.
  const mutatedDate = fc
    .tuple(isoDateArbitrary(), fc.nat(9), fc.constantFrom(..."/0123456789:-,. a\u0660"))
    .map(([date, index, character]) => `${date.slice(0, index)}${character}${date.slice(index + 1)}`);

  test.prop([fc.oneof(nearDateText, mutatedDate, isoDateArbitrary(), fc.anything())], { numRuns: 500 })(
    "tryToDayNumber, isIsoDate and toDayNumber agree with a regular-expression and Date reference",
    (value) => {
      const expected = referenceDayNumber(value);
      expect(tryToDayNumber(value)).toBe(expected);
      expect(isIsoDate(value)).toBe(expected !== undefined);
      if (expected === undefined) expect(() => toDayNumber(value as string)).toThrow(InvalidDateError);
      else expect(toDayNumber(value as string)).toBe(expected);
    },
  );

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
