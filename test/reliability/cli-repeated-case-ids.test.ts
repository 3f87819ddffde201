// A case id read twice from whole-timeline input (JSON, JSON Lines; within one file or across
// several) is one timeline too many: the second and later records are rejected, naming where the
// first was read, so no case is counted twice, with or without worker threads.
import { beforeAll, describe, expect, it } from "vitest";
import { audit, ensureBuilt, expectExit, inputFile } from "./support/cli-harness.js";

beforeAll(() => ensureBuilt(), 120_000);

const timeline = (id: string, date = "2024-01-02") => JSON.stringify({ id, events: [{ type: "strategy-discussion", date }] });

type Output = { summary: { records: { read: number; evaluated: number; rejected: number } }; results: { kind: string; source: { file: string; line?: number; caseId?: string }; rejections?: { code: string; path: string[]; message: string }[] }[] };

describe("CLI: a case id read twice", () => {
  it("across JSON Lines files, with and without worker threads: later records rejected, naming the first", () => {
    const first = inputFile("first.jsonl", `${timeline("A")}\n${timeline("B")}\n{"id":"C", not json\n`);
    const lines = Array.from({ length: 3000 }, (_, i) => timeline(`N-${i}`));
    lines[2500] = timeline("A", "2024-02-01"); // far enough to be in a later batch
    lines[2600] = timeline("N-7");
    lines[2700] = `{"events":[],"id":"B"}`; // the id not first: read by parsing the line
    lines[2800] = timeline("C"); // the first C was not valid JSON: it was read all the same
    const second = inputFile("second.jsonl", `${lines.join("\n")}\n`);
    const one = audit(first, [second, "--workers", "1"]);
    const two = audit(first, [second, "--workers", "2"]);
    expectExit(one, 0);
    expectExit(two, 0);
    expect(two.output).toBe(one.output);
    const output = JSON.parse(one.output) as Output;
    expect(output.summary.records).toEqual({ read: 3003, evaluated: 2998, rejected: 5 });
    const repeats = output.results.filter((r) => r.rejections?.[0]?.code === "repeated-case-id" && r.rejections[0].path.join(".") === "id");
    expect(repeats.map((r) => [r.source.caseId, r.source.line, r.rejections![0]!.message.replace(/: a case is one timeline.*/, "")])).toEqual([
      ["A", 2501, `case id "A" already read at ${first}:1`],
      ["N-7", 2601, `case id "N-7" already read at ${second}:8`],
      ["B", 2701, `case id "B" already read at ${first}:2`],
      ["C", 2801, `case id "C" already read at ${first}:3`],
    ]);
  });

  it("within one JSON array, and between a JSON array and a JSON Lines file", () => {
    const array = inputFile("cases.json", `[\n${timeline("A")},\n${timeline("B")},\n${timeline("A")}\n]\n`);
    const lines = inputFile("more.jsonl", `${timeline("B")}\n${timeline("D")}\n`);
    const run = audit(array, [lines]);
    expectExit(run, 0);
    const output = JSON.parse(run.output) as Output;
    expect(output.summary.records).toEqual({ read: 5, evaluated: 3, rejected: 2 });
    expect(output.results.filter((r) => r.kind === "rejected").map((r) => r.rejections![0]!.message.replace(/: a case is one timeline.*/, ""))).toEqual([
      `case id "A" already read at ${array}:2`,
      `case id "B" already read at ${array}:3`,
    ]);
  });
});
