import { expect } from "vitest";
import type { CaseEvaluationResult } from "../../../src/index.js";

/** `ok` with obligations, or not ok with at least one issue, each with a path of keys and a message. */
export function expectOkOrIssuesWithPaths(result: CaseEvaluationResult): void {
  if (result.ok) {
    expect(Array.isArray(result.obligations)).toBe(true);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
  // The CLI writes every result as JSON: it must serialise.
  expect(() => JSON.stringify(result)).not.toThrow();
}
