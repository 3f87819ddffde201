// Mutations of a parsed JSON value at a given place in its tree, for near-valid inputs: a value
// replaced by junk, a key removed, a hostile key added, an array element duplicated. Plain
// JavaScript so that scripts/compare-builds.mjs can use it too; the fuzz tests draw the
// mutations with fast-check (json-mutation.ts). Types: mutate-json.d.mts.

export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"];

/** A mutated copy of `value` (which is left alone); the path indexes pick children modulo their count. */
export function mutateJson(value, mutation) {
  if (value === undefined) return value;
  const copy = JSON.parse(JSON.stringify(value));
  let parent;
  let key;
  let node = copy;
  for (const step of mutation.path) {
    if (typeof node !== "object" || node === null) break;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length];
    node = node[key];
  }
  const { edit } = mutation;
  switch (edit.kind) {
    case "replace":
      if (parent === undefined || key === undefined) return edit.value;
      parent[key] = edit.value;
      return copy;
    case "remove":
      if (parent === undefined || key === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(key, 1);
      else delete parent[key];
      return copy;
    case "hostile-key":
      // defineProperty, as JSON.parse does: an own key named __proto__, not a prototype change.
      if (typeof node === "object" && node !== null && !Array.isArray(node)) {
        Object.defineProperty(node, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
      }
      return copy;
    case "duplicate":
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 0, JSON.parse(JSON.stringify(node)));
      return copy;
  }
}
