import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeHolidayTable, renderHolidayModule } from "../../scripts/holiday-source.mjs";
import { createWorkingCalendar, fromDayNumber, REGIONS, toDayNumber } from "../../src/index.js";
import corrections from "../../src/calendar/holiday-corrections.json" with { type: "json" };

const englandAndWales = createWorkingCalendar();

function weekdayHolidays(region: (typeof REGIONS)[number], from: string, to: string): string[] {
  const calendar = createWorkingCalendar({ region });
  const result: string[] = [];
  for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
    const date = fromDayNumber(day);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !calendar.isWorkingDay(date)) result.push(date);
  }
  return result;
}

describe("holiday data", () => {
  it("england-and-wales 2018-2025 equals the official GOV.UK list exactly", () => {
    const official = readFileSync(
      new URL("../fixtures/bank-holidays-england-and-wales-2018-2025.txt", import.meta.url),
      "utf8",
    )
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /^\d{4}-\d{2}-\d{2}$/.test(line));
    expect(official.length).toBeGreaterThan(60);
    expect(weekdayHolidays("england-and-wales", "2018-01-01", "2025-12-31")).toEqual(official);
  });

  it("the checked-in generated table is current (date-holidays + corrections, computed afresh)", () => {
    const checkedIn = readFileSync(new URL("../../src/calendar/holiday-table.generated.ts", import.meta.url), "utf8");
    expect(checkedIn).toBe(renderHolidayModule(computeHolidayTable()));
  });

  describe.each(corrections.corrections)("correction $region $date ($action)", (correction) => {
    it(`${correction.action === "add" ? "is not" : "is"} a working day: ${correction.what}`, () => {
      const calendar = createWorkingCalendar({ region: correction.region as (typeof REGIONS)[number] });
      expect(calendar.isWorkingDay(correction.date)).toBe(correction.action === "remove");
      expect(correction.source.length).toBeGreaterThan(10);
    });
  });

  it.each([
    ["1995-05-08", false, "VE Day 50th anniversary (Early May moved)"],
    ["1995-05-01", true, "the usual Early May date in 1995"],
    ["1999-12-31", false, "Millennium"],
    ["2000-01-03", false, "New Year substitute"],
    ["2002-06-03", false, "Golden Jubilee"],
    ["2002-06-04", false, "Spring bank holiday moved"],
    ["2002-05-27", true, "the usual Spring date in 2002"],
    ["2011-04-29", false, "royal wedding"],
    ["2012-06-04", false, "Spring bank holiday moved"],
    ["2012-06-05", false, "Diamond Jubilee"],
    ["2012-05-28", true, "the usual Spring date in 2012"],
    ["2020-05-08", false, "VE Day 75th anniversary (Early May moved)"],
    ["2020-05-04", true, "the usual Early May date in 2020"],
  ])("england-and-wales %s working day? %s (%s)", (date, working) => {
    expect(englandAndWales.isWorkingDay(date)).toBe(working);
  });
});
