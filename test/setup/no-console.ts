// Library code must never write to the console or to the process's standard streams (DESIGN.md
// principle 2). A console call, or a process.stdout / process.stderr write, made while a test runs
// is recorded and fails that test afterwards. (The CLI tests run the CLI as a child process, whose
// streams are its own; a test that reads a child's output is not affected.)
import { afterEach, beforeEach, expect, vi } from "vitest";

const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
const streams = { stdout: process.stdout, stderr: process.stderr } as const;
let consoleCalls: string[] = [];

beforeEach(() => {
  consoleCalls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
  for (const [name, stream] of Object.entries(streams)) {
    vi.spyOn(stream, "write").mockImplementation((chunk: unknown) => {
      consoleCalls.push(`process.${name}.write: ${String(chunk)}`);
      return true;
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  expect(consoleCalls, "library code wrote to the console or to process.stdout / process.stderr").toEqual([]);
});
