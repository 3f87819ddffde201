import type { ProfileInput } from "../policy/profile-schema.js";
import { restateNationalRule } from "./restate-national-rule.js";

const LEAFLET = {
  document: "Cambridgeshire LSCB: Guidance for Core Group Members (leaflet)",
  section: "Roles and Responsibilities of Core Group Members",
  url: "https://www.cambslscb.org.uk/",
} as const;
const REVIEWS_QUOTE =
  "the Child Protection Plan is formally reviewed, initially within three months and then at a maximum of six monthly intervals thereafter;";
const PRE_REVIEW_QUOTE =
  "The Core Group meets 10 days before a Review Child Protection Conference and at least once more where the gap between conferences is six months.";

/**
 * Cambridgeshire (the LSCB leaflet "Guidance for Core Group Members"): first core group
 * usually within 10 working days, reviews within three months then six-monthly (its own words
 * for the national rules), a core group in the 10 days before each review (D16), a second one
 * when conferences are more than 3 months apart (D17), and the lead social worker chairs (a
 * finding, not a breach: D23). No core-group frequency.
 *
 * @example
 * ```ts
 * const cambridgeshire = defineProfile(cambridgeshireInput);
 * cambridgeshire.rules.find((rule) => rule.id === "cambridgeshire.extra-core-group");
 * ```
 */
export const cambridgeshireInput: ProfileInput = {
  id: "cambridgeshire",
  name: "Cambridgeshire",
  version: "1.0.0",
  description:
    "Cambridgeshire Local Safeguarding Children Board (St Ives): the leaflet \"Guidance for Core Group Members\". " +
    "It sets no core-group frequency beyond the meetings around review conferences.",
  extends: "working-together",
  rules: [
    restateNationalRule("working-together.first-core-group", {
      title: "First core group usually within 10 working days of the plan",
      description:
        "When an initial (or transfer-in) conference makes a child protection plan, the lead social worker must " +
        "organise a core group meeting within 10 working days of it, unless there are exceptional circumstances.",
      citation: {
        ...LEAFLET,
        quote:
          "A meeting of Core Group members is organised as soon as possible after the initial Child Protection " +
          "Conference usually within 10 working days unless there are exceptional circumstances, so as to complete " +
          "the Child Protection Plan in more detail;",
      },
      reading: {
        decisions: ["D10", "D11", "D2", "D14", "D8"],
        text:
          "Cambridgeshire's own statement of the national rule: 10 working days from the conference that made the " +
          "plan (day 0); \"usually ... unless there are exceptional circumstances\" is met by recording an exception, " +
          "which reports a late meeting as exception rather than hiding it.",
      },
    }),
    restateNationalRule("working-together.first-review", {
      title: "Plan first reviewed within three months",
      description:
        "The child protection plan must first be formally reviewed at a review conference within three months of " +
        "the initial (or transfer-in) conference that made it.",
      citation: { ...LEAFLET, quote: REVIEWS_QUOTE },
      reading: {
        decisions: ["D7", "D10", "D11", "D8"],
        text: "Cambridgeshire's own statement of the national rule: 3 calendar months, clamped to the month's end.",
      },
    }),
    restateNationalRule("working-together.later-reviews", {
      title: "Later reviews at most six months apart",
      description: "While the plan lasts, each review conference that keeps the plan must be followed by the next within six months.",
      citation: { ...LEAFLET, quote: REVIEWS_QUOTE },
      reading: {
        decisions: ["D7", "D12", "D8"],
        text:
          "Cambridgeshire's own statement of the national rule: 6 calendar months from the actual date of the " +
          "previous review that kept the plan.",
      },
    }),
    {
      id: "cambridgeshire.pre-review-core-group",
      kind: "window-before-event",
      title: "A core group in the 10 days before each review conference",
      description:
        "Before each review conference, at least one core group must meet in the 10 days before it (10 days " +
        "before up to the day before).",
      event: "core-group",
      before: "review-conference",
      earliest: { n: 10, unit: "days" },
      latest: { n: 1, unit: "days" },
      citation: { ...LEAFLET, quote: PRE_REVIEW_QUOTE },
      reading: {
        decisions: ["D16"],
        text:
          "\"Meets 10 days before\" is read as at least one held core group in [review - 10 days, review - 1 day]; the " +
          "alternative reading \"no later than 10 days before\" is earliest \"after-previous-conference\", latest 10 days.",
      },
    },
    {
      id: "cambridgeshire.extra-core-group",
      kind: "count-between-events",
      title: "At least two core groups when conferences are more than 3 months apart",
      description:
        "When two consecutive conferences are more than 3 months apart, at least two core groups must meet between " +
        "them, one of them in the 10 days before the later conference.",
      event: "core-group",
      between: "consecutive-conferences",
      minimum: 2,
      whenGapMoreThan: { n: 3, unit: "months" },
      oneSatisfying: "cambridgeshire.pre-review-core-group",
      citation: { ...LEAFLET, quote: PRE_REVIEW_QUOTE },
      reading: {
        decisions: ["D17", "D16", "D7"],
        text:
          "\"At least once more where the gap between conferences is six months\" applies whenever consecutive " +
          "conferences are more than 3 calendar months apart: two held core groups strictly between them, one of " +
          "which satisfies cambridgeshire.pre-review-core-group.",
      },
    },
    {
      id: "cambridgeshire.chair",
      kind: "meeting-check",
      title: "Convened and chaired by the lead social worker",
      description:
        "Core group meetings are convened and chaired by the lead social worker; other members share in chairing, " +
        "so another chair is reported but is not a breach.",
      check: "chair",
      chairRoles: ["lead-social-worker"],
      severity: "finding",
      citation: { ...LEAFLET, quote: "convening and chairing regular Core Group meetings;" },
      reading: {
        decisions: ["D23", "D25"],
        text:
          "The lead social worker chairs, but members \"share in the responsibility of chairing and minuting Core Group " +
          "meetings\", so another chair is a finding, not a breach.",
      },
    },
  ],
};
