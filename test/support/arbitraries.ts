import fc from "fast-check";
import {
  CONFERENCE_OUTCOMES,
  fromDayNumber,
  MEETING_STATUSES,
  PLAN_END_REASONS,
  RECORDED_ANSWERS,
  REPORT_RECIPIENTS,
  REVIEW_OUTCOMES,
  toDayNumber,
} from "../../src/index.js";

/** Civil dates in [from, to] as YYYY-MM-DD. */
export function isoDateArbitrary(from = "1990-01-01", to = "2099-12-31"): fc.Arbitrary<string> {
  return fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
}

const date = isoDateArbitrary();
const text = fc.string({ minLength: 1, maxLength: 12 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Valid attendees of a core group meeting. */
export const attendeeArbitrary = fc.record({ role: text, name: maybe(text), agency: maybe(text), professionalId: maybe(text) }, { requiredKeys: ["role"] });
/** Valid recorded answers of a core group meeting. */
export const recordedAnswerArbitrary = fc.record({ item: text, answer: fc.constantFrom(...RECORDED_ANSWERS), note: maybe(text) }, { requiredKeys: ["item", "answer"] });
/** Valid professionals of a plan. */
export const planProfessionalArbitrary = fc.record({ id: text, role: text, agency: maybe(text), directRegularContact: maybe(fc.boolean()) }, { requiredKeys: ["id", "role"] });

/** Valid events of every type, with small lists. */
export const caseEventArbitrary = fc.oneof(
  fc.record(
    { type: fc.constant("strategy-discussion"), id: maybe(text), date, initiatedSection47: maybe(fc.boolean()), conferenceNotRequired: maybe(fc.boolean()) },
    { requiredKeys: ["type", "date"] },
  ),
  fc.record({ type: fc.constant("initial-conference"), id: maybe(text), date, outcome: fc.constantFrom(...CONFERENCE_OUTCOMES) }, { requiredKeys: ["type", "date", "outcome"] }),
  fc.record({ type: fc.constant("transfer-in-conference"), date, outcome: maybe(fc.constantFrom(...CONFERENCE_OUTCOMES)) }, { requiredKeys: ["type", "date"] }),
  fc.record(
    {
      type: fc.constant("core-group"),
      id: maybe(text),
      date,
      status: maybe(fc.constantFrom(...MEETING_STATUSES)),
      chair: maybe(fc.record({ role: text, name: maybe(text) }, { requiredKeys: ["role"] })),
      attendees: maybe(fc.array(attendeeArbitrary, { maxLength: 4 })),
      absentFamilyToldMayContributeInWriting: maybe(fc.boolean()),
      recordEnteredDate: maybe(date),
      minutesCirculatedDate: maybe(date),
      answers: maybe(fc.array(recordedAnswerArbitrary, { maxLength: 3 })),
    },
    { requiredKeys: ["type", "date"] },
  ),
  fc.record(
    {
      type: fc.constant("review-conference"),
      date,
      outcome: fc.constantFrom(...REVIEW_OUTCOMES),
      reportSharedDate: maybe(date),
      reportSharedWith: maybe(fc.subarray([...REPORT_RECIPIENTS])),
    },
    { requiredKeys: ["type", "date", "outcome"] },
  ),
  fc.record({ type: fc.constant("plan-end"), date, reason: fc.constantFrom(...PLAN_END_REASONS) }, { requiredKeys: ["type", "date", "reason"] }),
  fc.record(
    { type: fc.constant("exception"), id: maybe(text), date, ruleId: text, dueDate: maybe(date), reason: text, approvedBy: text },
    { requiredKeys: ["type", "date", "ruleId", "reason", "approvedBy"] },
  ),
);

/** Valid case timelines, as JSON.parse would make them (no undefined values). */
export const caseTimelineArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      id: fc.string({ minLength: 1, maxLength: 20 }),
      child: maybe(fc.record({ dateOfBirth: date, lookedAfter: fc.boolean() }, { requiredKeys: [] })),
      team: maybe(text),
      worker: maybe(text),
      professionals: maybe(fc.array(planProfessionalArbitrary, { maxLength: 3 })),
      events: fc.array(caseEventArbitrary, { maxLength: 8 }),
    },
    { requiredKeys: ["id", "events"] },
  )
  .map((timeline) => JSON.parse(JSON.stringify(timeline)) as Record<string, unknown>);
