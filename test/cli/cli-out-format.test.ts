// With no --format, the output format follows --out's extension (--out report.html writes HTML,
// not JSON), and the HTML report names its input files without the folders they sit in.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT, runCli, tempDir } from "./cli-support.js";

const CASES = join(ROOT, "examples/data/medway.jsonl");
const AUDIT = ["audit", CASES, "--profile", "medway", "--as-of", "2025-03-31"];

beforeAll(ensureBuilt);

describe("audit --out without --format", () => {
  const dir = tempDir();

  it.each([
    ["report.html", (text: string) => text.startsWith("<!DOCTYPE html>")],
    ["REPORT.HTM", (text: string) => text.startsWith("<!DOCTYPE html>")],
    ["audit.csv", (text: string) => text.startsWith("\uFEFFcase_id,") || text.startsWith("case_id,")],
    ["audit.jsonl", (text: string) => text.startsWith('{"kind":')],
    ["audit.ndjson", (text: string) => text.startsWith('{"kind":')],
    ["audit.json", (text: string) => JSON.parse(text) !== null && text.trimStart().startsWith("{")],
    ["audit.txt", (text: string) => JSON.parse(text) !== null],
  ])("writes the format that %s names (json when it names none)", (name, looksRight) => {
    const out = join(dir, name);
    const run = runCli([...AUDIT, "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(looksRight(readFileSync(out, "utf8"))).toBe(true);
  });

  it("keeps an explicit --format over the extension", () => {
    const out = join(dir, "forced.html");
    const run = runCli([...AUDIT, "--format", "jsonl", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, "utf8").startsWith('{"kind":')).toBe(true);
  });

  it("names the input file in the HTML report by its name only, not its folders", () => {
    const out = join(dir, "named.html");
    expect(runCli([...AUDIT, "--out", out]).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("Input: medway.jsonl");
    expect(html).not.toContain(join(ROOT, "examples"));
  });
});
