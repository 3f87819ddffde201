import type { Profile } from "../policy/profile.js";
import type { Rule } from "../policy/profile-schema.js";
import type { ExcludedRule } from "./audit-profile.js";
import type { UnsupportedIndicator } from "./indicators/indicator-types.js";

function supportedByCensus(rule: Rule): boolean {
  if (rule.kind === "deadline-after-event") {
    return rule.anchor !== "core-group" && (rule.target === "initial-conference" || rule.target === "review-conference");
  }
  return rule.kind === "recurring-interval" && rule.event === "review-conference";
}

/**
 * The rules of a profile that CIN census data cannot support, with the reason. The census
 * records s47 enquiries (start date, ICPC date) and child protection plans (start and end dates,
 * review dates), but no core group meetings, records, reports or attendance; so only the
 * conference timescales (initial conference after the s47 start, first review after 3 months,
 * later reviews every 6 months) can be audited from it.
 *
 * @example
 * ```ts
 * const exclude = rulesUnsupportedByCinCensus(profiles["working-together"]);
 * const audit = auditCases(records, { profile: "working-together", asOf: "2025-03-31", exclude });
 * ```
 */
export function rulesUnsupportedByCinCensus(profile: Profile): ExcludedRule[] {
  return profile.rules
    .filter((rule) => !supportedByCensus(rule))
    .map((rule) => ({
      ruleId: rule.id,
      reason:
        "The CIN census holds no core group meetings, meeting records, reports or attendance, so this rule cannot be checked from it.",
    }));
}

/**
 * The national indicators CIN census data cannot support, with the reason: repeat plans, since a
 * return gives each plan as a case of its own, without the child's earlier plans.
 *
 * @example
 * ```ts
 * const audit = auditCases(records, { profile: "working-together", asOf: "2025-03-31", excludeIndicators: indicatorsUnsupportedByCinCensus() });
 * ```
 */
export function indicatorsUnsupportedByCinCensus(): UnsupportedIndicator[] {
  return [
    {
      indicator: "repeat-plans",
      reason:
        "A CIN census return gives each plan as a case of its own, without the child's earlier plans (its count of previous plans is not read), so a second or subsequent plan cannot be told from a first.",
    },
  ];
}
