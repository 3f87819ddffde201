// Measures what a kept evaluation result holds on the V8 heap: run as
//   node --expose-gc test/support/kept-result-heap.mjs <built index.js> <profile id> <cases>
// It evaluates that many generated cases (examples/generate.mjs, fixed seed), keeps every result,
// and prints one JSON line: the heap objects and bytes per result, from two heap snapshots (before
// and after keeping them), each taken after full garbage collections. Heap objects are what each
// young-generation collection copies while a caller keeps results, so fewer is cheaper.
import { readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { writeHeapSnapshot } from "node:v8";
import { AUDIT_END, generateCases } from "../../examples/generate.mjs";

const [indexPath, profileId, countText] = process.argv.slice(2);
const library = await import(pathToFileURL(resolve(indexPath)).href);
const count = Number(countText);
const timelines = [...generateCases({ profileId, seed: 7, count })];
const options = { profile: profileId, asOf: AUDIT_END };
for (const timeline of timelines) library.evaluateCase(timeline, options); // warm: first-use caches are not counted
const directory = mkdtempSync(join(tmpdir(), "cgr-heap-"));

/** Heap objects and their bytes, after full collections. */
function heap(name) {
  globalThis.gc();
  globalThis.gc();
  const file = writeHeapSnapshot(join(directory, `${name}.heapsnapshot`));
  const snapshot = JSON.parse(readFileSync(file, "utf8"));
  const fields = snapshot.snapshot.meta.node_fields;
  const selfSize = fields.indexOf("self_size");
  let objects = 0;
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    objects++;
    bytes += snapshot.nodes[i + selfSize];
  }
  return { objects, bytes };
}

try {
  const before = heap("before");
  const kept = timelines.map((timeline) => library.evaluateCase(timeline, options));
  const after = heap("after");
  if (kept.some((result) => !result.ok)) throw new Error("a generated case failed to evaluate");
  console.log(
    JSON.stringify({ results: kept.length, objectsPerResult: (after.objects - before.objects) / kept.length, bytesPerResult: (after.bytes - before.bytes) / kept.length }),
  );
} finally {
  rmSync(directory, { recursive: true, force: true });
}
