import * as z from "zod/mini";
import { profileInputSchema } from "./profile-schema.js";

/**
 * JSON Schema (draft 2020-12) of a policy profile as a council writes it in JSON.
 *
 * @example
 * ```ts
 * const schema = policyProfileJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function policyProfileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(profileInputSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
