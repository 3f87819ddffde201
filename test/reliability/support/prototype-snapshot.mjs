// Prototype pollution check: a snapshot of the own properties (names, symbols and descriptors, by
// identity) of the built-in prototypes that hostile keys could reach, and what changed since.
// Plain JavaScript so it also runs preloaded into a CLI child process:
//   PROTOTYPE_PROBE_OUT=changes.json node --import ./prototype-snapshot.mjs dist/cli.js ...
// snapshots at start-up and writes the changes (a JSON array, empty when untouched) at exit.
import { writeFileSync } from "node:fs";

const WATCHED = {
  "Object.prototype": Object.prototype,
  "Array.prototype": Array.prototype,
  "Function.prototype": Function.prototype,
  "String.prototype": String.prototype,
};
const FIELDS = ["value", "get", "set", "writable", "enumerable", "configurable"];

export function snapshotPrototypes() {
  const snapshot = new Map();
  for (const [name, prototype] of Object.entries(WATCHED)) {
    for (const key of Reflect.ownKeys(prototype)) {
      snapshot.set(`${name}.${String(key)}`, Object.getOwnPropertyDescriptor(prototype, key));
    }
  }
  return snapshot;
}

export function prototypeChanges(before) {
  const after = snapshotPrototypes();
  const changes = [];
  for (const [key, descriptor] of after) {
    const old = before.get(key);
    if (old === undefined) changes.push(`added ${key}`);
    else if (FIELDS.some((field) => !Object.is(old[field], descriptor[field]))) changes.push(`redefined ${key}`);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`removed ${key}`);
  return changes;
}

const out = process.env.PROTOTYPE_PROBE_OUT;
if (out !== undefined && out !== "") {
  const atStart = snapshotPrototypes();
  process.on("exit", () => writeFileSync(out, JSON.stringify(prototypeChanges(atStart))));
}
