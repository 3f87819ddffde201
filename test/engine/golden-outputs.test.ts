// Pins what evaluateCase returns on the bundled example data, byte for byte: for each example file
// and built-in profile, the SHA-256 of the JSON of every evaluation, kept in golden-outputs.json.
// A change that alters any finding, wording or field order for the same input fails here. When
// the change is meant (a corrected reading, a new field), say so in CHANGELOG.md ("Changed
// findings" when findings differ) and refresh the file:
//   GOLDEN_UPDATE=1 npx vitest run test/engine/golden-outputs.test.ts
// Regenerating examples/data changes the inputs, so it needs a refresh too. A speed-up must leave
// every hash as it was.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_PROFILE_IDS, evaluateCase, profiles, readCsvEventLog, type EvaluateCaseOptions } from "../../src/index.js";

const EXAMPLES = join(import.meta.dirname, "../../examples/data");
const GOLDEN_FILE = join(import.meta.dirname, "golden-outputs.json");
const CASES_PER_FILE = 200;
const AS_OF = "2025-03-31";

/** The first timelines of each example file, as the CLI would read them (unreadable lines kept as text: evaluateCase judges them). */
async function exampleInputs(): Promise<Map<string, unknown[]>> {
  const inputs = new Map<string, unknown[]>();
  for (const profile of BUILT_IN_PROFILE_IDS) {
    const lines = readFileSync(join(EXAMPLES, `${profile}.jsonl`), "utf8").split("\n").filter((line) => line.trim().length > 0);
    inputs.set(`${profile}.jsonl`, lines.slice(0, CASES_PER_FILE).map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return line;
      }
    }));
  }
  const timelines: unknown[] = [];
  for await (const record of readCsvEventLog([readFileSync(join(EXAMPLES, "events.csv"), "utf8")])) {
    if (record.kind === "case") timelines.push(record.timeline);
    if (timelines.length === CASES_PER_FILE) break;
  }
  inputs.set("events.csv", timelines);
  return inputs;
}

function digest(timelines: readonly unknown[], options: EvaluateCaseOptions): string {
  const hash = createHash("sha256");
  for (const timeline of timelines) hash.update(`${JSON.stringify(evaluateCase(timeline, options))}\n`);
  return hash.digest("hex");
}

describe("evaluateCase on the example data (golden outputs)", () => {
  it("gives the same bytes as recorded in golden-outputs.json", async () => {
    const actual: Record<string, string> = {};
    for (const [file, timelines] of await exampleInputs()) {
      for (const profile of BUILT_IN_PROFILE_IDS) {
        actual[`${file} / ${profile}`] = digest(timelines, { profile, asOf: AS_OF });
        if (profiles[profile].checklist !== null) {
          actual[`${file} / ${profile}, checklist: false`] = digest(timelines, { profile, asOf: AS_OF, checklist: false });
        }
      }
    }
    if (process.env["GOLDEN_UPDATE"] === "1") writeFileSync(GOLDEN_FILE, `${JSON.stringify(actual, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN_FILE, "utf8")) as Record<string, string>;
    const changed = Object.keys({ ...expected, ...actual }).filter((key) => expected[key] !== actual[key]);
    expect(changed, "evaluations changed: see the comment at the top of this file").toEqual([]);
  }, 60_000);
});
