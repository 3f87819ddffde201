import type * as z from "zod/mini";
import type { InputIssue } from "../model/input-issue.js";
import type { Duration } from "./rule-fields.js";

/**
 * The schema of one rule kind: a strict object with `kind` as a literal and the common fields.
 *
 * @example
 * ```ts
 * const schema: RuleKindSchema = z.strictObject({ ...ruleBase, kind: z.literal("my-kind") });
 * ```
 */
export type RuleKindSchema = z.ZodMiniObject<{ kind: z.ZodMiniLiteral<string> } & z.core.$ZodLooseShape, z.core.$strict>;

/**
 * The path of a parameter of the rule being checked, e.g. `at("within", "n")` is
 * `["rules", 3, "within", "n"]` for the profile's fourth rule.
 *
 * @example
 * ```ts
 * const at: ParameterPath = (...keys) => ["rules", 3, ...keys];
 * ```
 */
export type ParameterPath = (...keys: string[]) => (string | number)[];

/**
 * Another rule that a rule names in a parameter, and the kind that rule must be.
 *
 * @example
 * ```ts
 * const reference: RuleReference = { parameter: "oneSatisfying", ruleId: "cambridgeshire.pre-review-core-group", kind: "window-before-event" };
 * ```
 */
export interface RuleReference {
  readonly parameter: string;
  readonly ruleId: string;
  readonly kind: string;
}

/**
 * The profile half of a rule kind: everything a profile needs to know about it, with no
 * evaluation (that half is in `src/rules/kinds/`). One record per kind, in
 * `src/policy/rule-kind-policies.ts`.
 *
 * @example
 * ```ts
 * const policy: RuleKindPolicy<typeof schema> = {
 *   schema,
 *   checkParameters: (rule, at) => checkAtLeastOne(rule.every, at("every")),
 *   describe: (rule) => `Every ${formatDuration(rule.every)}.`,
 * };
 * ```
 */
export interface RuleKindPolicy<S extends RuleKindSchema> {
  /** What a rule of the kind looks like in a profile (its parameters and the common fields). */
  readonly schema: S;
  /** Parameter combinations the schema cannot refuse but the engine cannot give a meaning to. */
  checkParameters(rule: z.infer<S>, at: ParameterPath): InputIssue[];
  /** One plain-English sentence (or two) saying what the rule requires (docs/rules.md, `explain`). */
  describe(rule: z.infer<S>): string;
  /** The rule another rule of the kind names, if the kind has such a parameter (checked on the whole profile). */
  referenceOf?(rule: z.infer<S>): RuleReference | undefined;
}

/**
 * An issue when a duration is shorter than 1 (a rule parameter of 0 has no meaning).
 *
 * @example
 * ```ts
 * checkAtLeastOne({ n: 0, unit: "weeks" }, ["rules", 2, "every"]); // [{ code: "too_small", path: ["rules", 2, "every", "n"], message: "Must be at least 1 (got 0)." }]
 * ```
 */
export function checkAtLeastOne(duration: Duration, path: (string | number)[]): InputIssue[] {
  return duration.n >= 1 ? [] : [{ code: "too_small", path: [...path, "n"], message: `Must be at least 1 (got ${duration.n}).` }];
}
