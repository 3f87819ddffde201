import type { Profile } from "../policy/profile.js";
import { resolveProfile } from "../policy/resolve-profile.js";
import { profiles } from "./index.js";

/**
 * Options of `defineProfile`.
 *
 * @example
 * ```ts
 * const options: DefineProfileOptions = { profiles: { ...profiles, "my-base": myBase } };
 * ```
 */
export interface DefineProfileOptions {
  /** The profiles `extends` may name. Default: the built-in `profiles`. */
  readonly profiles?: Readonly<Record<string, Profile>>;
}

/**
 * Validates a policy profile (e.g. a council's own JSON) and resolves its `extends`: the
 * parent's rules minus `removeRules`, with the child's rules replacing same-id parent rules in
 * place and new ones appended; region, closure days and checklist inherited unless given.
 * Returns a deeply frozen `Profile`. On any problem throws ONE `ProfileValidationError` listing
 * the issues with their paths (schema errors and cross-checks together; the first 100, then one
 * counting the rest).
 *
 * @example
 * ```ts
 * const council = defineProfile({
 *   id: "my-council", name: "My council", version: "2025-01", extends: "working-together",
 *   closureDays: ["2025-12-29", "2025-12-30", "2025-12-31"],
 *   rules: [{
 *     id: "my-council.core-group-frequency", kind: "recurring-interval", event: "core-group",
 *     every: { n: 4, unit: "weeks" }, title: "Core groups every 4 weeks",
 *     description: "Core groups meet at least every four weeks while the plan lasts.",
 *     citation: { document: "My council CP procedures", quote: "Core groups meet every four weeks." },
 *     reading: { decisions: ["D19"], text: "28 days after the previous held core group." },
 *   }],
 * });
 * council.lineage; // ["working-together", "my-council"]
 * ```
 */
export function defineProfile(input: unknown, options: DefineProfileOptions = {}): Profile {
  return resolveProfile(input, options.profiles ?? profiles);
}
