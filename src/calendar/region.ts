/**
 * The UK bank-holiday regions a calendar can follow (D3).
 *
 * @example
 * ```ts
 * REGIONS; // ["england-and-wales", "scotland", "northern-ireland"]
 * ```
 */
export const REGIONS = ["england-and-wales", "scotland", "northern-ireland"] as const;

/**
 * A UK bank-holiday region.
 *
 * @example
 * ```ts
 * const region: Region = "england-and-wales";
 * ```
 */
export type Region = (typeof REGIONS)[number];

/**
 * Whether a value names a supported region.
 *
 * @example
 * ```ts
 * isRegion("scotland"); // true
 * isRegion("wales"); // false: Wales shares england-and-wales
 * ```
 */
export function isRegion(value: unknown): value is Region {
  return (REGIONS as readonly unknown[]).includes(value);
}
