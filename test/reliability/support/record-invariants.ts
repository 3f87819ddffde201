import { expect } from "vitest";
import type { InputRecord } from "../../../src/index.js";

/**
 * What every adapter promises for any text: records numbered 1..n in order, each a case or a
 * rejection; a rejection gives at least one issue, each with a reader's code (kebab-case), a
 * path of keys and indexes, a message in words and a line number that exists in the text (every
 * adapter reads lines: an issue without one cannot be traced back to the input), and a column
 * of at least 1 when it has one.
 */
export function expectWellFormedRecords(records: readonly InputRecord[], text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  records.forEach((record, index) => {
    expect(["case", "rejected"]).toContain(record.kind);
    expect(record.source.recordNumber).toBe(index + 1);
    if (record.source.line !== undefined) expect(record.source.line).toBeGreaterThanOrEqual(1);
    if (record.kind === "rejected") {
      expect(record.rejections.length).toBeGreaterThan(0);
      for (const rejection of record.rejections) {
        expect(rejection.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(Array.isArray(rejection.path)).toBe(true);
        for (const key of rejection.path) expect(typeof key === "number" || key.length > 0).toBe(true);
        expect(typeof rejection.message).toBe("string");
        expect(rejection.message.length).toBeGreaterThan(0);
        expect(rejection.line, `the rejection of record ${index + 1} (${rejection.code}) has no line number`).toBeDefined();
        if (rejection.column !== undefined) expect(Number.isInteger(rejection.column) && rejection.column >= 1).toBe(true);
        expect(Number.isInteger(rejection.line)).toBe(true);
        expect(rejection.line).toBeGreaterThanOrEqual(1);
        expect(rejection.line).toBeLessThanOrEqual(lines);
      }
    }
  });
}
