// Full lifecycle, Pan-Sussex (6-weekly core groups, 3-week pre-review window D15, minutes within
// 10 WD and report 5 WD before the review D22, chair D23 and attendance D24 checks, the
// checklist). Plan 1 ends at a review conference (D12); the child later transfers in with a new
// plan (D11). Every expected date was computed by hand and checked against createWorkingCalendar.
import { describe, expect, it } from "vitest";
import { evaluateCase, type CaseTimeline } from "../../src/index.js";
import {
  breachRows,
  checkRows,
  episodeRows,
  evaluated,
  obligationRows,
  type CheckRow,
  type ObligationRow,
} from "./engine-test-helpers.js";

const lsw = { role: "lead-social-worker" };
const parent = { role: "parent" };
const hv = { role: "health-visitor", professionalId: "hv-1" };
const teacher = { role: "teacher", professionalId: "school-1" };

const timeline: CaseTimeline = {
  id: "pan-sussex-lifecycle",
  professionals: [
    { id: "hv-1", role: "health-visitor", agency: "NHS", directRegularContact: true },
    { id: "school-1", role: "teacher", agency: "School", directRegularContact: false },
  ],
  events: [
    { type: "strategy-discussion", date: "2023-10-02" }, // Mon
    { type: "initial-conference", date: "2023-10-24", outcome: "plan" }, // Tue: 1 WD late
    // CG1 Mon 6 Nov 2023: on time, everything recorded and in order.
    { type: "core-group", date: "2023-11-06", chair: lsw, attendees: [parent, hv, teacher], minutesCirculatedDate: "2023-11-20" },
    { type: "core-group", date: "2023-12-14", status: "cancelled" }, // D13
    // CG2 Wed 20 Dec 2023: late, chaired by a team manager, no family (told they may write), teacher absent.
    {
      type: "core-group",
      date: "2023-12-20",
      chair: { role: "team-manager" },
      attendees: [hv],
      absentFamilyToldMayContributeInWriting: true,
      minutesCirculatedDate: "2024-01-10",
    },
    {
      type: "exception",
      date: "2024-01-11",
      ruleId: "pan-sussex.minutes-circulated",
      dueDate: "2024-01-08",
      reason: "Minute taker off sick over Christmas",
      approvedBy: "Conferencing & Reviewing Officer",
    },
    // CG3 Wed 31 Jan 2024: day 42 after CG2, minutes never recorded.
    { type: "core-group", date: "2024-01-31", chair: lsw, attendees: [parent, hv, teacher] },
    { type: "review-conference", date: "2024-02-08", outcome: "plan-continues", reportSharedDate: "2024-02-01" }, // Thu: late
    // CG4 Tue 20 Feb 2024: nothing recorded about chair or attendance; a recorded SMART answer (T13 input).
    {
      type: "core-group",
      date: "2024-02-20",
      minutesCirculatedDate: "2024-03-01",
      answers: [{ item: "pan-sussex.checklist.smart-objectives", answer: "yes" }],
    },
    { type: "review-conference", date: "2024-03-14", outcome: "plan-ends", reportSharedDate: "2024-03-08" }, // Thu
    // Plan 2: transfer-in (D11).
    { type: "transfer-in-conference", date: "2024-06-03", outcome: "plan" }, // Mon
    { type: "core-group", date: "2024-06-19", chair: lsw, attendees: [{ role: "child" }, hv, teacher] }, // Wed: late
  ],
};

const AS_OF = "2024-06-28";

