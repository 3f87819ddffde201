import * as z from "zod/mini";
import { caseTimelineSchema } from "./timeline-schema.js";

/**
 * JSON Schema (draft 2020-12) of a case timeline, for systems not written in TypeScript.
 * Date strings are described by pattern; the supported range and impossible dates (2023-02-29)
 * are checked by `evaluateCase` itself.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * writeFileSync("case-timeline.schema.json", JSON.stringify(caseTimelineJsonSchema(), null, 2));
 * ```
 */
export function caseTimelineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseTimelineSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
