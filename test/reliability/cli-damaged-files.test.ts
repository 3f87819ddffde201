// The CLI on damaged files: arbitrary bytes, truncated files, Latin-1 and UTF-16 text, BOMs, CRLF
// and empty files, in every input format. Never a stack trace; exit code as docs/cli.md says (0
// done, 1 rejected records under --strict, 3 part of the input not read, 4 no record evaluated);
// the counts add up.
import { fc, test } from "@fast-check/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_TEXT, type AdapterFormat } from "./support/adapter-inputs.js";
import { runCli } from "../cli/cli-support.js";
import { CRASH, audit, ensureBuilt, expectExit, inputFile, recordCounts } from "./support/cli-harness.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";
import { recordsInInput } from "./support/input-record-count.js";

beforeAll(() => ensureBuilt(), 120_000);

const EXTENSION: Readonly<Record<AdapterFormat, string>> = { json: "json", jsonl: "jsonl", csv: "csv", "cin-xml": "xml" };
const FORMATS = Object.keys(EXTENSION) as AdapterFormat[];

/**
 * Audits the content as the format under --strict: the outputs are written in full, the summary's
 * counts match the items of the output (one per record, each evaluated or rejected) and, when
 * `records` is given (counted from the input's text), the records in the input; and the exit code
 * is 4 when no record was evaluated, else 3 exactly when the summary counts part of the input as
 * not read, else 1 exactly when something was rejected. (Exit 0 without --strict whatever the data
 * is covered by test/cli/cli.test.ts and the tests below.)
 */
function auditStrict(format: AdapterFormat, content: string | Uint8Array, records?: number): { read: number; evaluated: number; rejected: number } {
  const run = audit(inputFile(`input.${EXTENSION[format]}`, content), ["--strict"]);
  const counts = recordCounts(run.output);
  const kinds = (JSON.parse(run.output) as { results: { kind: string }[] }).results.map((item) => item.kind);
  expect(counts).toEqual({
    read: kinds.length,
    evaluated: kinds.filter((kind) => kind === "evaluated").length,
    rejected: kinds.filter((kind) => kind === "rejected").length,
  });
  if (records !== undefined) expect(counts.read, "records read = records in the input").toBe(records);
  const notRead = (JSON.parse(run.output) as { summary: { records: { notRead?: unknown } } }).summary.records.notRead;
  const expected = counts.evaluated === 0 ? 4 : notRead !== undefined ? 3 : counts.rejected > 0 ? 1 : 0;
  expectExit(run, expected);
  if (expected === 3) expect(run.stdout).toMatch(/^Not read: [\d,]+ bytes \([\d,]+ lines?\) of the input could not be read/m);
  return counts;
}

describe("CLI on damaged files", () => {
  test.prop([fc.constantFrom(...FORMATS), fc.uint8Array({ minLength: 1, maxLength: 3000 })], fuzz(0.01))(
    "arbitrary bytes",
    (format, bytes) => {
      auditStrict(format, bytes);
    },
    fuzzTimeout(0.01, 2000),
  );

  it.each(FORMATS)("%s truncated at several places: the records before the cut are kept", (format) => {
    const whole = auditStrict(format, SAMPLE_TEXT[format], recordsInInput(format, SAMPLE_TEXT[format]));
    for (const fraction of [0.3, 0.71]) {
      const cut = auditStrict(format, SAMPLE_TEXT[format].slice(0, Math.floor(SAMPLE_TEXT[format].length * fraction)));
      expect(cut.read).toBeGreaterThan(0);
      expect(cut.evaluated).toBeLessThan(whole.evaluated);
    }
  });

  it.each(FORMATS)("due on a truncated %s file: exit 0 (3 when cut inside XML markup), rejections counted on stderr, no stack trace", (format) => {
    const text = SAMPLE_TEXT[format];
    const cut = text.slice(0, Math.floor(text.length * 0.6));
    const insideMarkup = format === "cin-xml" && cut.lastIndexOf("<") > cut.lastIndexOf(">");
    const result = runCli(["due", inputFile(`due.${EXTENSION[format]}`, cut), "--as-of", "2025-03-31", "--format", "csv"]);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(CRASH);
    expect(result.code, result.stderr).toBe(insideMarkup ? 3 : 0);
    if (insideMarkup) expect(result.stderr).toMatch(/^Not read: /m);
    expect(result.stdout.split("\n").length).toBeGreaterThan(1);
  });

  it.each(FORMATS)("%s empty (0 bytes) and whitespace only", (format) => {
    for (const content of ["", "\n\r\n  \n"]) {
      const counts = auditStrict(format, content, format === "jsonl" ? 0 : undefined);
      expect(counts.evaluated).toBe(0);
    }
  });

  it.each(FORMATS)("%s with a BOM and CRLF line ends gives the same obligations as plain", (format) => {
    const text = SAMPLE_TEXT[format];
    const plain = audit(inputFile(`plain.${EXTENSION[format]}`, text), [], "csv");
    const bomCrlf = audit(inputFile(`bom.${EXTENSION[format]}`, `\uFEFF${text.replaceAll("\n", "\r\n")}`), [], "csv");
    expectExit(plain, 0);
    expectExit(bomCrlf, 0);
    expect(plain.output.split("\r\n").length).toBeGreaterThan(5);
    expect(bomCrlf.output).toBe(plain.output);
  });

  it.each(FORMATS)("%s encoded as Latin-1 and as UTF-16 (with BOM)", (format) => {
    const text = SAMPLE_TEXT[format].replaceAll("Brighton", "Brightön").replaceAll("North", "Nørth").replaceAll("<LAchildID>LA", "<LAchildID>LÄ");
    const latin1 = Buffer.from(text, "latin1");
    expect(latin1.some((byte) => byte >= 0x80), "the sample has a non-ASCII character").toBe(true);
    auditStrict(format, latin1, recordsInInput(format, text));
    const utf16 = auditStrict(format, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(utf16.evaluated).toBe(0);
  });
});
