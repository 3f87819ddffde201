// domain-research.md section 6: the worked examples that exercise the engine (the pure date
// arithmetic is in test/calendar/worked-examples.test.ts). Every expected date is the literal
// value of the worked example.
//
// T23, T24 and T25 describe the DfE CIN-census validator's behaviour (8675Q's inclusive
// threshold, 8875's weekday-only check, 8841 / 2885's plan-start checks). They are not rules of
// the engine or of any built-in profile, so they are not tested here.
import { describe, expect, it } from "vitest";
import {
  defineProfile,
  evaluateCase,
  profiles,
  type CaseEvent,
  type CaseEvaluation,
  type Obligation,
  type Profile,
  type ProfileInput,
  type Rule,
} from "../../src/index.js";
import { evaluated } from "./engine-test-helpers.js";

function run(events: CaseEvent[], profile: string | Profile, asOf: string): CaseEvaluation {
  return evaluated(evaluateCase({ id: "worked-example", events }, { profile: profile as Profile, asOf }));
}

function only(result: CaseEvaluation, ruleId: string, anchorDate?: string): Obligation {
  const found = result.obligations.filter((o) => o.ruleId === ruleId && (anchorDate === undefined || o.anchor.date === anchorDate));
  expect(found, `${ruleId} anchored ${anchorDate ?? "anywhere"}`).toHaveLength(1);
  return found[0]!;
}

