import * as z from "zod/mini";
import type { RuleKindPolicy } from "../rule-kind-policy.js";
import { ruleBase, text } from "../rule-fields.js";

/**
 * The per-meeting checks of `meeting-check` rules (D23, D24).
 *
 * @example
 * ```ts
 * MEETING_CHECKS.includes("chair"); // true
 * ```
 */
export const MEETING_CHECKS = [
  "chair",
  "family-attendance",
  "direct-contact-attendance",
  "plan-professionals-attendance",
] as const;

const schema = z.strictObject({
  ...ruleBase,
  kind: z.literal("meeting-check"),
  check: z.enum(MEETING_CHECKS),
  /** For `chair`: the roles allowed to chair. */
  chairRoles: z.optional(z.array(text).check(z.maxLength(50))),
  /** `breach` counts a "no" as a breach; `finding` reports it without counting it as one (D23). */
  severity: z.enum(["breach", "finding"]),
});

/**
 * A `meeting-check` rule: a yes/no question asked of every held core group.
 *
 * @example
 * ```ts
 * const rule = profiles["pan-sussex"].rules.find((r) => r.kind === "meeting-check") as MeetingCheckRule;
 * ```
 */
export type MeetingCheckRule = z.infer<typeof schema>;

function roles(list: readonly string[] | undefined): string {
  const names = (list ?? []).map((role) => `the ${role.replaceAll("-", " ")}`);
  return names.length <= 1 ? (names[0] ?? "a named role") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

const CHECK_SENTENCES: Readonly<Record<Exclude<MeetingCheckRule["check"], "chair">, string>> = {
  "family-attendance":
    "Each core group meeting must include the parents or carers (and the child where appropriate), or those absent must have been told they may contribute in writing",
  "direct-contact-attendance":
    "Each core group meeting must include the professionals and foster carers in direct regular contact with the child",
  "plan-professionals-attendance":
    "Every professional named in the current child protection plan must attend each core group meeting",
};

/**
 * The profile half of `meeting-check`: its schema, the chair-roles check and its sentence.
 *
 * @example
 * ```ts
 * meetingCheckPolicy.describe(chairRule); // "Each core group meeting must be chaired by the team manager (a \"no\" is a breach)."
 * ```
 */
export const meetingCheckPolicy: RuleKindPolicy<typeof schema> = {
  schema,
  checkParameters: (rule, at) =>
    rule.check === "chair" && (rule.chairRoles ?? []).length === 0
      ? [{ code: "missing-chair-roles", path: at("chairRoles"), message: 'A "chair" check needs at least one role in chairRoles.' }]
      : [],
  describe(rule) {
    const consequence = rule.severity === "breach" ? "a \"no\" is a breach" : "a \"no\" is reported as a finding, not a breach";
    const check =
      rule.check === "chair" ? `Each core group meeting must be chaired by ${roles(rule.chairRoles)}` : CHECK_SENTENCES[rule.check];
    return `${check} (${consequence}).`;
  },
};
