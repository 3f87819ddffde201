import * as z from "zod/mini";
import { useEnglishMessages } from "./zod-english.js";
import { toDayNumber } from "../dates/iso-date.js";

useEnglishMessages();

/**
 * zod schema of a `YYYY-MM-DD` civil date in the supported range (1990-01-01..2099-12-31).
 * Impossible dates (2023-02-29) and out-of-range years are refused with a message naming the value.
 *
 * @example
 * ```ts
 * isoDateSchema.safeParse("2023-02-29").success; // false
 * ```
 */
export const isoDateSchema = z.string().check(
  z.superRefine((value, context) => {
    try {
      toDayNumber(value);
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message, input: value });
    }
  }),
  z.meta({ format: "date", description: "A civil date YYYY-MM-DD from 1990-01-01 to 2099-12-31" }),
);