/** A rule of a built-in profile with some fields replaced (the rule keeps its id, so it replaces the inherited one). */
function variant(profileId: keyof typeof profiles, ruleId: string, changes: Partial<Record<string, unknown>>): Rule {
  const rule = profiles[profileId].rules.find((r) => r.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId} in ${profileId}`);
  return { ...structuredClone(rule), ...changes } as Rule;
}

function customProfile(id: string, base: string, rules: Rule[], extra: Partial<ProfileInput> = {}): Profile {
  return defineProfile({ id, name: id, version: "test", extends: base, rules, ...extra });
}

describe("T1-T3, T19-T21: first core group within 10 working days of the ICPC", () => {
  it.each([
    ["T1 Christmas 2022", "2022-12-15", "2023-01-03", "2023-01-04"],
    ["T2 State Funeral 19 Sep 2022", "2022-09-09", "2022-09-26", "2022-09-27"],
    ["T3 Coronation 8 May 2023", "2023-05-02", "2023-05-17", "2023-05-18"],
    ["T19 exclusive counting", "2024-03-04", "2024-03-18", "2024-03-19"],
    ["T20 New Year 2025/26", "2025-12-19", "2026-01-07", "2026-01-08"],
    ["T21 Summer bank holiday 2026", "2026-08-21", "2026-09-07", "2026-09-08"],
  ])("%s: ICPC %s, due %s; a meeting on %s is 1 WD late", (_name, icpc, due, dayAfter) => {
    const onTime = run(
      [
        { type: "initial-conference", date: icpc, outcome: "plan" },
        { type: "core-group", date: due },
      ],
      "working-together",
      "2027-06-30",
    );
    const first = only(onTime, "working-together.first-core-group");
    expect([first.dueDate, first.status, first.actualDate]).toEqual([due, "met", due]);

    const late = run(
      [
        { type: "initial-conference", date: icpc, outcome: "plan" },
        { type: "core-group", date: dayAfter },
      ],
      "working-together",
      "2027-06-30",
    );
    const breach = only(late, "working-together.first-core-group");
    expect([breach.dueDate, breach.status, breach.daysLate, breach.workingDaysLate]).toEqual([due, "late", 1, 1]);
    expect(late.breaches.filter((b) => b.ruleId === "working-together.first-core-group")).toHaveLength(1);
  });

  it("T19 inclusive counting (the CIN validator's reading) via a profile: due Fri 15 Mar 2024", () => {
    const inclusive = customProfile("t19-inclusive", "working-together", [
      variant("working-together", "working-together.first-core-group", { counting: "inclusive" }),
    ]);
    const result = run(
      [
        { type: "initial-conference", date: "2024-03-04", outcome: "plan" },
        { type: "core-group", date: "2024-03-18" },
      ],
      inclusive,
      "2024-06-30",
    );
    const first = only(result, "working-together.first-core-group");
    expect([first.dueDate, first.status, first.workingDaysLate]).toEqual(["2024-03-15", "late", 1]);
    expect(first.facts["counting"]).toBe("inclusive");
  });

  it("no plan at the ICPC: no first core group obligation (D10)", () => {
    const result = run([{ type: "initial-conference", date: "2022-12-15", outcome: "no-plan" }], "working-together", "2023-06-30");
    expect(result.obligations.filter((o) => o.ruleId === "working-together.first-core-group")).toEqual([]);
  });
});

describe("T4-T6: ICPC within 15 working days of the strategy discussion", () => {
  it.each([
    ["T4 Easter 2023", "2023-03-27", "2023-04-19", "2023-04-20"],
    ["T5 Easter 2024", "2024-03-18", "2024-04-10", "2024-04-11"],
    ["T6 Easter and Early May 2025", "2025-04-14", "2025-05-08", "2025-05-09"],
  ])("%s: strategy discussion %s, due %s; an ICPC on %s is 1 WD late", (_name, sd, due, dayAfter) => {
    const onTime = run(
      [
        { type: "strategy-discussion", date: sd },
        { type: "initial-conference", date: due, outcome: "no-plan" },
      ],
      "working-together",
      "2025-12-31",
    );
    const icpc = only(onTime, "working-together.icpc-timing");
    expect([icpc.dueDate, icpc.status, icpc.actualDate]).toEqual([due, "met", due]);

    const late = run(
      [
        { type: "strategy-discussion", date: sd },
        { type: "initial-conference", date: dayAfter, outcome: "no-plan" },
      ],
      "working-together",
      "2025-12-31",
    );
    const breach = only(late, "working-together.icpc-timing");
    expect([breach.dueDate, breach.status, breach.workingDaysLate]).toEqual([due, "late", 1]);
  });

  it("T4 without any ICPC: missing after the due date, pending before it", () => {
    const events: CaseEvent[] = [{ type: "strategy-discussion", date: "2023-03-27" }];
    expect(only(run(events, "working-together", "2023-04-20"), "working-together.icpc-timing").status).toBe("missing");
    expect(only(run(events, "working-together", "2023-04-19"), "working-together.icpc-timing").status).toBe("pending");
  });
});

describe("T7-T10: review conference timing", () => {
  it.each([
    ["T7 leap-year clamp", "2023-11-30", "2024-02-29"],
    ["T8 non-leap clamp", "2022-11-30", "2023-02-28"],
    ["T9 due on a Saturday, not rolled (D8)", "2024-05-31", "2024-08-31"],
  ])("%s: ICPC %s, first review due %s", (_name, icpc, due) => {
    const result = run(
      [
        { type: "initial-conference", date: icpc, outcome: "plan" },
        { type: "review-conference", date: due, outcome: "plan-continues" },
      ],
      "working-together",
      "2025-06-30",
    );
    const review = only(result, "working-together.first-review");
    expect([review.dueDate, review.status, review.actualDate]).toEqual([due, "met", due]);
  });

  it("T9 with dueDateRoll previous-working-day: due Fri 30 Aug 2024, so a Sat 31 Aug review is late", () => {
    const rolling = customProfile("t9-roll", "working-together", [
      variant("working-together", "working-together.first-review", { dueDateRoll: "previous-working-day" }),
    ]);
    const result = run(
      [
        { type: "initial-conference", date: "2024-05-31", outcome: "plan" },
        { type: "review-conference", date: "2024-08-31", outcome: "plan-continues" },
      ],
      rolling,
      "2024-12-31",
    );
    const review = only(result, "working-together.first-review");
    expect([review.dueDate, review.status, review.daysLate]).toEqual(["2024-08-30", "late", 1]);
    // 31 Aug is a Saturday: not a working day after Fri 30 Aug.
    expect(review.workingDaysLate).toBe(0);
    expect(review.facts["dueDateRoll"]).toBe("previous-working-day");
  });

  it("T10: later reviews anchored on the actual previous review: 29 Feb 2024, 29 Aug 2024, 28 Feb 2025", () => {
    const result = run(
      [
        { type: "initial-conference", date: "2023-06-01", outcome: "plan" },
        { type: "review-conference", date: "2023-08-31", outcome: "plan-continues" },
        { type: "review-conference", date: "2024-02-29", outcome: "plan-continues" },
        { type: "review-conference", date: "2024-08-29", outcome: "plan-continues" },
      ],
      "working-together",
      "2024-12-31",
    );
    const later = result.obligations
      .filter((o) => o.ruleId === "working-together.later-reviews")
      .map((o) => [o.anchor.date, o.dueDate, o.status, o.actualDate]);
    expect(later).toEqual([
      ["2023-08-31", "2024-02-29", "met", "2024-02-29"],
      ["2024-02-29", "2024-08-29", "met", "2024-08-29"],
      ["2024-08-29", "2025-02-28", "pending", null],
    ]);
  });
});

describe("T11-T13: core group frequency and the Pan-Sussex pre-review window", () => {
  it("T11 Cumbria: CGs Wed 5 Jul and Thu 3 Aug 2023: due Wed 2 Aug, 1 day late", () => {
    const result = run(
      [
        { type: "initial-conference", date: "2023-06-21", outcome: "plan" },
        { type: "core-group", date: "2023-07-05" },
        { type: "core-group", date: "2023-08-03" },
      ],
      "cumbria",
      "2023-08-10",
    );
    const frequency = only(result, "cumbria.core-group-frequency", "2023-07-05");
    expect([frequency.dueDate, frequency.status, frequency.daysLate, frequency.workingDaysLate]).toEqual([
      "2023-08-02",
      "late",
      1,
      1,
    ]);
  });

  it.each([
    ["2023-02-21", "met", 0],
    ["2023-02-22", "late", 1],
  ] as const)("T12 Pan-Sussex: CGs 10 Jan 2023 and %s: due Tue 21 Feb 2023, %s", (second, status, daysLate) => {
    const result = run(
      [
        { type: "initial-conference", date: "2022-12-29", outcome: "plan" },
        { type: "core-group", date: "2023-01-10" },
        { type: "core-group", date: second },
      ],
      "pan-sussex",
      "2023-03-01",
    );
    const frequency = only(result, "pan-sussex.core-group-frequency", "2023-01-10");
    expect([frequency.dueDate, frequency.status, frequency.daysLate]).toEqual(["2023-02-21", status, daysLate]);
  });

  it.each([
    ["2024-02-20", "missing", null],
    ["2024-02-22", "met", "2024-02-22"],
  ] as const)("T13 Pan-Sussex: RCPC Thu 14 Mar 2024, last CG %s: %s", (meeting, status, actual) => {
    const result = run(
      [
        { type: "initial-conference", date: "2023-12-14", outcome: "plan" },
        { type: "core-group", date: meeting },
        { type: "review-conference", date: "2024-03-14", outcome: "plan-continues" },
      ],
      "pan-sussex",
      "2024-03-31",
    );
    const window = only(result, "pan-sussex.pre-review-core-group");
    // The window is [14 Mar - 21 d, 14 Mar - 1 d] = 22 Feb to 13 Mar 2024.
    expect([window.dueDate, window.status, window.actualDate]).toEqual(["2024-03-13", status, actual]);
    expect(window.facts["dueRule"]).toContain("window 2024-02-22 to 2024-03-13");
  });

  it("D15: a Pan-Sussex core group on the conference day does not count", () => {
    const result = run(
      [
        { type: "initial-conference", date: "2023-12-14", outcome: "plan" },
        { type: "core-group", date: "2024-03-14" },
        { type: "review-conference", date: "2024-03-14", outcome: "plan-continues" },
      ],
      "pan-sussex",
      "2024-03-31",
    );
    expect(only(result, "pan-sussex.pre-review-core-group").status).toBe("missing");
  });
});

describe("T14-T15: Cambridgeshire meetings before the review", () => {
  // RCPC Fri 10 May 2024; ICPC Mon 12 Feb 2024 (3 months later is 12 May, so no extra-meeting rule).
  const timeline = (meeting: string): CaseEvent[] => [
    { type: "initial-conference", date: "2024-02-12", outcome: "plan" },
    { type: "core-group", date: meeting },
    { type: "review-conference", date: "2024-05-10", outcome: "plan-continues" },
  ];
  const window = (result: CaseEvaluation) => {
    const o = only(result, "cambridgeshire.pre-review-core-group");
    return [o.dueDate, o.status];
  };

  it("default reading (D16): window [30 Apr, 9 May] 2024", () => {
    expect(window(run(timeline("2024-04-30"), "cambridgeshire", "2024-05-31"))).toEqual(["2024-05-09", "met"]);
    expect(window(run(timeline("2024-04-29"), "cambridgeshire", "2024-05-31"))).toEqual(["2024-05-09", "missing"]);
    expect(window(run(timeline("2024-05-10"), "cambridgeshire", "2024-05-31"))).toEqual(["2024-05-09", "missing"]);
  });

  it("T14 'no later than 10 days before', calendar reading: latest Tue 30 Apr 2024", () => {
    const calendarReading = customProfile("t14-calendar", "cambridgeshire", [
      variant("cambridgeshire", "cambridgeshire.pre-review-core-group", {
        earliest: "after-previous-conference",
        latest: { n: 10, unit: "days" },
      }),
    ]);
    expect(window(run(timeline("2024-04-30"), calendarReading, "2024-05-31"))).toEqual(["2024-04-30", "met"]);
    expect(window(run(timeline("2024-05-01"), calendarReading, "2024-05-31"))).toEqual(["2024-04-30", "missing"]);
  });

  it("T14 'no later than 10 days before', working-day reading: latest Thu 25 Apr 2024 (skips 6 May)", () => {
    const workingDayReading = customProfile("t14-working-days", "cambridgeshire", [
      variant("cambridgeshire", "cambridgeshire.pre-review-core-group", {
        earliest: "after-previous-conference",
        latest: { n: 10, unit: "working-days" },
      }),
    ]);
    expect(window(run(timeline("2024-04-25"), workingDayReading, "2024-05-31"))).toEqual(["2024-04-25", "met"]);
    expect(window(run(timeline("2024-04-26"), workingDayReading, "2024-05-31"))).toEqual(["2024-04-25", "missing"]);
  });

  it("T15: RCPCs 1 Feb and 1 Aug 2024 with one CG on 22 Jul: extra meeting missing, pre-review met", () => {
    const result = run(
      [
        { type: "initial-conference", date: "2023-11-02", outcome: "plan" },
        { type: "core-group", date: "2023-11-15" },
        { type: "core-group", date: "2024-01-25" },
        { type: "review-conference", date: "2024-02-01", outcome: "plan-continues" },
        { type: "core-group", date: "2024-07-22" },
        { type: "review-conference", date: "2024-08-01", outcome: "plan-continues" },
      ],
      "cambridgeshire",
      "2024-08-31",
    );
    const extra = only(result, "cambridgeshire.extra-core-group", "2024-08-01");
    expect([extra.dueDate, extra.status]).toEqual(["2024-07-31", "missing"]);
    const preReview = only(result, "cambridgeshire.pre-review-core-group", "2024-08-01");
    // 22 Jul = 1 Aug - 10 days: the first day of the window.
    expect([preReview.dueDate, preReview.status, preReview.actualDate]).toEqual(["2024-07-31", "met", "2024-07-22"]);
    // ICPC 2 Nov 2023 to RCPC 1 Feb 2024 is within 3 months: no extra-meeting obligation for it.
    expect(result.obligations.filter((o) => o.ruleId === "cambridgeshire.extra-core-group")).toHaveLength(1);
  });
});

describe("T16-T18, T22: records", () => {
  it("T16 Medway: CG Fri 22 Dec 2023: record due Thu 28 Dec 2023, copies due Wed 3 Jan 2024", () => {
    const result = run(
      [
        { type: "initial-conference", date: "2023-12-08", outcome: "plan" },
        { type: "core-group", date: "2023-12-22", recordEnteredDate: "2023-12-28", minutesCirculatedDate: "2024-01-04" },
      ],
      "medway",
      "2024-01-31",
    );
    const record = only(result, "medway.record-entered", "2023-12-22");
    expect([record.dueDate, record.status]).toEqual(["2023-12-28", "met"]);
    const copies = only(result, "medway.copies-circulated", "2023-12-22");
    expect([copies.dueDate, copies.status, copies.workingDaysLate]).toEqual(["2024-01-03", "late", 1]);
  });

  it("T17 Pan-Sussex: CG Fri 17 May 2024: minutes due Mon 3 Jun 2024", () => {
    const result = run(
      [
        { type: "initial-conference", date: "2024-05-03", outcome: "plan" },
        { type: "core-group", date: "2024-05-17", minutesCirculatedDate: "2024-06-03" },
      ],
      "pan-sussex",
      "2024-06-30",
    );
    const minutes = only(result, "pan-sussex.minutes-circulated", "2024-05-17");
    expect([minutes.dueDate, minutes.status]).toEqual(["2024-06-03", "met"]);
  });

  it("T18: copies due Tue 31 Dec 2024 on bank holidays only; Mon 6 Jan 2025 with closure days 27, 30, 31 Dec", () => {
    const events: CaseEvent[] = [
      { type: "initial-conference", date: "2024-12-13", outcome: "plan" },
      { type: "core-group", date: "2024-12-20" },
    ];
    const plain = run(events, "medway", "2025-01-31");
    expect(only(plain, "medway.copies-circulated", "2024-12-20").dueDate).toBe("2024-12-31");
    const withClosures = customProfile("t18-closures", "medway", [], {
      closureDays: ["2024-12-27", "2024-12-30", "2024-12-31"],
    });
    const closed = run(events, withClosures, "2025-01-31");
    expect(only(closed, "medway.copies-circulated", "2024-12-20").dueDate).toBe("2025-01-06");
  });

  it("T22 Medway: CG Wed 23 Dec 2026: record due Tue 29 Dec 2026 (28 Dec is the Boxing Day substitute)", () => {
    const result = run(
      [
        { type: "initial-conference", date: "2026-12-16", outcome: "plan" },
        { type: "core-group", date: "2026-12-23", recordEnteredDate: "2026-12-29" },
      ],
      "medway",
      "2027-01-31",
    );
    const record = only(result, "medway.record-entered", "2026-12-23");
    expect([record.dueDate, record.status]).toEqual(["2026-12-29", "met"]);
  });
});

describe("T26: plan end", () => {
  it.each(["medway", "pan-sussex"])(
    "%s: CG Fri 1 Mar 2024, the RCPC of Wed 20 Mar 2024 ends the plan: the CG due Fri 12 Apr is not required",
    (profile) => {
      const result = run(
        [
          { type: "initial-conference", date: "2024-02-16", outcome: "plan" },
          { type: "core-group", date: "2024-03-01" },
          { type: "review-conference", date: "2024-03-20", outcome: "plan-ends" },
        ],
        profile,
        "2024-06-30",
      );
      const next = only(result, `${profile}.core-group-frequency`, "2024-03-01");
      expect([next.dueDate, next.status]).toEqual(["2024-04-12", "not-applicable"]);
      expect(result.breaches.filter((b) => b.ruleId === `${profile}.core-group-frequency`)).toEqual([]);
      expect(result.nextDue).toBeNull();
    },
  );
});
