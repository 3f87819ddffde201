import type { Profile } from "../policy/profile.js";
import type { Rule } from "../policy/profile-schema.js";
import { definitionOf } from "../rules/rule-kinds.js";
import type { ExcludedRule } from "./audit-profile.js";
import type { UnsupportedIndicator } from "./indicators/indicator-types.js";

/**
 * Whether a profile rule can be audited from DfE Children in Need census data, as its kind says.
 * The census holds s47 start, initial conference, plan start and end, and review dates only: so
 * only the conference deadlines (initial conference after the s47 start, reviews after the plan
 * start or a review) can be checked from it, not core groups, records, reports or attendance.
 *
 * @example
 * ```ts
 * const censusRules = profile.rules.filter(cinCensusSupportsRule);
 * ```
 */
export function cinCensusSupportsRule(rule: Rule): boolean {
  return definitionOf(rule.kind).cinCensusSupport(rule);
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
    .filter((rule) => !cinCensusSupportsRule(rule))
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
