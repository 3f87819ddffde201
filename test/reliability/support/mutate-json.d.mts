/** Keys that name or shadow parts of Object.prototype. */
export declare const HOSTILE_KEYS: readonly ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"];
export type HostileKey = (typeof HOSTILE_KEYS)[number];

/** Where (child indexes, each taken modulo the child count) and what to change. */
export interface JsonMutation {
  readonly path: readonly number[];
  readonly edit:
    | { readonly kind: "replace"; readonly value: unknown }
    | { readonly kind: "remove" }
    | { readonly kind: "hostile-key"; readonly key: HostileKey; readonly value: unknown }
    | { readonly kind: "duplicate" };
}

/** A mutated copy of `value` (which is left alone); the path indexes pick children modulo their count. */
export function mutateJson(value: unknown, mutation: JsonMutation): unknown;
