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

/** The built-in inputs, national first. */
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
 * A frozen registry whose entries resolve (validate, merge with their parent, deep-freeze) on
 * first read and are then kept: a process that uses one profile never pays for the others, and
 * importing the package stays cheap. Reads always return the same frozen object.
 */
function lazyRegistry(inputs: readonly (ProfileInput & { id: BuiltInProfileId })[]): Readonly<Record<BuiltInProfileId, Profile>> {
  const registry = Object.create(null) as Record<string, Profile>;
  for (const input of inputs) {
    let resolved: Profile | undefined;
    Object.defineProperty(registry, input.id, {
      enumerable: true,
      get: () => (resolved ??= resolveProfile(input, registry)),
    });
  }
  return Object.freeze(registry) as Readonly<Record<BuiltInProfileId, Profile>>;
}

/**
 * The built-in profiles, resolved and deeply frozen, by id. Each local profile extends
 * `working-together`. Each one is resolved the first time it is read.
 *
 * @example
 * ```ts
 * profiles["cumbria"].lineage; // ["working-together", "cumbria"]
 * profiles["medway"].rules.map((rule) => rule.id);
 * ```
 */
export const profiles: Readonly<Record<BuiltInProfileId, Profile>> = lazyRegistry(BUILT_IN_INPUTS);

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
