// Mutations of a parsed JSON value at a random place in its tree, for near-valid inputs: a value
// replaced by junk, a key removed, a hostile key added, an array element duplicated.
import { fc } from "@fast-check/vitest";

export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"] as const;

export const jsonMutationArbitrary = fc.record({
  path: fc.array(fc.nat(), { minLength: 0, maxLength: 6 }),
  edit: fc.oneof(
    fc.record({ kind: fc.constant("replace" as const), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ kind: fc.constant("replace" as const), value: fc.constantFrom<unknown>("2024-02-30", "1989-12-31", "2100-01-01", "", -1, 1e308, null, "x".repeat(5000)) }),
    fc.constant({ kind: "remove" as const }),
    fc.record({ kind: fc.constant("hostile-key" as const), key: fc.constantFrom(...HOSTILE_KEYS), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.constant({ kind: "duplicate" as const }),
  ),
});
export type JsonMutation = typeof jsonMutationArbitrary extends fc.Arbitrary<infer M> ? M : never;

type Json = unknown;

/** A mutated copy of `value` (which is left alone); the path indexes pick children modulo their count. */
export function mutateJson(value: Json, mutation: JsonMutation): Json {
  if (value === undefined) return value;
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  let parent: Record<string, Json> | Json[] | undefined;
  let key: string | number | undefined;
  let node: Json = copy;
  for (const step of mutation.path) {
    if (typeof node !== "object" || node === null) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, Json>;
    key = keys[step % keys.length]!;
    node = (node as Record<string, Json>)[key];
  }
  const { edit } = mutation;
  switch (edit.kind) {
    case "replace":
      if (parent === undefined || key === undefined) return edit.value;
      (parent as Record<string, Json>)[key] = edit.value;
      return copy;
    case "remove":
      if (parent === undefined || key === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return copy;
    case "hostile-key":
      // defineProperty, as JSON.parse does: an own key named __proto__, not a prototype change.
      if (typeof node === "object" && node !== null && !Array.isArray(node)) {
        Object.defineProperty(node, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
      }
      return copy;
    case "duplicate":
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 0, JSON.parse(JSON.stringify(node)) as Json);
      return copy;
  }
}
