// Type tests of the public API: checked by `npm run typecheck` (tsc -p . covers test/), never run.
// A wrong expectation here is a compile error.
import { describe, expectTypeOf, it } from "vitest";
import {
  auditCases,
  CASE_EVENT_TYPES,
  CONFERENCE_OUTCOMES,
  createWorkingCalendar,
  defineProfile,
  evaluateCase,
  MEETING_STATUSES,
  PLAN_END_REASONS,
  RECORDED_ANSWERS,
  REPORT_RECIPIENTS,
  REVIEW_OUTCOMES,
  TIMELINE_LIMITS,
  type AuditItem,
  type AuditSummary,
  type CaseAudit,
  type CaseEvaluation,
  type CaseEvaluationFailure,
  type CaseEvaluationResult,
  type CaseEvent,
  type CaseEventType,
  type CaseTimeline,
  type ConferenceOutcome,
  type CoreGroupMeeting,
  type EventRef,
  type InitialConference,
  type InputIssue,
  type MeetingStatus,
  type Obligation,
  type ObligationStatus,
  type PlanEnd,
  type PlanEndReason,
  type Profile,
  type RecordedAnswer,
  type RecordedAnswerValue,
  type ReportRecipient,
  type ReviewConference,
  type ReviewOutcome,
  type TransferInConference,
  type WorkingCalendar,
} from "../../src/index.js";

describe("evaluateCase", () => {
  it("takes any value and options, and returns a union discriminated by `ok`", () => {
    expectTypeOf(evaluateCase).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(evaluateCase).returns.toEqualTypeOf<CaseEvaluationResult>();
    expectTypeOf<CaseEvaluationResult>().toEqualTypeOf<CaseEvaluation | CaseEvaluationFailure>();
    expectTypeOf<CaseEvaluationResult["ok"]>().toEqualTypeOf<boolean>();
    expectTypeOf<CaseEvaluation["ok"]>().toEqualTypeOf<true>();
    expectTypeOf<CaseEvaluationFailure["ok"]>().toEqualTypeOf<false>();
  });

  it("narrows on `ok` to the evaluation or the input issues", () => {
    const result = evaluateCase({ id: "c1", events: [] }, { profile: "working-together", asOf: "2024-06-30" });
    if (result.ok) {
      expectTypeOf(result).toEqualTypeOf<CaseEvaluation>();
      expectTypeOf(result.obligations).toEqualTypeOf<readonly Obligation[]>();
      expectTypeOf(result.nextDue).toEqualTypeOf<Obligation | null>();
      expectTypeOf(result.caseId).toEqualTypeOf<string>();
    } else {
      expectTypeOf(result).toEqualTypeOf<CaseEvaluationFailure>();
      expectTypeOf(result.issues).toEqualTypeOf<readonly InputIssue[]>();
      expectTypeOf(result.caseId).toEqualTypeOf<string | null>();
      expectTypeOf(result).not.toHaveProperty("obligations");
    }
  });

  it("accepts a built-in profile id, a defined profile or a profile input, and refuses other ids and a missing asOf", () => {
    expectTypeOf(evaluateCase).toBeCallableWith({}, { profile: "pan-sussex", asOf: "2024-06-30" });
    expectTypeOf(evaluateCase).toBeCallableWith({}, { profile: defineProfile({}), asOf: "2024-06-30", checklist: false });
    // @ts-expect-error: not a built-in profile id
    evaluateCase({}, { profile: "no-such-profile", asOf: "2024-06-30" });
    // @ts-expect-error: asOf is required
    evaluateCase({}, { profile: "working-together" });
  });
});

