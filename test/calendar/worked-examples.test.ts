// domain-research.md section 6: every worked example that is pure date arithmetic.
import { describe, expect, it } from "vitest";
import { addDays, addMonths, createWorkingCalendar } from "../../src/index.js";

const calendar = createWorkingCalendar();

describe("worked examples (domain-research.md section 6)", () => {
  it.each([
    ["T1 first core group over Christmas 2022", "2022-12-15", 10, "2023-01-03"],
    ["T2 state funeral 19 Sep 2022", "2022-09-09", 10, "2022-09-26"],
    ["T3 coronation 8 May 2023", "2023-05-02", 10, "2023-05-17"],
    ["T4 ICPC within 15 WD over Easter 2023", "2023-03-27", 15, "2023-04-19"],
    ["T5 ICPC within 15 WD over Easter 2024", "2024-03-18", 15, "2024-04-10"],
    ["T6 Easter plus Early May 2025", "2025-04-14", 15, "2025-05-08"],
    ["T16 record within 2 WD, Christmas 2023", "2023-12-22", 2, "2023-12-28"],
    ["T16 copies within 5 WD, Christmas 2023", "2023-12-22", 5, "2024-01-03"],
    ["T17 minutes within 10 WD, Spring bank holiday 2024", "2024-05-17", 10, "2024-06-03"],
    ["T18 circulation within 5 WD, no closure days", "2024-12-20", 5, "2024-12-31"],
    ["T19 exclusive counting", "2024-03-04", 10, "2024-03-18"],
    ["T20 New Year 2025/26", "2025-12-19", 10, "2026-01-07"],
    ["T21 Summer bank holiday 2026", "2026-08-21", 10, "2026-09-07"],
    ["T22 Boxing Day substitute 2026", "2026-12-23", 2, "2026-12-29"],
  ])("%s: %s + %i working days = %s", (_name, start, n, expected) => {
    expect(calendar.addWorkingDays(start, n)).toBe(expected);
    expect(calendar.workingDaysBetween(start, expected)).toBe(n);
  });

  it.each(["2022-09-19", "2023-05-08", "2022-06-02", "2022-06-03", "2020-05-08"])(
    "one-off bank holiday %s is not a working day (T2, T3 and D3)",
    (date) => {
      expect(calendar.isWorkingDay(date)).toBe(false);
    },
  );

  it.each([
    ["T7 leap-year clamp", "2023-11-30", 3, "2024-02-29"],
    ["T8 non-leap clamp", "2022-11-30", 3, "2023-02-28"],
    ["T9 due date on a Saturday", "2024-05-31", 3, "2024-08-31"],
    ["T10 first 6-month review", "2023-08-31", 6, "2024-02-29"],
    ["T10 chained on the actual review", "2024-02-29", 6, "2024-08-29"],
    ["T10 then clamped", "2024-08-29", 6, "2025-02-28"],
  ])("%s: %s + %i months = %s", (_name, start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });

  it("T9 with the roll-back option (D8) gives Friday 30 Aug 2024", () => {
    expect(calendar.workingDayOnOrBefore(addMonths("2024-05-31", 3))).toBe("2024-08-30");
  });

  it("T14 Cambridgeshire 10 days before RCPC 10 May 2024: calendar and working-day readings", () => {
    expect(addDays("2024-05-10", -10)).toBe("2024-04-30");
    expect(calendar.addWorkingDays("2024-05-10", -10)).toBe("2024-04-25");
  });

  it("T18 with closure days 27, 30, 31 Dec 2024", () => {
    const closing = createWorkingCalendar({ closureDays: ["2024-12-27", "2024-12-30", "2024-12-31"] });
    expect(closing.addWorkingDays("2024-12-20", 5)).toBe("2025-01-06");
  });

  it("T19 inclusive counting (CIN-validator reading)", () => {
    expect(calendar.addWorkingDays("2024-03-04", 10, { counting: "inclusive" })).toBe("2024-03-15");
    expect(calendar.workingDaysBetween("2024-03-04", "2024-03-15", { counting: "inclusive" })).toBe(10);
  });
});
