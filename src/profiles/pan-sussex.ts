import type { ChecklistItem, ProfileInput } from "../policy/profile-schema.js";
import { restateNationalRule } from "./restate-national-rule.js";

const CHECKLIST = "Pan-Sussex Core Group Meeting Checklist (a Pan-Sussex local authority, probably West Sussex)";
const PROCEDURES = {
  document: "Pan-Sussex Child Protection and Safeguarding Procedures",
  url: "https://sussexchildprotection.procedures.org.uk/",
} as const;

const RESPONSIBILITIES = "CORE GROUP RESPONSIBILITIES (ALL MEMBERS)";
const INITIAL = "INTIAL CORE GROUP MEETING"; // the checklist's own spelling
const SUBSEQUENT = "ALL SUBSEQUENT CORE GROUP MEETINGS";
const PLAN = "CHILD PROTECTION PLAN";
const RECORD = "MOSAIC CORE GROUP RECORD";

const recorded = { source: "recorded" } as const;
const byRule = (ruleId: string) => ({ source: "rule", ruleId }) as const;

/** Every Y/N line of the Pan-Sussex Core Group Meeting Checklist, in its order, with its exact words. */
const checklistItems: ChecklistItem[] = [
  {
    id: "pan-sussex.checklist.responsibilities",
    section: RESPONSIBILITIES,
    text:
      "· Collecting and sharing information to assist the Lead Social Worker in compiling and completing ongoing Assessment;\n" +
      "· To develop the Child Protection Plan – that is well understood my parents/carers\n" +
      "· Formulation and implementation of the Child Protection Plan as a detailed working tool;\n" +
      "· Monitoring progress of the plan against specified objectives;\n" +
      "· Making recommendations to subsequent Review Child Protection Conferences about the need for and content of any future protection plans;\n" +
      "· Identifying possible further assessments that are required, and referring to locally available services, and/or to management within partnership agencies for consideration of the core group’s suggestion. Each agency is responsible for taking requests back to their own agency for consideration.",
    scope: "each-core-group",
    answeredBy: recorded,
  },
  {
    id: "pan-sussex.checklist.family-attendance",
    section: RESPONSIBILITIES,
    text:
      "This meeting included parents/ carers, child (if appropriate) and other relevant family members. If they did not attend, they were advised that they may contribute to the meeting in writing.",
    scope: "each-core-group",
    answeredBy: byRule("pan-sussex.family-attendance"),
  },
  {
    id: "pan-sussex.checklist.direct-contact-attendance",
    section: RESPONSIBILITIES,
    text: "This meeting included professionals and foster carers in direct regular contact with the child.",
    scope: "each-core-group",
    answeredBy: byRule("pan-sussex.direct-contact-attendance"),
  },
  {
    id: "pan-sussex.checklist.initial-timing",
    section: INITIAL,
    text: "This meeting was held no more than 10 working days following Initial Child Protection Conference.",
    scope: "initial-core-group",
    answeredBy: byRule("working-together.first-core-group"),
  },
  {
    id: "pan-sussex.checklist.initial-chair",
    section: INITIAL,
    text: "This meeting was chaired by the Lead Social Worker.",
    scope: "initial-core-group",
    answeredBy: byRule("pan-sussex.chair"),
  },
  {
    id: "pan-sussex.checklist.initial-plan-professionals",
    section: INITIAL,
    text: "Professionals identified in the current Child Protection Plan attended meetings.",
    scope: "initial-core-group",
    answeredBy: byRule("pan-sussex.plan-professionals-attendance"),
  },
  {
    id: "pan-sussex.checklist.subsequent-timing",
    section: SUBSEQUENT,
    text: "This meeting was held no more than 6 weeks from the last Core Group meeting.",
    scope: "subsequent-core-group",
    answeredBy: byRule("pan-sussex.core-group-frequency"),
  },
  {
    id: "pan-sussex.checklist.subsequent-chair",
    section: SUBSEQUENT,
    text: "This meeting was chaired by the Lead Social Worker.",
    scope: "subsequent-core-group",
    answeredBy: byRule("pan-sussex.chair"),
  },
  {
    id: "pan-sussex.checklist.subsequent-plan-professionals",
    section: SUBSEQUENT,
    text: "Professionals identified in the current Child Protection Plan attended meetings.",
    scope: "subsequent-core-group",
    answeredBy: byRule("pan-sussex.plan-professionals-attendance"),
  },
  {
    id: "pan-sussex.checklist.plan-developed",
    section: PLAN,
    text: "The Child Protection Plan was developed as per the Core Group outcomes.",
    scope: "each-core-group",
    answeredBy: recorded,
  },
  {
    id: "pan-sussex.checklist.smart-objectives",
    section: PLAN,
    text:
      "The Objectives identified to meet the child’s needs are developed in a S.M.A.R.T (Specific, Measurable, Achievable, Realistic, Timely) way.",
    scope: "each-core-group",
    answeredBy: recorded,
  },
  {
    id: "pan-sussex.checklist.plan-items-discussed",
    section: PLAN,
    text:
      "Each item of the Child Protection Plan is discussed at Core Group Meetings to ensure the objectives are appropriate for the child’s needs.",
    scope: "each-core-group",
    answeredBy: recorded,
  },
  {
    id: "pan-sussex.checklist.difficulties-addressed",
    section: PLAN,
    text:
      "Difficulties with the Child Protection Plan (e.g. inability to access child, difficulties implementing the plan or disagreements about the plan) are documented and addressed by the Core Group and best efforts are made to resolve issues within the core group meeting before considering escalation.",
    scope: "each-core-group",
    answeredBy: recorded,
  },
  {
    id: "pan-sussex.checklist.safety-actions-considered",
    section: PLAN,
    text:
      "The following actions have been considered where difficulties identified impact on the child’s safety:\n" +
      "· A section 47 Enquiry\n" +
      "· Bring Forward Child protection Review Conference\n" +
      "· Immediate Legal Action\n" +
      "(The Conferencing & Reviewing Officer (CRO) to be notified in these circumstances)",
    scope: "each-core-group",
    answeredBy: recorded,
  },
  {
    id: "pan-sussex.checklist.disagreements-escalated",
    section: PLAN,
    text:
      "Any disagreements or concerns between professionals about the plan are addressed between line managers of each agency at the first instance. If issues are not resolved, disputes are referred to the Heads of Service for each agency involved.",
    scope: "each-core-group",
    answeredBy: recorded,
  },
  {
    id: "pan-sussex.checklist.minutes-circulated",
    section: RECORD,
    text: "Minutes from core group meeting have been circulated within 10 working days of the meeting.",
    scope: "each-core-group",
    answeredBy: byRule("pan-sussex.minutes-circulated"),
  },
  {
    id: "pan-sussex.checklist.report-shared",
    section: RECORD,
    text:
      "For the Core Group Record that is also the Social Worker’ report for the Review Child Protection Conference, the Core Group Proforma has been referred to for ensuring the report to conference is of sufficient quality. This report is to be shared with the family, professionals and CRO a minimum of 5 days prior to Review Child Protection Conference.",
    scope: "last-core-group-before-review",
    answeredBy: byRule("pan-sussex.report-shared"),
  },
];