describe("Obligation", () => {
  it("has its documented fields, read-only, with nulls where a fact may be absent", () => {
    expectTypeOf<Obligation["status"]>().toEqualTypeOf<ObligationStatus>();
    expectTypeOf<ObligationStatus>().toEqualTypeOf<"met" | "late" | "missing" | "pending" | "exception" | "not-applicable">();
    expectTypeOf<Obligation["ruleId"]>().toEqualTypeOf<string>();
    expectTypeOf<Obligation["dueDate"]>().toEqualTypeOf<string>();
    expectTypeOf<Obligation["actualDate"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Obligation["episode"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Obligation["satisfiedBy"]>().toEqualTypeOf<EventRef | null>();
    expectTypeOf<Obligation["daysLate"]>().toEqualTypeOf<number>();
    expectTypeOf<Obligation["workingDaysLate"]>().toEqualTypeOf<number>();
    expectTypeOf<Obligation["explanation"]>().toEqualTypeOf<string>();
    expectTypeOf<Obligation["facts"]>().toEqualTypeOf<Readonly<Record<string, string | number | boolean | null>>>();
    expectTypeOf<Obligation>().toHaveProperty("exception");
    expectTypeOf<Obligation>().toHaveProperty("citation");
    expectTypeOf<Obligation>().toHaveProperty("reading");
    const obligation = {} as Obligation;
    // @ts-expect-error: results are read-only
    obligation.status = "met";
  });
});

describe("defineProfile", () => {
  it("takes any value (it validates) and returns a Profile", () => {
    expectTypeOf(defineProfile).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(defineProfile).returns.toEqualTypeOf<Profile>();
    expectTypeOf(defineProfile).toBeCallableWith({}, { profiles: { base: {} as Profile } });
    expectTypeOf<Profile["rules"]>().toExtend<readonly unknown[]>();
    expectTypeOf<Profile["id"]>().toEqualTypeOf<string>();
  });
});

describe("createWorkingCalendar", () => {
  it("takes optional options and returns a WorkingCalendar of date strings", () => {
    expectTypeOf(createWorkingCalendar).toBeCallableWith();
    expectTypeOf(createWorkingCalendar).toBeCallableWith({ region: "scotland", closureDays: ["2024-12-27"] });
    // @ts-expect-error: not a region
    createWorkingCalendar({ region: "france" });
    expectTypeOf(createWorkingCalendar).returns.toEqualTypeOf<WorkingCalendar>();
    expectTypeOf<WorkingCalendar["addWorkingDays"]>().parameters.toEqualTypeOf<[date: string, n: number, options?: Parameters<WorkingCalendar["addWorkingDays"]>[2]]>();
    expectTypeOf<WorkingCalendar["addWorkingDays"]>().returns.toEqualTypeOf<string>();
    expectTypeOf<WorkingCalendar["isWorkingDay"]>().returns.toEqualTypeOf<boolean>();
  });
});

describe("auditCases", () => {
  it("takes sync or async records and returns a CaseAudit iterable both ways", () => {
    expectTypeOf(auditCases).returns.toEqualTypeOf<CaseAudit>();
    expectTypeOf(auditCases).toBeCallableWith([{ id: "c1", events: [] }], { profile: "working-together", asOf: "2024-06-30" });
    expectTypeOf<CaseAudit>().toExtend<Iterable<AuditItem>>();
    expectTypeOf<CaseAudit>().toExtend<AsyncIterable<AuditItem>>();
    expectTypeOf<CaseAudit["summary"]>().returns.toEqualTypeOf<AuditSummary>();
  });
});

describe("the timeline's word lists", () => {
  it("are literal tuples whose unions are the schema's types", () => {
    expectTypeOf(CASE_EVENT_TYPES).toEqualTypeOf<
      readonly ["strategy-discussion", "initial-conference", "transfer-in-conference", "core-group", "review-conference", "plan-end", "exception"]
    >();
    expectTypeOf<CaseEvent["type"]>().toEqualTypeOf<CaseEventType>();
    expectTypeOf(CONFERENCE_OUTCOMES).toEqualTypeOf<readonly ["plan", "no-plan"]>();
    expectTypeOf<InitialConference["outcome"]>().toEqualTypeOf<ConferenceOutcome>();
    expectTypeOf<TransferInConference["outcome"]>().toEqualTypeOf<ConferenceOutcome | undefined>();
    expectTypeOf(REVIEW_OUTCOMES).toEqualTypeOf<readonly ["plan-continues", "plan-ends"]>();
    expectTypeOf<ReviewConference["outcome"]>().toEqualTypeOf<ReviewOutcome>();
    expectTypeOf(MEETING_STATUSES).toEqualTypeOf<readonly ["held", "cancelled", "not-held"]>();
    expectTypeOf<CoreGroupMeeting["status"]>().toEqualTypeOf<MeetingStatus | undefined>();
    expectTypeOf(RECORDED_ANSWERS).toEqualTypeOf<readonly ["yes", "no", "not-applicable"]>();
    expectTypeOf<RecordedAnswer["answer"]>().toEqualTypeOf<RecordedAnswerValue>();
    expectTypeOf(REPORT_RECIPIENTS).toEqualTypeOf<readonly ["family", "professionals", "reviewing-officer"]>();
    expectTypeOf<NonNullable<ReviewConference["reportSharedWith"]>>().toEqualTypeOf<ReportRecipient[]>();
    expectTypeOf<(typeof PLAN_END_REASONS)[number]>().toEqualTypeOf<PlanEndReason>();
    expectTypeOf<PlanEnd["reason"]>().toEqualTypeOf<"review-conference" | "eighteenth-birthday" | "death" | "moved-permanently" | "left-uk" | "other">();
  });

  it("refuse a word outside the list", () => {
    // @ts-expect-error: not an event type
    const type: CaseEventType = "core-group-meeting";
    // @ts-expect-error: not a meeting status
    const status: MeetingStatus = "postponed";
    expectTypeOf(type).toEqualTypeOf<CaseEventType>();
    expectTypeOf(status).toEqualTypeOf<MeetingStatus>();
  });

  it("give the size limits as numbers, and a timeline is its schema's type", () => {
    expectTypeOf(TIMELINE_LIMITS.maxEvents).toEqualTypeOf<1_000_000>();
    expectTypeOf(TIMELINE_LIMITS.maxTextLength).toEqualTypeOf<10_000>();
    expectTypeOf<CaseTimeline["events"]>().toEqualTypeOf<CaseEvent[]>();
    expectTypeOf<CaseTimeline["id"]>().toEqualTypeOf<string>();
  });
});
