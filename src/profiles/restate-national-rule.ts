import type { Citation, Reading, Rule } from "../policy/profile-schema.js";
import { workingTogetherInput } from "./working-together.js";

/**
 * What a local document says in its own words when it restates a national rule.
 *
 * @example
 * ```ts
 * const local: LocalRestatement = {
 *   citation: { document: "Local procedures", section: "7.6", quote: "within 3 months" },
 *   reading: { decisions: ["D7"], text: "The local statement of the national rule." },
 * };
 * ```
 */
export interface LocalRestatement {
  readonly citation: Citation;
  readonly reading: Reading;
  /** The local wording of the title; the national title when absent. */
  readonly title?: string;
  /** The local wording of the description; the national description when absent. */
  readonly description?: string;
}

/**
 * A local profile's restatement of a national rule: the national rule's id, kind and parameters,
 * with the local document's citation and reading (and its own title and description where it
 * words them differently). Restatements replace the national rule in place (D20),
 * and taking the parameters from the national rule means a restatement can never drift from it.
 * Throws when `id` is not a national rule (a programming error in a built-in profile).
 *
 * @example
 * ```ts
 * const rule = restateNationalRule("working-together.first-review", {
 *   citation: { document: "Local procedures", section: "7.6", quote: "within 3 months" },
 *   reading: { decisions: ["D7"], text: "The local statement of the national rule." },
 * });
 * rule.kind; // "deadline-after-event", with the national 3 months
 * ```
 */
export function restateNationalRule(id: string, local: LocalRestatement): Rule {
  const national = workingTogetherInput.rules.find((rule) => rule.id === id);
  if (national === undefined) throw new Error(`${id} is not a rule of the working-together profile`);
  return {
    ...national,
    title: local.title ?? national.title,
    description: local.description ?? national.description,
    citation: local.citation,
    reading: local.reading,
  };
}