/**
 * Pan-Sussex (the Core Group Meeting Checklist, with the Pan-Sussex procedures): first
 * core group within 10 working days, then at most 6 weeks apart (D19), a core group in the 3
 * weeks before each review (D15), minutes within 10 working days and the report shared 5 working
 * days before the review (D22), chaired by the lead social worker and attendance checks (D23,
 * D24), and the whole checklist, one item per Y/N line.
 *
 * @example
 * ```ts
 * const panSussex = defineProfile(panSussexInput);
 * panSussex.checklist?.items.length; // 17
 * ```
 */
export const panSussexInput: ProfileInput = {
  id: "pan-sussex",
  name: "Pan-Sussex",
  version: "1.0.0",
  description:
    "A Pan-Sussex local authority (Brighton & Hove, East Sussex or West Sussex; probably West Sussex): its Core " +
    "Group Meeting Checklist, read with the Pan-Sussex Child Protection and Safeguarding Procedures.",
  extends: "working-together",
  rules: [
    restateNationalRule("working-together.first-core-group", {
      title: "Initial core group within 10 working days of the plan",
      description:
        "When an initial (or transfer-in) conference makes a child protection plan, the initial core group must " +
        "be held no more than 10 working days after that conference.",
      citation: {
        document: CHECKLIST,
        section: INITIAL,
        quote: "This meeting was held no more than 10 working days following Initial Child Protection Conference.",
      },
      reading: {
        decisions: ["D10", "D11", "D2", "D8"],
        text:
          "The checklist's statement of the national rule: 10 working days, the conference that made the plan being " +
          "day 0; a transfer-in conference counts as an initial conference (Pan-Sussex 5.4.4).",
      },
    }),
    restateNationalRule("working-together.first-review", {
      citation: {
        ...PROCEDURES,
        section: "7.6 Child Protection Review Conference",
        quote:
          "If a child is put on a Child Protection Plan, the first Review Conference must be held within 3 months " +
          "of the Initial Conference.",
      },
      reading: {
        decisions: ["D7", "D10", "D11", "D8"],
        text:
          "The Pan-Sussex procedures' own statement of the national rule: calendar months, clamped to the month's end.",
      },
    }),
    restateNationalRule("working-together.later-reviews", {
      citation: {
        ...PROCEDURES,
        section: "5.5",
        quote:
          "Further reviews must be held at intervals of not more than 6 months, for as long as the child remains " +
          "the subject of a Child Protection Plan.",
      },
      reading: {
        decisions: ["D7", "D12", "D8"],
        text:
          "The Pan-Sussex procedures' own statement of the national rule: 6 calendar months from the actual date of " +
          "the previous review that kept the plan.",
      },
    }),
    {
      id: "pan-sussex.core-group-frequency",
      kind: "recurring-interval",
      title: "Core groups no more than 6 weeks apart",
      description:
        "After the initial core group, each core group must be held no more than 6 weeks (42 days) after the " +
        "previous one, for as long as the child protection plan lasts.",
      event: "core-group",
      every: { n: 6, unit: "weeks" },
      citation: {
        document: CHECKLIST,
        section: SUBSEQUENT,
        quote: "This meeting was held no more than 6 weeks from the last Core Group meeting.",
      },
      reading: {
        decisions: ["D19", "D6", "D12", "D13"],
        text:
          "The next core group is due 42 calendar days after the previous held one (day 42 complies); cancelled " +
          "meetings do not restart the clock.",
      },
    },
    {
      id: "pan-sussex.pre-review-core-group",
      kind: "window-before-event",
      title: "A core group in the 3 weeks before each review conference",
      description:
        "Before each review conference, at least one core group must be held in the 3 weeks before it (21 days " +
        "before up to the day before), so that the social worker's report has the latest information.",
      event: "core-group",
      before: "review-conference",
      earliest: { n: 21, unit: "days" },
      latest: { n: 1, unit: "days" },
      citation: {
        document: CHECKLIST,
        section: "Introduction",
        quote:
          "There is an expectation that a Core Group is held a maximum of 3 weeks prior to Review Conference to " +
          "ensure the social worker report for conference contains the most recent information.",
      },
      reading: {
        decisions: ["D15"],
        text:
          "At least one held core group in [review - 21 days, review - 1 day]; a meeting on the conference day does " +
          "not count, because the report it feeds is shared before the conference.",
      },
    },
    {
      id: "pan-sussex.minutes-circulated",
      kind: "deadline-after-event",
      title: "Minutes circulated within 10 working days",
      description: "The minutes of each core group meeting must be circulated within 10 working days of the meeting.",
      anchor: "core-group",
      target: "core-group-minutes-circulated",
      within: { n: 10, unit: "working-days" },
      citation: {
        document: CHECKLIST,
        section: RECORD,
        quote: "Minutes from core group meeting have been circulated within 10 working days of the meeting.",
      },
      reading: {
        decisions: ["D22", "D2", "D25"],
        text: "10 working days after each held meeting (day 0), checked against the date the minutes were circulated.",
      },
    },
    {
      id: "pan-sussex.report-shared",
      kind: "lead-time-before-event",
      title: "Social worker's report shared 5 working days before the review",
      description:
        "The social worker's report for a review conference (the last core group record) must be shared with the " +
        "family, the professionals and the Conferencing & Reviewing Officer at least 5 working days before the conference.",
      fact: "review-report-shared",
      before: "review-conference",
      atLeast: { n: 5, unit: "working-days" },
      citation: {
        document: CHECKLIST,
        section: RECORD,
        quote:
          "This report is to be shared with the family, professionals and CRO a minimum of 5 days prior to Review " +
          "Child Protection Conference.",
      },
      reading: {
        decisions: ["D22", "D25"],
        text:
          "The checklist says \"5 days\"; read as 5 working days because the Pan-Sussex procedures (5.14.2) say " +
          "\"five working days before Review Conferences\"; the quality half of the checklist line (the proforma) is " +
          "not decided by this rule.",
      },
    },
    {
      id: "pan-sussex.chair",
      kind: "meeting-check",
      title: "Chaired by the lead social worker",
      description: "Each core group meeting must be chaired by the lead social worker.",
      check: "chair",
      chairRoles: ["lead-social-worker"],
      severity: "breach",
      citation: { document: CHECKLIST, section: `${INITIAL}; ${SUBSEQUENT}`, quote: "This meeting was chaired by the Lead Social Worker." },
      reading: {
        decisions: ["D23", "D25"],
        text: "A meeting chaired by anyone other than the lead social worker is a breach; an unrecorded chair is not-recorded.",
      },
    },
    {
      id: "pan-sussex.family-attendance",
      kind: "meeting-check",
      title: "Family included, or told they may contribute in writing",
      description:
        "Each core group meeting must include the parents or carers (and the child where appropriate), or, if they " +
        "did not attend, they must have been told they may contribute in writing.",
      check: "family-attendance",
      severity: "breach",
      citation: {
        document: CHECKLIST,
        section: RESPONSIBILITIES,
        quote:
          "This meeting included parents/ carers, child (if appropriate) and other relevant family members. If they " +
          "did not attend, they were advised that they may contribute to the meeting in writing.",
      },
      reading: {
        decisions: ["D24", "D25"],
        text:
          "Role-based: a breach only when no parent or carer attended and they were not told they may contribute in " +
          "writing, which the lead social worker controls; the checklist puts this line on the same Y/N footing as the chair.",
      },
    },
    {
      id: "pan-sussex.direct-contact-attendance",
      kind: "meeting-check",
      title: "Professionals and foster carers in direct contact attended",
      description:
        "Each core group meeting must include the professionals and foster carers in direct regular contact with the child.",
      check: "direct-contact-attendance",
      severity: "breach",
      citation: {
        document: CHECKLIST,
        section: RESPONSIBILITIES,
        quote: "This meeting included professionals and foster carers in direct regular contact with the child.",
      },
      reading: {
        decisions: ["D24", "D25"],
        text:
          "Role-based, no numeric quorum: every plan professional marked as in direct regular contact must attend; a " +
          "breach like the other checklist lines (a council that treats absences as findings sets severity \"finding\").",
      },
    },
    {
      id: "pan-sussex.plan-professionals-attendance",
      kind: "meeting-check",
      title: "Professionals named in the plan attended",
      description: "Every professional named in the current child protection plan must attend each core group meeting.",
      check: "plan-professionals-attendance",
      severity: "breach",
      citation: {
        document: CHECKLIST,
        section: `${INITIAL}; ${SUBSEQUENT}`,
        quote: "Professionals identified in the current Child Protection Plan attended meetings.",
      },
      reading: {
        decisions: ["D24", "D25"],
        text:
          "Role-based, no numeric quorum: every professional named in the current plan must attend; a breach like the " +
          "other checklist lines (a council that treats absences as findings sets severity \"finding\").",
      },
    },
  ],
  checklist: {
    title: "Core Group Meeting Checklist",
    citation: {
      document: CHECKLIST,
      quote:
        "Please refer to Pan Sussex Procedures Implementation of the Child Protection Plan – Lead Social Worker and " +
        "Core Group Responsibilities for further guidance",
    },
    items: checklistItems,
  },
};
