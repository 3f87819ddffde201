/**
 * Freezes a plain data value and everything reachable from it (objects and arrays), in place.
 * Already-frozen branches are skipped, so shared (inherited) rules are not walked twice.
 *
 * @example
 * ```ts
 * const frozen = deepFreeze({ rules: [{ id: "a" }] });
 * Object.isFrozen(frozen.rules[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  for (const key of Reflect.ownKeys(value)) {
    deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return Object.freeze(value);
}
