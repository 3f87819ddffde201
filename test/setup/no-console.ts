// Library code must never write to the console (DESIGN.md principle 2). A console call made
// while a test runs is recorded and fails that test afterwards.
import { afterEach, beforeEach, expect, vi } from "vitest";

const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
let consoleCalls: string[] = [];

beforeEach(() => {
  consoleCalls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  expect(consoleCalls, "library code wrote to the console").toEqual([]);
});
