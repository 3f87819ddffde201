import type { Profile } from "../policy/profile.js";
import type { ProfileInput } from "../policy/profile-schema.js";
import { resolveEvaluationProfile } from "../engine/evaluation-profile.js";
import type { BuiltInProfileId } from "../profiles/index.js";
import type { UnsupportedRule } from "./summary/summary-types.js";

/**
 * A profile as an audit takes it: a built-in id, a resolved profile, or a profile as written.
 *
 * @example
 * ```ts
 * const profile: AuditProfile = "working-together";
 * ```
 */
export type AuditProfile = BuiltInProfileId | Profile | ProfileInput;

/**
 * A rule to leave out of an audit because the input cannot support it, and why.
 *
 * @example
 * ```ts
 * const excluded: ExcludedRule = { ruleId: "working-together.first-core-group", reason: "The CIN census records no core groups." };
 * ```
 */
export interface ExcludedRule {
  readonly ruleId: string;
  readonly reason: string;
}

/**
 * Resolves an audit's profile once, and removes the rules the input cannot support.
 * Throws on an unknown built-in id or an invalid profile (a programmer or configuration error).
 *
 * @example
 * ```ts
 * const { profile, unsupportedRules } = resolveAuditProfile("working-together", [
 *   { ruleId: "working-together.first-core-group", reason: "no core-group data" },
 * ]);
 * ```
 */
export function resolveAuditProfile(
  input: AuditProfile,
  exclude: readonly ExcludedRule[],
): { readonly profile: Profile; readonly unsupportedRules: readonly UnsupportedRule[] } {
  const profile = resolveEvaluationProfile(input);
  if (exclude.length === 0) return { profile, unsupportedRules: [] };
  const reasons = new Map(exclude.map((rule) => [rule.ruleId, rule.reason]));
  const unsupportedRules = profile.rules
    .filter((rule) => reasons.has(rule.id))
    .map((rule) => ({ ruleId: rule.id, title: rule.title, reason: reasons.get(rule.id)! }));
  const checklist =
    profile.checklist === null
      ? null
      : {
          ...profile.checklist,
          items: profile.checklist.items.filter(
            (item) => item.answeredBy.source !== "rule" || !reasons.has(item.answeredBy.ruleId),
          ),
        };
  // Frozen, as every resolved profile is, so that evaluateCase takes it as resolved.
  const reduced: Profile = Object.freeze({
    ...profile,
    rules: Object.freeze(profile.rules.filter((rule) => !reasons.has(rule.id))),
    checklist: checklist !== null && checklist.items.length > 0 ? Object.freeze(checklist) : null,
  });
  return { profile: reduced, unsupportedRules };
}
