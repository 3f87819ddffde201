// Random mutations of a parsed JSON value for near-valid inputs, drawn with fast-check and applied
// by mutateJson (mutate-json.mjs): a value replaced by junk, a key removed, a hostile key added,
// an array element duplicated.
import { fc } from "@fast-check/vitest";
import { HOSTILE_KEYS, type JsonMutation } from "./mutate-json.mjs";

export { HOSTILE_KEYS, mutateJson, type JsonMutation } from "./mutate-json.mjs";

export const jsonMutationArbitrary: fc.Arbitrary<JsonMutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 0, maxLength: 6 }),
  edit: fc.oneof(
    fc.record({ kind: fc.constant("replace" as const), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ kind: fc.constant("replace" as const), value: fc.constantFrom<unknown>("2024-02-30", "1989-12-31", "2100-01-01", "", -1, 1e308, null, "x".repeat(5000)) }),
    fc.constant({ kind: "remove" as const }),
    fc.record({ kind: fc.constant("hostile-key" as const), key: fc.constantFrom(...HOSTILE_KEYS), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.constant({ kind: "duplicate" as const }),
  ),
});
