import * as z from "zod/mini";

/**
 * A text field of a profile: 1 to 20,000 characters.
 *
 * @example
 * ```ts
 * const title = z.strictObject({ title: text });
 * ```
 */
export const text = z.string().check(z.minLength(1), z.maxLength(20_000));

/**
 * An id of a profile, rule or checklist item: lower-case words joined by `-` or `.`.
 *
 * @example
 * ```ts
 * identifier.safeParse("working-together.first-core-group").success; // true
 * ```
 */
export const identifier = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, "use lower-case letters, digits, '-' and '.' only"), z.maxLength(120));

/**
 * A length of time in a rule: N of a unit. `working-days` use the profile's calendar;
 * `weeks` are 7 calendar days (D6); `months` are calendar months clamped to the month's end (D7).
 *
 * @example
 * ```ts
 * const tenWorkingDays: Duration = { n: 10, unit: "working-days" };
 * ```
 */
export const durationSchema = z.strictObject({
  n: z.number().check(z.int(), z.gte(0), z.lte(10_000)),
  unit: z.enum(["working-days", "days", "weeks", "months"]),
});
export type Duration = z.infer<typeof durationSchema>;

/**
 * Where a rule comes from: the document, the section, the exact quoted words, and a URL when known.
 *
 * @example
 * ```ts
 * const citation: Citation = {
 *   document: "Cumbria: Core Groups - Information for Parents and Carers",
 *   quote: "Core Groups will then be held no less than every four weeks",
 * };
 * ```
 */
export const citationSchema = z.strictObject({
  document: text,
  section: z.optional(text),
  quote: text,
  url: z.optional(z.url()),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * How a rule reads its ambiguous source: the decisions it follows (D-numbers, docs/interpretations.md) and a sentence.
 *
 * @example
 * ```ts
 * const reading: Reading = { decisions: ["D2"], text: "Exclusive counting: the conference is day 0." };
 * ```
 */
export const readingSchema = z.strictObject({
  decisions: z.array(z.string().check(z.regex(/^[A-Z][A-Za-z0-9-]*$/))).check(z.maxLength(20)),
  text,
});
export type Reading = z.infer<typeof readingSchema>;

/**
 * The fields every rule has, whatever its kind: spread into each kind's schema.
 *
 * @example
 * ```ts
 * const schema = z.strictObject({ ...ruleBase, kind: z.literal("my-kind"), every: durationSchema });
 * ```
 */
export const ruleBase = {
  id: identifier,
  title: text,
  description: text,
  citation: citationSchema,
  reading: readingSchema,
  counting: z.optional(z.enum(["exclusive", "inclusive"])),
  dueDateRoll: z.optional(z.enum(["none", "previous-working-day"])),
};
