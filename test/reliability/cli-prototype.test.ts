// Hostile keys in every input format and in a profile file, through the CLI: the child process is
// preloaded with support/prototype-snapshot.mjs, which records any change to the built-in
// prototypes between start-up and exit.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../cli/cli-support.js";
import { ensureBuilt, expectExit, inputFile } from "./support/cli-harness.js";
import { HOSTILE_PROFILE_JSON, HOSTILE_TEXT } from "./support/hostile-inputs.js";

beforeAll(() => ensureBuilt(), 120_000);

const PROBE = pathToFileURL(join(import.meta.dirname, "support/prototype-snapshot.mjs")).href;

/** Runs node with the probe preloaded; returns the result and the prototype changes it recorded. */
function probed(args: readonly string[]) {
  const changesFile = inputFile("changes.json", "");
  const result = spawnSync(process.execPath, ["--import", PROBE, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", PROTOTYPE_PROBE_OUT: changesFile },
  });
  const written = readFileSync(changesFile, "utf8");
  expect(written, `the probe did not report: ${result.stderr}`).not.toBe("");
  return { result: { code: result.status, stdout: result.stdout, stderr: result.stderr }, changes: JSON.parse(written) as string[] };
}

const EXTENSION = { json: "json", jsonl: "jsonl", csv: "csv", "cin-xml": "xml" } as const;

describe("CLI: hostile keys never reach the built-in prototypes", () => {
  it("the probe reports a polluted prototype (it is not vacuous)", () => {
    const { changes } = probed(["-e", "Object.prototype.polluted = 1; Array.prototype.map = null;"]);
    expect(changes).toEqual(["added Object.prototype.polluted", "redefined Array.prototype.map"]);
  });

  for (const format of Object.keys(EXTENSION) as (keyof typeof EXTENSION)[]) {
    it(`${format} input, audited to each output format`, () => {
      const file = inputFile(`hostile.${EXTENSION[format]}`, HOSTILE_TEXT[format]);
      for (const output of ["json", "csv", "html"]) {
        const out = inputFile(`out.${output}`, "");
        const { result, changes } = probed([CLI, "audit", file, "--as-of", "2025-03-31", "--format", output, "--out", out]);
        expectExit(result, format === "cin-xml" ? 0 : 4); // the hostile JSON and CSV records are all rejected: nothing evaluated
        expect(changes).toEqual([]);
      }
    });
  }

  it("a hostile profile file is refused in one line (audit and profiles show)", () => {
    const profile = inputFile("hostile-profile.json", HOSTILE_PROFILE_JSON);
    const cases = inputFile("cases.jsonl", HOSTILE_TEXT.jsonl);
    for (const args of [
      ["audit", cases, "--profile-file", profile, "--as-of", "2025-03-31"],
      ["profiles", "show", "--profile-file", profile],
    ]) {
      const { result, changes } = probed([CLI, ...args]);
      expectExit(result, 2);
      expect(changes).toEqual([]);
    }
  });
});