const expected: ObligationRow[] = [
  // 6 Nov + 42 days = Mon 18 Dec; the cancelled 14 Dec meeting is ignored; held Wed 20 Dec: 19, 20 = 2 WD late.
  ["pan-sussex.core-group-frequency", "2023-11-06", "2023-12-18", "late", "2023-12-20", 2],
  // 20 Dec + 42 days = 31 Jan 2024 (11 days to 31 Dec, 31 more to 31 Jan): day 42 complies (T12).
  ["pan-sussex.core-group-frequency", "2023-12-20", "2024-01-31", "met", "2024-01-31"],
  // 31 Jan + 42 days = 13 Mar 2024 (29 to 29 Feb, 13 more).
  ["pan-sussex.core-group-frequency", "2024-01-31", "2024-03-13", "met", "2024-02-20"],
  // 20 Feb + 42 days = 2 Apr, after the review of 14 Mar ended the plan: not applicable (D12, T26).
  ["pan-sussex.core-group-frequency", "2024-02-20", "2024-04-02", "not-applicable", null],
  // 19 Jun + 42 days = 31 Jul 2024; after asOf.
  ["pan-sussex.core-group-frequency", "2024-06-19", "2024-07-31", "pending", null],
  // 10 WD after Mon 6 Nov: 7-10, 13-17, 20 Nov.
  ["pan-sussex.minutes-circulated", "2023-11-06", "2023-11-20", "met", "2023-11-20"],
  // 10 WD after Wed 20 Dec 2023: 21, 22, 27, 28, 29 Dec, 2-5 Jan, 8 Jan (skips 25, 26 Dec and 1 Jan);
  // circulated Wed 10 Jan: 9, 10 = 2 WD late; exception recorded (D14).
  ["pan-sussex.minutes-circulated", "2023-12-20", "2024-01-08", "exception", "2024-01-10", 2],
  // 10 WD after Wed 31 Jan: 1, 2, 5-9, 12-14 Feb. Never recorded (D25): missing; lateness runs to the
  // plan end on Thu 14 Mar: 15, 16 Feb, 19 Feb-1 Mar, 4-8, 11-14 Mar = 21 WD.
  ["pan-sussex.minutes-circulated", "2024-01-31", "2024-02-14", "missing", null, 21],
  // 10 WD after Tue 20 Feb: 21-23 Feb, 26 Feb-1 Mar, 4, 5 Mar.
  ["pan-sussex.minutes-circulated", "2024-02-20", "2024-03-05", "met", "2024-03-01"],
  // 10 WD after Wed 19 Jun: 20, 21, 24-28 Jun, 1-3 Jul; not recorded but not yet due.
  ["pan-sussex.minutes-circulated", "2024-06-19", "2024-07-03", "pending", null],
  // Window [8 Feb - 21 d, 8 Feb - 1 d] = [18 Jan, 7 Feb]: CG3 on 31 Jan is in it.
  ["pan-sussex.pre-review-core-group", "2024-02-08", "2024-02-07", "met", "2024-01-31"],
  // T13: window [22 Feb, 13 Mar]; the last meeting before it, 20 Feb, is 23 days before: missing.
  // Lateness to the plan end (14 Mar): 1 WD.
  ["pan-sussex.pre-review-core-group", "2024-03-14", "2024-03-13", "missing", null, 1],
  // 5 WD before Thu 8 Feb: 7, 6, 5, 2, 1 Feb.
  ["pan-sussex.report-shared", "2024-02-08", "2024-02-01", "met", "2024-02-01"],
  // 5 WD before Thu 14 Mar: 13, 12, 11, 8, 7 Mar; shared Fri 8 Mar: 1 WD late.
  ["pan-sussex.report-shared", "2024-03-14", "2024-03-07", "late", "2024-03-08", 1],
  // 10 WD after Tue 24 Oct 2023: 25-27, 30 Oct-3 Nov, 6, 7 Nov.
  ["working-together.first-core-group", "2023-10-24", "2023-11-07", "met", "2023-11-06"],
  // 10 WD after Mon 3 Jun 2024 (transfer-in): 4-7, 10-14, 17 Jun; held Wed 19 Jun: 18, 19 = 2 WD late.
  ["working-together.first-core-group", "2024-06-03", "2024-06-17", "late", "2024-06-19", 2],
  // 24 Oct 2023 + 3 months = Wed 24 Jan 2024; held Thu 8 Feb: 25, 26 Jan, 29 Jan-2 Feb, 5-8 Feb = 11 WD late.
  ["working-together.first-review", "2023-10-24", "2024-01-24", "late", "2024-02-08", 11],
  ["working-together.first-review", "2024-06-03", "2024-09-03", "pending", null],
  // 15 WD after Mon 2 Oct 2023: 3-6, 9-13, 16-20, 23 Oct; held Tue 24 Oct: 1 WD late.
  ["working-together.icpc-timing", "2023-10-02", "2023-10-23", "late", "2023-10-24", 1],
  // 8 Feb + 6 months = 8 Aug 2024; met by the review that ended the plan on 14 Mar.
  ["working-together.later-reviews", "2024-02-08", "2024-08-08", "met", "2024-03-14"],
];

const expectedChecks: CheckRow[] = [
  ["pan-sussex.chair", "2023-11-06", "yes"],
  ["pan-sussex.chair", "2023-12-20", "no"], // team manager
  ["pan-sussex.chair", "2024-01-31", "yes"],
  ["pan-sussex.chair", "2024-02-20", "not-recorded"],
  ["pan-sussex.chair", "2024-06-19", "yes"],
  ["pan-sussex.direct-contact-attendance", "2023-11-06", "yes"],
  ["pan-sussex.direct-contact-attendance", "2023-12-20", "yes"], // only hv-1 is in direct regular contact
  ["pan-sussex.direct-contact-attendance", "2024-01-31", "yes"],
  ["pan-sussex.direct-contact-attendance", "2024-02-20", "not-recorded"],
  ["pan-sussex.direct-contact-attendance", "2024-06-19", "yes"],
  ["pan-sussex.family-attendance", "2023-11-06", "yes"],
  ["pan-sussex.family-attendance", "2023-12-20", "yes"], // absent, but told they may contribute in writing
  ["pan-sussex.family-attendance", "2024-01-31", "yes"],
  ["pan-sussex.family-attendance", "2024-02-20", "not-recorded"],
  ["pan-sussex.family-attendance", "2024-06-19", "yes"], // the child attended
  ["pan-sussex.plan-professionals-attendance", "2023-11-06", "yes"],
  ["pan-sussex.plan-professionals-attendance", "2023-12-20", "no"], // school-1 absent
  ["pan-sussex.plan-professionals-attendance", "2024-01-31", "yes"],
  ["pan-sussex.plan-professionals-attendance", "2024-02-20", "not-recorded"],
  ["pan-sussex.plan-professionals-attendance", "2024-06-19", "yes"],
];

