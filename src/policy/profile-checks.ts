import type { InputIssue } from "../model/input-issue.js";
import type { Profile } from "./profile.js";
import type { ChecklistItem, Rule } from "./profile-schema.js";
import { policyOf } from "./rule-kind-policies.js";

/**
 * What the cross-checks see of a profile input: the parts that parsed, by their index in the
 * input, so that a profile with schema errors is still cross-checked (every problem in one error).
 */
export interface ProfileDraft {
  readonly id: string | null;
  readonly extends: string | null;
  readonly removeRules: readonly string[];
  /** One entry per input rule: its `id` when readable, and the rule when it parsed. */
  readonly rules: readonly { readonly id: string | null; readonly rule: Rule | null }[];
  /** The checklist items when the checklist is given (each item null when it did not parse). */
  readonly checklistItems: readonly (ChecklistItem | null)[] | null;
}

type Issue = InputIssue;

/**
 * The parent profile named by `extends`, or issues when it is unknown or makes a cycle.
 *
 * @example
 * ```ts
 * findParent(draft, profiles).parent?.id; // "working-together"
 * ```
 */
export function findParent(
  draft: ProfileDraft,
  registry: Readonly<Record<string, Profile>>,
): { parent: Profile | null; issues: Issue[] } {
  if (draft.extends === null) return { parent: null, issues: [] };
  if (!Object.hasOwn(registry, draft.extends)) {
    const known = Object.keys(registry).join(", ") || "none";
    return {
      parent: null,
      issues: [{ code: "unknown-profile", path: ["extends"], message: `Unknown profile "${draft.extends}" (known: ${known}).` }],
    };
  }
  const parent = registry[draft.extends] as Profile;
  if (draft.id !== null && parent.lineage.includes(draft.id)) {
    const cycle = [...parent.lineage.slice(parent.lineage.indexOf(draft.id)), draft.id].join(" -> ");
    return { parent: null, issues: [{ code: "extends-cycle", path: ["extends"], message: `Extends cycle: ${cycle}.` }] };
  }
  return { parent, issues: [] };
}

/**
 * Duplicate ids among the profile's own rules.
 *
 * @example
 * ```ts
 * checkDuplicateRuleIds(draft); // [{ code: "duplicate-rule-id", path: ["rules", 5, "id"], message: 'Duplicate rule id "a" (first at rules[4]).' }]
 * ```
 */
export function checkDuplicateRuleIds(draft: ProfileDraft): Issue[] {
  const firstAt = new Map<string, number>();
  const issues: Issue[] = [];
  draft.rules.forEach(({ id }, index) => {
    if (id === null) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, index);
    else issues.push({ code: "duplicate-rule-id", path: ["rules", index, "id"], message: `Duplicate rule id "${id}" (first at rules[${first}]).` });
  });
  return issues;
}

/**
 * `removeRules` entries that name no inherited rule.
 *
 * @example
 * ```ts
 * checkRemovals({ ...draft, removeRules: ["nope"] }, profiles["working-together"]); // one issue at ["removeRules", 0]
 * ```
 */
export function checkRemovals(draft: ProfileDraft, parent: Profile | null): Issue[] {
  const inherited = new Set(parent?.rules.map((rule) => rule.id) ?? []);
  const from = parent === null ? "no parent profile" : `"${parent.id}"`;
  return draft.removeRules.flatMap((id, index) =>
    inherited.has(id) ? [] : [{ code: "not-inherited", path: ["removeRules", index], message: `"${id}" is not a rule inherited from ${from}.` }],
  );
}

/**
 * Parameter combinations the engine cannot give a meaning to (anchor/target pairs, N < 1,
 * a chair check with no roles, an empty window): each kind's own checks.
 *
 * @example
 * ```ts
 * checkRuleParameters(ruleWithWithinZero, 3); // [{ code: "too_small", path: ["rules", 3, "within", "n"], message: "Must be at least 1 (got 0)." }]
 * ```
 */
export function checkRuleParameters(rule: Rule, index: number): Issue[] {
  return policyOf(rule.kind).checkParameters(rule, (...keys) => ["rules", index, ...keys]);
}

/**
 * References between rules and from the checklist, checked on the resolved rule set. A broken
 * reference in an inherited rule or checklist is blamed on the `removeRules` entry that broke it.
 *
 * @example
 * ```ts
 * checkReferences(draft, resolvedRules, parent.checklist?.items ?? null);
 * ```
 */
export function checkReferences(
  draft: ProfileDraft,
  resolved: readonly Rule[],
  inheritedChecklist: readonly ChecklistItem[] | null,
): Issue[] {
  const byId = new Map(resolved.map((rule) => [rule.id, rule]));
  const ownIds = new Set(draft.rules.map(({ id }) => id));
  const issues: Issue[] = [];
  const blameRemoval = (id: string, what: string): void => {
    const index = draft.removeRules.indexOf(id);
    if (index >= 0) issues.push({ code: "removal-breaks-reference", path: ["removeRules", index], message: `Removing "${id}" breaks ${what}, which names it.` });
  };

  const referenceOf = (rule: Rule | null) => (rule === null ? undefined : policyOf(rule.kind).referenceOf?.(rule));
  draft.rules.forEach(({ rule }, index) => {
    const reference = referenceOf(rule);
    if (reference === undefined) return;
    const target = byId.get(reference.ruleId);
    if (target?.kind !== reference.kind) {
      issues.push({
        code: "bad-rule-reference",
        path: ["rules", index, reference.parameter],
        message: target
          ? `"${reference.ruleId}" is a ${target.kind} rule; ${reference.parameter} must name a ${reference.kind} rule.`
          : `"${reference.ruleId}" names no rule of this profile.`,
      });
    }
  });
  for (const rule of resolved) {
    const reference = ownIds.has(rule.id) ? undefined : referenceOf(rule);
    if (reference !== undefined && !byId.has(reference.ruleId)) blameRemoval(reference.ruleId, `inherited rule "${rule.id}"`);
  }

  if (draft.checklistItems !== null) {
    draft.checklistItems.forEach((item, index) => {
      if (item?.answeredBy.source === "rule" && !byId.has(item.answeredBy.ruleId)) {
        issues.push({
          code: "bad-rule-reference",
          path: ["checklist", "items", index, "answeredBy", "ruleId"],
          message: `"${item.answeredBy.ruleId}" names no rule of this profile.`,
        });
      }
    });
  } else {
    for (const item of inheritedChecklist ?? []) {
      if (item.answeredBy.source === "rule" && !byId.has(item.answeredBy.ruleId)) {
        blameRemoval(item.answeredBy.ruleId, `inherited checklist item "${item.id}"`);
      }
    }
  }
  return issues;
}

/**
 * Duplicate ids among the checklist items.
 *
 * @example
 * ```ts
 * checkDuplicateChecklistIds(draft); // [] when every item id is unique
 * ```
 */
export function checkDuplicateChecklistIds(draft: ProfileDraft): Issue[] {
  const firstAt = new Map<string, number>();
  const issues: Issue[] = [];
  (draft.checklistItems ?? []).forEach((item, index) => {
    if (item === null) return;
    const first = firstAt.get(item.id);
    if (first === undefined) firstAt.set(item.id, index);
    else
      issues.push({
        code: "duplicate-checklist-item-id",
        path: ["checklist", "items", index, "id"],
        message: `Duplicate checklist item id "${item.id}" (first at checklist.items[${first}]).`,
      });
  });
  return issues;
}
