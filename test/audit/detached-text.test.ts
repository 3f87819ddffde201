// detachedText: a value kept for a whole audit must not keep alive the chunk of input it was cut from.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detachedText } from "../../src/audit/detached-text.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap bytes still used after keeping `keep(cell)` of 50 cells, each cut from its own 1 MB chunk. */
function heapKeptBy(keep: (cell: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let n = 0; n < 50; n++) {
    const chunk = `${String(n).padStart(8, "0")},${"x".repeat(1 << 20)}`; // a flat string of about 1 MB
    kept.push(keep(chunk.slice(0, 20))); // a 20-character cell: a view into the chunk
  }
  gc();
  const used = process.memoryUsage().heapUsed - before;
  expect(kept.every((cell, n) => cell.startsWith(String(n).padStart(8, "0")))).toBe(true);
  return used;
}

describe("detachedText", () => {
  it("returns equal text", () => {
    for (const text of ["", "short", "exactly13char", "a longer case id, 2024-000123", "ünïcödé text of some length"]) {
      expect(detachedText(text)).toBe(text);
    }
  });

  it("keeps only the text, not the chunk a cell was cut from", () => {
    const asCut = heapKeptBy((cell) => cell);
    const detached = heapKeptBy(detachedText);
    expect(asCut).toBeGreaterThan(40 * (1 << 20)); // the check is not vacuous: views keep their chunks
    expect(detached).toBeLessThan(4 * (1 << 20));
  });
});
