import type * as z from "zod/mini";
import type { InputIssue } from "../model/input-issue.js";
import { allInputIssuesOf } from "../model/input-issues.js";
import { deepFreeze } from "./deep-freeze.js";
import type { Profile } from "./profile.js";
import {
  checkDuplicateChecklistIds,
  checkDuplicateRuleIds,
  checkReferences,
  checkRemovals,
  checkRuleParameters,
  findParent,
  type ProfileDraft,
} from "./profile-checks.js";
import { checklistItemSchema, profileInputSchema, ruleSchema, type Rule } from "./profile-schema.js";
import { ProfileValidationError } from "./profile-validation-error.js";

type ParsedInput = z.output<typeof profileInputSchema>;

const DEFAULT_REGION = "england-and-wales" as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** The draft of a parsed input. */
function draftOf(input: ParsedInput): ProfileDraft {
  return {
    id: input.id,
    extends: input.extends ?? null,
    removeRules: input.removeRules ?? [],
    rules: input.rules.map((rule) => ({ id: rule.id, rule })),
    checklistItems: input.checklist?.items ?? null,
  };
}

/** A best-effort draft of an input that failed the schema, so the cross-checks still run. */
function looseDraftOf(raw: unknown): ProfileDraft {
  const input = isRecord(raw) ? raw : {};
  const rules = Array.isArray(input["rules"]) ? (input["rules"] as unknown[]) : [];
  const removeRules = Array.isArray(input["removeRules"]) ? (input["removeRules"] as unknown[]) : [];
  const checklist = isRecord(input["checklist"]) ? input["checklist"] : null;
  const items = checklist !== null && Array.isArray(checklist["items"]) ? (checklist["items"] as unknown[]) : null;
  return {
    id: stringOrNull(input["id"]),
    extends: stringOrNull(input["extends"]),
    removeRules: removeRules.filter((id): id is string => typeof id === "string"),
    rules: rules.map((rule) => ({
      id: isRecord(rule) ? stringOrNull(rule["id"]) : null,
      rule: ruleSchema.safeParse(rule).data ?? null,
    })),
    checklistItems: items?.map((item) => checklistItemSchema.safeParse(item).data ?? null) ?? null,
  };
}

/** Parent rules minus removals, child rules replacing same-id parent rules in place, new ones appended. */
function mergeRules(inherited: readonly Rule[], removeRules: readonly string[], own: readonly Rule[]): Rule[] {
  const removed = new Set(removeRules);
  const ownById = new Map(own.map((rule) => [rule.id, rule]));
  const merged = inherited.filter((rule) => !removed.has(rule.id)).map((rule) => ownById.get(rule.id) ?? rule);
  const placed = new Set(merged.map((rule) => rule.id));
  return [...merged, ...own.filter((rule) => !placed.has(rule.id))];
}

/**
 * Validates a profile input and resolves its `extends` against `registry` (no defaults: the
 * built-in registry is built with this function, and `defineProfile` adds it as the default).
 * Throws one `ProfileValidationError` listing the problems (the first 100, then one counting the rest).
 *
 * @example
 * ```ts
 * const national = resolveProfile(workingTogetherInput, {});
 * const local = resolveProfile(cumbriaInput, { "working-together": national });
 * local.lineage; // ["working-together", "cumbria"]
 * ```
 */
export function resolveProfile(input: unknown, registry: Readonly<Record<string, Profile>>): Profile {
  const parsed = profileInputSchema.safeParse(input);
  const draft = parsed.success ? draftOf(parsed.data) : looseDraftOf(input);
  const { parent, issues: parentIssues } = findParent(draft, registry);
  const parentKnown = draft.extends === null || parent !== null;
  const ownRules = draft.rules.flatMap(({ rule }) => (rule === null ? [] : [rule]));
  const rules = mergeRules(parent?.rules ?? [], draft.removeRules, ownRules);
  // Lists joined with concat, never push(...list): a list longer than about 100,000 items
  // (130,000 unknown removeRules) overflows the call stack as the arguments of a call.
  const issues: InputIssue[] = (parsed.success ? [] : allInputIssuesOf(parsed.error.issues)).concat(
    parentIssues,
    checkDuplicateRuleIds(draft),
    parentKnown ? checkRemovals(draft, parent) : [],
    draft.rules.flatMap(({ rule }, index) => (rule === null ? [] : checkRuleParameters(rule, index))),
    parentKnown ? checkReferences(draft, rules, parent?.checklist?.items ?? null) : [],
    checkDuplicateChecklistIds(draft),
  );

  if (!parsed.success || issues.length > 0) throw new ProfileValidationError(issues, draft.id);
  const data = parsed.data;
  return deepFreeze<Profile>({
    id: data.id,
    name: data.name,
    version: data.version,
    description: data.description ?? null,
    lineage: [...(parent?.lineage ?? []), data.id],
    region: data.region ?? parent?.region ?? DEFAULT_REGION,
    closureDays: data.closureDays ?? parent?.closureDays ?? [],
    rules,
    checklist: data.checklist ?? parent?.checklist ?? null,
  });
}
