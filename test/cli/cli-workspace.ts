import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleJsonLines } from "../audit/support/sample-timelines.js";
import { ensureBuilt, tempDir } from "./cli-support.js";

// Apart from cli-support.ts, which most CLI tests import: the sample cases load all of src/.

/** Builds the CLI when needed, and makes a temporary directory holding `cases.jsonl`: 300 sample cases, some of them bad. */
export function cliWorkspace(): { readonly dir: string; readonly cases: string } {
  ensureBuilt();
  const dir = tempDir();
  const cases = join(dir, "cases.jsonl");
  writeFileSync(cases, sampleJsonLines(300, 42, 0.05));
  return { dir, cases };
}
