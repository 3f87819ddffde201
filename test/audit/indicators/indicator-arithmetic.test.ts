import { describe, expect, it } from "vitest";
import { toDayNumber } from "../../../src/dates/iso-date.js";
import { planDurationBand } from "../../../src/audit/indicators/duration-band.js";
import { icpcWorkingDayBand } from "../../../src/audit/indicators/icpc-bands.js";
import { reportingYearLabel, reportingYearOf } from "../../../src/audit/indicators/reporting-year.js";
import { reviewTimeliness } from "../../../src/audit/indicators/review-timeliness.js";

const day = toDayNumber;

describe("indicator arithmetic at its boundaries", () => {
  it("puts 31 March in the year ending that day and 1 April in the next", () => {
    expect([reportingYearOf(day("2025-03-31")), reportingYearOf(day("2025-04-01")), reportingYearOf(day("2024-12-31"))]).toEqual([2024, 2025, 2024]);
    expect([reportingYearLabel(2024), reportingYearLabel(1999)]).toEqual(["2024-25", "1999-00"]);
  });

  it("bands working days 10/11, 15/16, 20/21", () => {
    expect([0, 10, 11, 15, 16, 20, 21].map(icpcWorkingDayBand)).toEqual(["0-10", "0-10", "11-15", "11-15", "16-20", "16-20", "21+"]);
  });

  it("bands plan durations in calendar months, clamped at month ends", () => {
    const start = day("2023-11-30");
    expect(planDurationBand(start, day("2024-02-29"))).toBe("3-months-or-less"); // 30 Nov + 3 months = 29 Feb
    expect(planDurationBand(start, day("2024-03-01"))).toBe("over-3-to-6-months");
    expect(planDurationBand(start, day("2024-05-30"))).toBe("over-3-to-6-months");
    expect(planDurationBand(start, day("2024-05-31"))).toBe("over-6-months-to-under-1-year");
    expect(planDurationBand(start, day("2024-11-29"))).toBe("over-6-months-to-under-1-year");
    expect(planDurationBand(start, day("2024-11-30"))).toBe("1-to-under-2-years");
    expect(planDurationBand(start, day("2025-11-29"))).toBe("1-to-under-2-years");
    expect(planDurationBand(start, day("2025-11-30"))).toBe("2-years-or-more");
  });

  it("passes a review on its due date and a next review due on the census date, fails one a day late or overdue", () => {
    const start = day("2024-01-10");
    expect(reviewTimeliness(start, [day("2024-04-10")])(day("2024-10-10"))).toBe(true); // next due 10 October
    expect(reviewTimeliness(start, [day("2024-04-10")])(day("2024-10-11"))).toBe(false); // overdue
    expect(reviewTimeliness(start, [day("2024-04-11")])(day("2024-05-01"))).toBe(false); // first review a day late
    expect(reviewTimeliness(start, [])(day("2024-04-10"))).toBe(true); // first review due on the census date
    expect(reviewTimeliness(start, [])(day("2024-04-11"))).toBe(false);
    // Asked at later census dates in turn, as for a plan open over several years.
    const onTime = reviewTimeliness(start, [day("2024-04-10"), day("2024-10-10"), day("2025-04-11")]);
    expect([onTime(day("2024-03-31")), onTime(day("2025-03-31")), onTime(day("2026-03-31"))]).toEqual([true, true, false]);
  });
});
