import { createWorkingCalendar, type WorkingCalendar } from "../calendar/working-calendar.js";
import { defineProfile } from "../profiles/define-profile.js";
import type { Profile } from "../policy/profile.js";
import { profiles, type BuiltInProfileId } from "../profiles/index.js";

const resolvedInputs = new WeakMap<object, Profile>();
const calendars = new WeakMap<Profile, WorkingCalendar>();

function isResolvedProfile(value: object): value is Profile {
  return Array.isArray((value as Partial<Profile>).lineage) && Object.isFrozen(value);
}

/**
 * The profile an evaluation uses: a built-in id, a profile made by `defineProfile`, or a profile
 * input (validated here once per object, then remembered). Throws on an unknown id or an invalid
 * profile: those are programmer errors, not bad case data.
 *
 * @example
 * ```ts
 * resolveEvaluationProfile("cumbria").lineage; // ["working-together", "cumbria"]
 * ```
 */
export function resolveEvaluationProfile(profile: BuiltInProfileId | string | Profile | object): Profile {
  if (typeof profile === "string") {
    const builtIn = (profiles as Readonly<Record<string, Profile>>)[profile];
    if (builtIn === undefined || !Object.hasOwn(profiles, profile)) {
      throw new TypeError(`Unknown profile id ${JSON.stringify(profile)}: expected one of ${Object.keys(profiles).join(", ")}`);
    }
    return builtIn;
  }
  if (isResolvedProfile(profile)) return profile;
  let resolved = resolvedInputs.get(profile);
  if (resolved === undefined) {
    resolved = defineProfile(profile);
    resolvedInputs.set(profile, resolved);
  }
  return resolved;
}

/**
 * The working calendar of a profile (its region and closure days), made once per profile object
 * and shared: calendars are immutable.
 *
 * @example
 * ```ts
 * calendarForProfile(profiles.medway).region; // "england-and-wales"
 * ```
 */
export function calendarForProfile(profile: Profile): WorkingCalendar {
  let calendar = calendars.get(profile);
  if (calendar === undefined) {
    calendar = createWorkingCalendar({ region: profile.region, closureDays: profile.closureDays });
    calendars.set(profile, calendar);
  }
  return calendar;
}
