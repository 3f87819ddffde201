import type { ProfileInput } from "../policy/profile-schema.js";

const TEES_ICPC_URL = "https://teescpp.org.uk/safeguarding-procedures/10-initial-child-protection-conference/";
const PAN_SUSSEX_URL = "https://sussexchildprotection.procedures.org.uk/";

/**
 * The national profile: *Working Together to Safeguard Children* (D20 in docs/interpretations.md).
 * The primary gov.uk text was not available to quote, so each rule cites a published restatement
 * of it and says so in its citation. No core-group frequency: each local
 * profile adds its own.
 *
 * @example
 * ```ts
 * const national = defineProfile(workingTogetherInput, { profiles: {} });
 * national.rules.map((rule) => rule.id); // ["working-together.icpc-timing", ...]
 * ```
 */
export const workingTogetherInput: ProfileInput = {
  id: "working-together",
  name: "Working Together to Safeguard Children (England, national)",
  version: "1.0.0",
  description:
    "The national timescales of Working Together to Safeguard Children (2018 edition; the 2023 edition " +
    "was not found to change them). The primary text was not available: each rule cites a published " +
    "restatement. Every local profile extends this one.",
  region: "england-and-wales",
  rules: [
    {
      id: "working-together.icpc-timing",
      kind: "deadline-after-event",
      title: "Initial child protection conference within 15 working days",
      description:
        "The initial child protection conference must take place within 15 working days of the strategy " +
        "discussion at which the section 47 enquiry was started.",
      anchor: "strategy-discussion",
      target: "initial-conference",
      within: { n: 15, unit: "working-days" },
      citation: {
        document: "Working Together to Safeguard Children (as restated by Tees Child Protection Procedures)",
        section: "10. Initial Child Protection Conference, 1.1",
        quote:
          "The initial child protection conference should take place within a maximum of 15 working days of " +
          "the strategy discussion at which the section 47 enquiries were initiated.",
        url: TEES_ICPC_URL,
      },
      reading: {
        decisions: ["D20", "D2", "D8"],
        text:
          "Read as 15 working days (some local procedure manuals say \"15 days\"), counted from the strategy " +
          "discussion that started the s47 enquiry as day 0; the due date is not rolled.",
      },
    },
    {
      id: "working-together.first-core-group",
      kind: "deadline-after-event",
      title: "First core group within 10 working days of the plan",
      description:
        "When an initial (or transfer-in) conference makes a child protection plan, the first core group must " +
        "meet within 10 working days of that conference.",
      anchor: "plan-start",
      target: "core-group",
      within: { n: 10, unit: "working-days" },
      citation: {
        document:
          "Working Together to Safeguard Children 2018, page 52 (as restated by the public web page \"What are the rules and " +
          "function of core group members?\", which quotes it; the primary text was not seen)",
        section: "The child protection plan",
        quote:
          "A first core group meeting must be held within 10 days of the initial child protection conference " +
          "( Working Together 2018, page 52).",
      },
      reading: {
        decisions: ["D20", "D10", "D11", "D2", "D8"],
        text:
          "\"10 days\" is read as 10 working days (the local procedures of Cumbria, Medway, Pan-Sussex and " +
          "Cambridgeshire all say working days); " +
          "the clock starts only at an initial or transfer-in conference that made a plan, which is day 0.",
      },
    },
    {
      id: "working-together.first-review",
      kind: "deadline-after-event",
      title: "First review conference within 3 months",
      description:
        "The first review conference must be held within 3 months of the initial (or transfer-in) conference " +
        "that made the plan.",
      anchor: "plan-start",
      target: "review-conference",
      within: { n: 3, unit: "months" },
      citation: {
        document:
          "Working Together to Safeguard Children (as restated by the Pan-Sussex Child Protection and Safeguarding Procedures)",
        section: "7.6 Child Protection Review Conference",
        quote:
          "If a child is put on a Child Protection Plan, the first Review Conference must be held within 3 months " +
          "of the Initial Conference.",
        url: PAN_SUSSEX_URL,
      },
      reading: {
        decisions: ["D20", "D7", "D10", "D11", "D8"],
        text:
          "Calendar months from the conference that made the plan, clamped to the month's end " +
          "(30 Nov 2023 + 3 months = 29 Feb 2024); a transfer-in conference restarts this clock.",
      },
    },
    {
      id: "working-together.later-reviews",
      kind: "recurring-interval",
      title: "Later review conferences at most 6 months apart",
      description:
        "While the plan lasts, each review conference that keeps the plan must be followed by the next within 6 months.",
      event: "review-conference",
      every: { n: 6, unit: "months" },
      citation: {
        document:
          "Working Together to Safeguard Children (as restated by the Pan-Sussex Child Protection and Safeguarding Procedures)",
        section: "5.5",
        quote:
          "Further reviews must be held at intervals of not more than 6 months, for as long as the child remains " +
          "the subject of a Child Protection Plan.",
        url: PAN_SUSSEX_URL,
      },
      reading: {
        decisions: ["D20", "D7", "D12", "D8"],
        text:
          "6 calendar months from the actual date of the previous review that kept the plan (not from its due " +
          "date), clamped to the month's end; nothing falls due after the plan ends.",
      },
    },
  ],
};
