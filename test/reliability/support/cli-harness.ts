// Runs the built CLI (dist/cli.js, as test/cli does) on files written to a temporary directory,
// always with --out so that stdout carries the short summary and stderr only errors.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { runCli, tempDir } from "../../cli/cli-support.js";

export { ensureBuilt } from "../../cli/cli-support.js";

export type CliResult = ReturnType<typeof runCli>;

/** A stack frame line ("    at f (file:1:2)") or an uncaught error's name at the start of a line. */
export const CRASH = /^\s+at\s|^\w*Error\b|^node:internal|Uncaught/m;

/**
 * The documented contract (docs/cli.md): the exit code; for 0, 1 and 3 nothing on stderr (the
 * summary goes to stdout with --out); for 2 exactly one line `core-group-rules: <what went wrong>`;
 * for 4 (no record could be evaluated) exactly one line saying so.
 */
export function expectExit(result: CliResult, code: 0 | 1 | 2 | 3 | 4): void {
  expect(result.stderr, "a crash").not.toMatch(CRASH);
  expect(result.stdout, "a crash").not.toMatch(CRASH);
  if (code === 2) expect(result.stderr).toMatch(/^core-group-rules: [^\n]+\n$/);
  else if (code === 4) expect(result.stderr).toMatch(/^core-group-rules: no record could be evaluated: [^\n]+\n$/);
  else expect(result.stderr).toBe("");
  expect(result.code, result.stderr).toBe(code);
}

export interface AuditRun extends CliResult {
  /** The written output file (its text). */
  readonly output: string;
}

let dir: string | undefined;
let counter = 0;

/** Writes `content` to a fresh file named `name` (its extension picks the format) and returns its path. */
export function inputFile(name: string, content: string | Uint8Array): string {
  dir ??= tempDir();
  counter += 1;
  const path = join(dir, `${counter}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** `core-group-rules audit <file> --as-of 2025-03-31 --out <tmp> ...extra`, and the output's text. */
export function audit(file: string, extra: readonly string[] = [], format = "json"): AuditRun {
  const out = inputFile(`out.${format}`, "");
  const result = runCli(["audit", file, "--as-of", "2025-03-31", "--format", format, "--out", out, ...extra]);
  return { ...result, output: readFileSync(out, "utf8") };
}

/** The read, evaluated and rejected counts of a JSON audit output (`notRead`, when present, is left out). */
export function recordCounts(output: string): { read: number; evaluated: number; rejected: number } {
  const { read, evaluated, rejected } = (JSON.parse(output) as { summary: { records: { read: number; evaluated: number; rejected: number } } }).summary.records;
  return { read, evaluated, rejected };
}
