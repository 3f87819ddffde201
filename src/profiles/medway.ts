import type { ProfileInput } from "../policy/profile-schema.js";
import { restateNationalRule } from "./restate-national-rule.js";

const GUIDANCE = {
  document: "Medway Safeguarding Children Partnership: Core Group guidance",
  url: "https://www.medwayscp.org.uk/info/4/professionals/62/core-group-guidance",
} as const;

/** One sentence of the guidance sets both the six-weekly rhythm and the meeting after each review. */
const FREQUENCY_CITATION = {
  ...GUIDANCE,
  section: "Frequency",
  quote:
    "The next Core Groups should take place every six weeks and within 10 working days of any Review Child " +
    "Protection Conference.",
};

/**
 * Medway (the Medway Safeguarding Children Partnership's Core Group guidance): first
 * core group within 10 working days, then every six weeks (D19: 42 days), a core group within
 * 10 working days after each review conference that keeps the plan (D18), the record entered
 * within 2 working days and copies to members within 5 (D22). No chair check: members decide (D23).
 *
 * @example
 * ```ts
 * const medway = defineProfile(medwayInput);
 * medway.rules.some((rule) => rule.id === "medway.core-group-after-review"); // true
 * ```
 */
export const medwayInput: ProfileInput = {
  id: "medway",
  name: "Medway",
  version: "1.0.0",
  description:
    "Medway Safeguarding Children Partnership (Medway Council, Kent): Core Group guidance. Members decide who " +
    "chairs, so there is no chair check.",
  extends: "working-together",
  rules: [
    restateNationalRule("working-together.first-core-group", {
      description:
        "When an initial (or transfer-in) conference makes a child protection plan, the core group must meet " +
        "within 10 working days of that conference.",
      citation: {
        ...GUIDANCE,
        section: "Core Groups should",
        quote: "meet within 10 working days of the Initial Child Protection Conference",
      },
      reading: {
        decisions: ["D10", "D11", "D2", "D8"],
        text:
          "Medway's own statement of the national rule: 10 working days, the conference that made the plan being day 0.",
      },
    }),
    {
      id: "medway.core-group-frequency",
      kind: "recurring-interval",
      title: "Core groups every six weeks",
      description:
        "After the first core group, each core group must be followed by the next within six weeks (42 days), " +
        "for as long as the child protection plan lasts.",
      event: "core-group",
      every: { n: 6, unit: "weeks" },
      citation: FREQUENCY_CITATION,
      reading: {
        decisions: ["D19", "D6", "D12", "D13"],
        text:
          "\"Every six weeks\" means the next core group is due 42 calendar days after the previous held one " +
          "(day 42 complies), while the plan lasts.",
      },
    },
    {
      id: "medway.core-group-after-review",
      kind: "deadline-after-event",
      title: "Core group within 10 working days after each review conference",
      description:
        "After each review conference that keeps the child protection plan, a core group must meet within 10 " +
        "working days, as after the initial conference.",
      anchor: "continuing-review-conference",
      target: "core-group",
      within: { n: 10, unit: "working-days" },
      citation: FREQUENCY_CITATION,
      reading: {
        decisions: ["D18", "D2", "D12"],
        text:
          "\"Within 10 working days of any Review Child Protection Conference\" is read as after the review (the " +
          "plan is re-set, as after the initial conference), and only for reviews that keep the plan.",
      },
    },
    {
      id: "medway.record-entered",
      kind: "deadline-after-event",
      title: "Core group record entered within 2 working days",
      description:
        "The social worker must complete the written record of each core group meeting and enter it on the case " +
        "system (Frameworki) within 2 working days of the meeting.",
      anchor: "core-group",
      target: "core-group-record-entered",
      within: { n: 2, unit: "working-days" },
      citation: {
        ...GUIDANCE,
        section: "Recording of Core Groups",
        quote:
          "A written record of all Core Group meetings must be completed and entered by the social worker on " +
          "Frameworki within 2 working days.",
      },
      reading: {
        decisions: ["D22", "D2", "D25"],
        text:
          "2 working days after each held meeting (day 0), checked against the date the record was entered; " +
          "when that date is not recorded the obligation names the missing fact.",
      },
    },
    {
      id: "medway.copies-circulated",
      kind: "deadline-after-event",
      title: "Copies of the record to all members within 5 working days",
      description: "Copies of the record of each core group meeting must be given to all members within 5 working days of the meeting.",
      anchor: "core-group",
      target: "core-group-minutes-circulated",
      within: { n: 5, unit: "working-days" },
      citation: {
        ...GUIDANCE,
        section: "Recording of Core Groups",
        quote: "Copies of the record must be given to all members of the Core Group within 5 working days of the meeting.",
      },
      reading: {
        decisions: ["D22", "D2", "D25"],
        text:
          "5 working days after each held meeting (day 0), checked against the date the minutes were circulated " +
          "to the members.",
      },
    },
  ],
};
