import type { Region } from "../calendar/region.js";
import type { IsoDate } from "../dates/iso-date.js";
import type { Checklist, Rule } from "./profile-schema.js";

/**
 * A validated policy profile with `extends` resolved: the rules that apply, in order.
 * Made by `defineProfile`; the built-ins are in `profiles`.
 *
 * @example
 * ```ts
 * const profile: Profile = profiles["pan-sussex"];
 * profile.lineage; // ["working-together", "pan-sussex"]
 * ```
 */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  readonly description: string | null;
  /** Profile ids from the root of the `extends` chain to this one. */
  readonly lineage: readonly string[];
  readonly region: Region;
  readonly closureDays: readonly IsoDate[];
  readonly rules: readonly Rule[];
  readonly checklist: Checklist | null;
}
