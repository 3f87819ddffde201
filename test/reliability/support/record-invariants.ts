import { expect } from "vitest";
import type { InputRecord } from "../../../src/index.js";

/**
 * What every adapter promises for any text: records numbered 1..n in order, each a case or a
 * rejection; a rejection gives at least one reason, each with a field, a reason in words and a
 * line number that exists in the text (every adapter reads lines: a reason without one cannot be
 * traced back to the input).
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
        expect(typeof rejection.field).toBe("string");
        expect(rejection.field.length).toBeGreaterThan(0);
        expect(typeof rejection.reason).toBe("string");
        expect(rejection.reason.length).toBeGreaterThan(0);
        expect(rejection.line, `the rejection of record ${index + 1} (${rejection.field}) has no line number`).toBeDefined();
        expect(Number.isInteger(rejection.line)).toBe(true);
        expect(rejection.line).toBeGreaterThanOrEqual(1);
        expect(rejection.line).toBeLessThanOrEqual(lines);
      }
    }
  });
}
