// The CLI never reports part of an input as the whole: a broken JSON array element or CIN child is
// one rejected record and the rest is read (exit 0); a part it cannot read past is counted in the
// summary, in bytes and lines, and the command exits with code 3 after writing its outputs.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/cli-support.js";
import { audit, ensureBuilt, expectExit, inputFile } from "./support/cli-harness.js";

beforeAll(() => ensureBuilt(), 120_000);

const example = (name: string): string => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), "utf8");
const CASES = example("working-together.jsonl").trim().split("\n").map((line) => JSON.parse(line) as { id: string });
const CENSUS = example("cin-census.xml");
const byteLength = (text: string): number => new TextEncoder().encode(text).length;
const lineOf = (text: string, index: number): number => text.slice(0, index).split("\n").length;

type Records = { read: number; evaluated: number; rejected: number; notRead?: { bytes: number; lines: number } };
const recordsOf = (output: string): Records => (JSON.parse(output) as { summary: { records: Records } }).summary.records;

/** The census with its 5th <Child> cut by a comment left open: the rest of the file is inside it. */
function censusWithOpenComment(): { text: string; notRead: { bytes: number; lines: number } } {
  const fifth = CENSUS.split("<Child>", 5).join("<Child>").length;
  const at = CENSUS.indexOf("<ChildIdentifiers>", fifth);
  const text = `${CENSUS.slice(0, at)}<!-- left open ${CENSUS.slice(at)}`;
  return { text, notRead: { bytes: byteLength(text.slice(at)), lines: lineOf(text, text.length - 1) - lineOf(text, at) + 1 } };
}

describe("CLI on a partly unreadable input", () => {
  it("a JSON array of 600 cases with one broken element: 600 records read, that one rejected, exit 0", () => {
    const text = JSON.stringify(CASES, null, 2).replace(`"${CASES[2]!.id}"`, `"${CASES[2]!.id}`);
    const run = audit(inputFile("cases.json", text));
    expectExit(run, 0);
    expect(recordsOf(run.output)).toMatchObject({ read: 600, rejected: 1 });
    expect(recordsOf(run.output).notRead).toBeUndefined();
  });

  it("a CIN census with a stray & in one child: that child is one rejected record, every other child read, exit 0", () => {
    const wholeRun = audit(inputFile("cin.xml", CENSUS));
    const whole = recordsOf(wholeRun.output);
    const id = /<LAchildID>([^<]*)<\/LAchildID>/.exec(CENSUS)![1]!;
    const itsRecords = (JSON.parse(wholeRun.output) as { results: { source: { caseId?: string } }[] }).results.filter((r) => r.source.caseId?.startsWith(`${id}#`));
    expect(itsRecords.length).toBeGreaterThan(0);
    const run = audit(inputFile("cin-amp.xml", CENSUS.replace(`<LAchildID>${id}</LAchildID>`, `<LAchildID>${id} & co</LAchildID>`)));
    expectExit(run, 0);
    expect(recordsOf(run.output)).toEqual({ read: whole.read - itsRecords.length + 1, evaluated: whole.evaluated - itsRecords.length, rejected: whole.rejected + 1 });
  });

  it("a CIN census with a comment left open: the children before it audited, the rest counted as not read, exit 3", () => {
    const { text, notRead } = censusWithOpenComment();
    const run = audit(inputFile("cin-comment.xml", text));
    expectExit(run, 3);
    const records = recordsOf(run.output);
    expect(records.notRead).toEqual(notRead);
    expect(records.evaluated).toBeGreaterThan(0);
    expect(run.stdout).toContain(`Not read: ${notRead.bytes.toLocaleString("en-GB")} bytes (${notRead.lines.toLocaleString("en-GB")} lines) of the input could not be read`);
    // 3 outranks 1
    expectExit(audit(inputFile("cin-comment.xml", text), ["--strict"]), 3);
  });

  it("a JSON array with content after the closing ]: exit 3, csv outputs written in full", () => {
    const text = `[\n${JSON.stringify(CASES[0])}\n],\n${JSON.stringify(CASES[1])}\n]\n`;
    const run = audit(inputFile("cases-after.json", text), [], "csv");
    expectExit(run, 3);
    expect(run.output.split("\r\n").length).toBeGreaterThan(2);
    expect(run.stdout).toMatch(/Records: 2 read = 1 evaluated \+ 1 rejected\nNot read: [\d,]+ bytes \(3 lines\)/);
  });

  it("due: exit 3 and one line on stderr saying how much was not read", () => {
    const { text, notRead } = censusWithOpenComment();
    const run = runCli(["due", inputFile("due-comment.xml", text), "--as-of", "2025-03-31"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`Not read: ${notRead.bytes.toLocaleString("en-GB")} bytes`);
    expect(run.stdout).toMatch(/^What is due next/);
  });
});
