import type { ProfileInput } from "../policy/profile-schema.js";
import { restateNationalRule } from "./restate-national-rule.js";

const LEAFLET = "Cumbria County Council Children's Services: Core Groups - Information for Parents and Carers (leaflet)";

/**
 * Cumbria (a parent leaflet): the first core group within ten working days of the
 * initial conference (restating the national rule, so it replaces `working-together.first-core-group`
 * with Cumbria's own words) and then core groups at least every four weeks (D19: 28 days).
 *
 * @example
 * ```ts
 * const cumbria = defineProfile(cumbriaInput);
 * cumbria.rules.find((rule) => rule.id === "cumbria.core-group-frequency");
 * ```
 */
export const cumbriaInput: ProfileInput = {
  id: "cumbria",
  name: "Cumbria",
  version: "1.0.0",
  description:
    "Cumbria County Council Children's Services, from its parent leaflet on core groups. Cumbria County Council " +
    "has since been replaced by Cumberland and Westmorland & Furness councils, which continue to follow the " +
    "Pan-Cumbria procedures.",
  extends: "working-together",
  rules: [
    restateNationalRule("working-together.first-core-group", {
      title: "First core group within ten working days of the plan",
      description:
        "When an initial (or transfer-in) conference makes a child protection plan, the core group must meet " +
        "within ten working days of that conference.",
      citation: {
        document: LEAFLET,
        section: "How often do Core Groups meet?",
        quote: "The Core Group will meet within ten working days of the Initial Child Protection Case Conference.",
      },
      reading: {
        decisions: ["D10", "D11", "D2", "D8"],
        text:
          "Cumbria's own statement of the national rule: 10 working days, the conference that made the plan " +
          "being day 0; an initial conference without a plan starts no core-group clock.",
      },
    }),
    {
      id: "cumbria.core-group-frequency",
      kind: "recurring-interval",
      title: "Core groups at least every four weeks",
      description:
        "After the first core group, each core group must be followed by the next within four weeks (28 days), " +
        "for as long as the child protection plan lasts.",
      event: "core-group",
      every: { n: 4, unit: "weeks" },
      citation: {
        document: LEAFLET,
        section: "How often do Core Groups meet?",
        quote:
          "Core Groups will then be held no less than every four weeks until your child is no longer subject to a " +
          "Child Protection Plan.",
      },
      reading: {
        decisions: ["D19", "D6", "D12", "D13"],
        text:
          "\"No less than every four weeks\" means the next core group is due 28 calendar days after the previous " +
          "held one (day 28 complies); cancelled meetings do not restart the clock and nothing is due after the plan ends.",
      },
    },
  ],
};