describe("lifecycle: pan-sussex", () => {
  const result = evaluated(evaluateCase(timeline, { profile: "pan-sussex", asOf: AS_OF }));

  it("reports every obligation exactly as computed by hand", () => {
    expect(obligationRows(result)).toEqual(expected);
  });

  it("answers the chair and attendance checks of every held meeting", () => {
    expect(checkRows(result)).toEqual(expectedChecks);
    expect(result.checks.every((c) => c.severity === "breach")).toBe(true);
  });

  it("counts seven obligation breaches and two check breaches", () => {
    expect(result.breaches).toHaveLength(9);
    expect(breachRows(result).sort()).toEqual(
      [
        "obligation working-together.icpc-timing 2023-10-23",
        "obligation pan-sussex.core-group-frequency 2023-12-18",
        "check pan-sussex.chair 2023-12-20",
        "check pan-sussex.plan-professionals-attendance 2023-12-20",
        "obligation working-together.first-review 2024-01-24",
        "obligation pan-sussex.minutes-circulated 2024-02-14",
        "obligation pan-sussex.report-shared 2024-03-07",
        "obligation pan-sussex.pre-review-core-group 2024-03-13",
        "obligation working-together.first-core-group 2024-06-17",
      ].sort(),
    );
  });

  it("splits the case into a reviewed-out plan and a transferred-in plan", () => {
    expect(episodeRows(result)).toEqual([
      [1, "2023-10-24", "2024-03-14", "review-conference"],
      [2, "2024-06-03", null, null],
    ]);
  });

  it("names what is due next", () => {
    expect(result.nextDue?.ruleId).toBe("pan-sussex.minutes-circulated");
    expect(result.nextDue?.dueDate).toBe("2024-07-03");
  });

  it("answers the checklist from the rules and from recorded answers", () => {
    const answer = (itemId: string, meeting: string) => {
      const found = result.checklist.filter((a) => a.itemId === itemId && a.meeting.date === meeting);
      expect(found, `${itemId} at ${meeting}`).toHaveLength(1);
      return { answer: found[0]!.answer, source: found[0]!.source };
    };
    // Initial meeting timing: plan 1's first meeting was on time, plan 2's was late.
    expect(answer("pan-sussex.checklist.initial-timing", "2023-11-06")).toEqual({
      answer: "yes",
      source: "rule:working-together.first-core-group",
    });
    expect(answer("pan-sussex.checklist.initial-timing", "2024-06-19").answer).toBe("no");
    // Subsequent timing: CG2 was 44 days after CG1 (no), CG3 42 days after CG2 (yes).
    expect(answer("pan-sussex.checklist.subsequent-timing", "2023-12-20").answer).toBe("no");
    expect(answer("pan-sussex.checklist.subsequent-timing", "2024-01-31").answer).toBe("yes");
    // Chair: yes for the initial meeting, no for the one chaired by a team manager.
    expect(answer("pan-sussex.checklist.initial-chair", "2023-11-06").answer).toBe("yes");
    expect(answer("pan-sussex.checklist.subsequent-chair", "2023-12-20")).toEqual({
      answer: "no",
      source: "rule:pan-sussex.chair",
    });
    // A recorded SMART answer, and one not recorded (D25: never guessed).
    expect(answer("pan-sussex.checklist.smart-objectives", "2024-02-20")).toEqual({ answer: "yes", source: "recorded" });
    expect(answer("pan-sussex.checklist.smart-objectives", "2024-01-31")).toEqual({
      answer: "not-recorded",
      source: "recorded",
    });
    // Minutes: the excused late circulation still answers "no".
    expect(answer("pan-sussex.checklist.minutes-circulated", "2023-12-20").answer).toBe("no");
    expect(answer("pan-sussex.checklist.minutes-circulated", "2023-11-06").answer).toBe("yes");
    // Report shared: asked only of the last meeting before each review.
    expect(answer("pan-sussex.checklist.report-shared", "2024-01-31").answer).toBe("yes");
    expect(answer("pan-sussex.checklist.report-shared", "2024-02-20").answer).toBe("no");
    expect(result.checklist.some((a) => a.itemId === "pan-sussex.checklist.report-shared" && a.meeting.date === "2023-12-20")).toBe(
      false,
    );
    // Scopes: the initial items only for each plan's first meeting, the subsequent ones for the rest.
    expect(result.checklist.filter((a) => a.itemId === "pan-sussex.checklist.initial-timing").map((a) => a.meeting.date)).toEqual([
      "2023-11-06",
      "2024-06-19",
    ]);
    expect(
      result.checklist.filter((a) => a.itemId === "pan-sussex.checklist.subsequent-timing").map((a) => a.meeting.date),
    ).toEqual(["2023-12-20", "2024-01-31", "2024-02-20"]);
  });

  it("reports no data-quality problem", () => {
    expect(result.dataQuality).toEqual([]);
  });
});
