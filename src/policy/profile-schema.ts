import * as z from "zod/mini";
import { useEnglishMessages } from "../model/zod-english.js";
import { REGIONS } from "../calendar/region.js";
import { isoDateSchema } from "../model/iso-date-schema.js";
import { citationSchema, identifier, text } from "./rule-fields.js";
import { RULE_KIND_POLICIES, type PolicyOfKind, type RuleKind } from "./rule-kind-policies.js";

export type { Duration, Citation, Reading } from "./rule-fields.js";
export type { RuleKind } from "./rule-kind-policies.js";

useEnglishMessages();

/**
 * The rule kinds' schemas, in the order of {@link RULE_KIND_POLICIES} (never empty: the table
 * has every kind).
 */
const ruleKindSchemas = Object.values(RULE_KIND_POLICIES).map((policy) => policy.schema) as [
  PolicyOfKind<RuleKind>["schema"],
  ...PolicyOfKind<RuleKind>["schema"][],
];

/**
 * One rule of a policy profile, discriminated by `kind`: the union of the kinds' schemas in
 * `src/policy/rule-kinds/`.
 *
 * @example
 * ```ts
 * const rule: Rule = profiles["cumbria"].rules.find((r) => r.kind === "recurring-interval")!;
 * ```
 */
export const ruleSchema = z.discriminatedUnion("kind", ruleKindSchemas);
export type Rule = z.infer<typeof ruleSchema>;

/**
 * Which core group meetings a checklist item is asked of.
 *
 * @example
 * ```ts
 * const scope: ChecklistScope = "initial-core-group";
 * ```
 */
export const checklistScopeSchema = z.enum([
  "each-core-group",
  "initial-core-group",
  "subsequent-core-group",
  "last-core-group-before-review",
]);
export type ChecklistScope = z.infer<typeof checklistScopeSchema>;

/**
 * One Y/N line of a checklist: answered from a rule's result for the meeting, or from an answer
 * a person recorded on the meeting (never guessed: D25).
 *
 * @example
 * ```ts
 * const item: ChecklistItem = {
 *   id: "pan-sussex.checklist.smart-objectives",
 *   section: "CHILD PROTECTION PLAN",
 *   text: "The Objectives identified to meet the child's needs are developed in a S.M.A.R.T ... way.",
 *   scope: "each-core-group",
 *   answeredBy: { source: "recorded" },
 * };
 * ```
 */
export const checklistItemSchema = z.strictObject({
  id: identifier,
  section: text,
  text,
  scope: checklistScopeSchema,
  answeredBy: z.discriminatedUnion("source", [
    z.strictObject({ source: z.literal("rule"), ruleId: identifier }),
    z.strictObject({ source: z.literal("recorded") }),
  ]),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * A checklist carried by a profile (e.g. the Pan-Sussex Core Group Meeting Checklist).
 *
 * @example
 * ```ts
 * profiles["pan-sussex"].checklist?.items.length; // every Y/N line of the checklist
 * ```
 */
export const checklistSchema = z.strictObject({
  title: text,
  citation: citationSchema,
  items: z.array(checklistItemSchema).check(z.minLength(1), z.maxLength(500)),
});
export type Checklist = z.infer<typeof checklistSchema>;

/**
 * A policy profile as written (JSON or code), before `extends` is resolved.
 *
 * @example
 * ```ts
 * const input: ProfileInput = {
 *   id: "my-council", name: "My council", version: "2025-01", extends: "working-together",
 *   rules: [],
 * };
 * ```
 */
export const profileInputSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  name: text,
  version: z.string().check(z.minLength(1), z.maxLength(100)),
  description: z.optional(text),
  extends: z.optional(identifier),
  region: z.optional(z.enum(REGIONS)),
  closureDays: z.optional(z.array(isoDateSchema).check(z.maxLength(5_000))),
  /** Inherited rules to drop, by id. */
  removeRules: z.optional(z.array(identifier).check(z.maxLength(500))),
  rules: z.array(ruleSchema).check(z.maxLength(500)),
  checklist: z.optional(checklistSchema),
});
export type ProfileInput = z.input<typeof profileInputSchema>;
