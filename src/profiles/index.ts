import type { Profile } from "../policy/profile.js";
import type { ProfileInput } from "../policy/profile-schema.js";
import { resolveProfile } from "../policy/resolve-profile.js";
import { cambridgeshireInput } from "./cambridgeshire.js";
import { cumbriaInput } from "./cumbria.js";
import { medwayInput } from "./medway.js";
import { panSussexInput } from "./pan-sussex.js";
import { workingTogetherInput } from "./working-together.js";

/**
 * The id of a built-in profile.
 *
 * @example
 * ```ts
 * const id: BuiltInProfileId = "pan-sussex";
 * evaluateCase(timeline, { profile: id, asOf: "2024-06-30" });
 * ```
 */
export type BuiltInProfileId = "working-together" | "cumbria" | "pan-sussex" | "cambridgeshire" | "medway";

/** The built-in inputs in dependency order: every parent before its children. */
const BUILT_IN_INPUTS: readonly (ProfileInput & { id: BuiltInProfileId })[] = [
  { ...workingTogetherInput, id: "working-together" },
  { ...cumbriaInput, id: "cumbria" },
  { ...panSussexInput, id: "pan-sussex" },
  { ...cambridgeshireInput, id: "cambridgeshire" },
  { ...medwayInput, id: "medway" },
];

/**
 * The ids of the built-in profiles, national first.
 *
 * @example
 * ```ts
 * BUILT_IN_PROFILE_IDS; // ["working-together", "cumbria", "pan-sussex", "cambridgeshire", "medway"]
 * ```
 */
export const BUILT_IN_PROFILE_IDS: readonly BuiltInProfileId[] = Object.freeze(BUILT_IN_INPUTS.map((input) => input.id));

/**
 * The built-in profiles, resolved and deeply frozen, by id. Each local profile extends `working-together`.
 *
 * @example
 * ```ts
 * profiles["cumbria"].lineage; // ["working-together", "cumbria"]
 * profiles["medway"].rules.map((rule) => rule.id);
 * ```
 */
export const profiles: Readonly<Record<BuiltInProfileId, Profile>> = Object.freeze(
  BUILT_IN_INPUTS.reduce<Record<string, Profile>>((registry, input) => {
    registry[input.id] = resolveProfile(input, registry);
    return registry;
  }, Object.create(null) as Record<string, Profile>),
) as Readonly<Record<BuiltInProfileId, Profile>>;

/**
 * Whether a string names a built-in profile.
 *
 * @example
 * ```ts
 * isBuiltInProfileId("medway"); // true
 * isBuiltInProfileId("constructor"); // false
 * ```
 */
export function isBuiltInProfileId(value: unknown): value is BuiltInProfileId {
  return typeof value === "string" && Object.hasOwn(profiles, value);
}
