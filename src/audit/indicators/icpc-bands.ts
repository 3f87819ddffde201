/**
 * DfE's bands of working days from the start of the section 47 enquiry to the initial child
 * protection conference (table C4).
 *
 * @example
 * ```ts
 * ICPC_WORKING_DAY_BANDS.length; // 4
 * ```
 */
export const ICPC_WORKING_DAY_BANDS = ["0-10", "11-15", "16-20", "21+"] as const;

/**
 * One of {@link ICPC_WORKING_DAY_BANDS}.
 *
 * @example
 * ```ts
 * const band: IcpcWorkingDayBand = "11-15";
 * ```
 */
export type IcpcWorkingDayBand = (typeof ICPC_WORKING_DAY_BANDS)[number];

/**
 * The band of a whole number of working days (0 or more).
 *
 * @example
 * ```ts
 * icpcWorkingDayBand(15); // "11-15"
 * icpcWorkingDayBand(16); // "16-20"
 * ```
 */
export function icpcWorkingDayBand(workingDays: number): IcpcWorkingDayBand {
  if (workingDays <= 10) return "0-10";
  if (workingDays <= 15) return "11-15";
  if (workingDays <= 20) return "16-20";
  return "21+";
}
