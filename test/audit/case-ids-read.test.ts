import { describe, expect, it } from "vitest";
import { auditCases, readJsonLines } from "../../src/index.js";
import { leadingCaseId } from "../../src/audit/adapters/json-lines.js";
import { caseIdOfLineBytes } from "../../src/audit/adapters/json-line-case-id.js";
import { collect } from "./adapters/helpers.js";

const timeline = (id: string) => ({ id, events: [{ type: "strategy-discussion", date: "2024-01-02" }] });

describe("a case id read twice", () => {
  it("auditCases: plain timelines with a repeated id are rejected after the first, naming it", () => {
    const audit = auditCases([timeline("A"), timeline("B"), timeline("A"), timeline("A")], { profile: "working-together", asOf: "2025-03-31" });
    const items = [...audit];
    expect(items.map((item) => item.kind)).toEqual(["evaluated", "evaluated", "rejected", "rejected"]);
    expect(items[2]).toMatchObject({ stage: "input", rejections: [{ path: ["id"], message: expect.stringMatching(/^case id "A" already read at record 1: /) }] });
    expect(audit.summary().records).toEqual({ read: 4, evaluated: 2, rejected: 2 });
  });

  it("auditCases over JSON Lines: names the file and line of the first", async () => {
    const text = `${JSON.stringify(timeline("A"))}\n\n${JSON.stringify(timeline("A"))}\n`;
    const items = [];
    for await (const item of auditCases(readJsonLines([text], { file: "a.jsonl" }), { profile: "working-together", asOf: "2025-03-31" })) items.push(item);
    expect(items[1]).toMatchObject({ kind: "rejected", source: { line: 3, caseId: "A" }, rejections: [{ path: ["id"], line: 3, message: expect.stringMatching(/^case id "A" already read at a\.jsonl:1: /) }] });
  });

  it("a JSON Lines line is known by the id it begins with, also when the rest is not JSON; a second id key rejects it", async () => {
    const records = await collect(readJsonLines(['{"id":"A", oops\n{"id":"B","events":[],"id":"C"}\n{"events":[],"id":"D"}\n']));
    expect(records.map((r) => [r.kind, r.source.caseId])).toEqual([
      ["rejected", "A"],
      ["rejected", "B"],
      ["case", "D"],
    ]);
    expect(records[1]).toMatchObject({ rejections: [{ path: ["id"], message: 'the key "id" is given more than once' }] });
  });

  it("the CLI's main thread reads the same case id from a line's bytes as the reader does from its text", () => {
    const lines = ['{"id":"A","events":[]}', ' { "id" : "é£😀" }', '{"id":"a\\"b"}', '{"id":""}', '{"id":"x', '{"events":[],"id":"E"}', "[1]", '{"id":5}', '\uFEFF{"id":"F"}', `{"id":"${"l".repeat(300)}"}`];
    for (const line of lines) {
      const bytes = Buffer.from(`${line}\r`);
      const text = line;
      const expected = leadingCaseId(text) ?? (() => { try { return (JSON.parse(text) as { id?: unknown }).id; } catch { return undefined; } })();
      expect([line, caseIdOfLineBytes(bytes, 0, bytes.length, 1000)]).toEqual([line, typeof expected === "string" && expected !== "" ? expected.slice(0, 200) : undefined]);
    }
    expect(caseIdOfLineBytes(Buffer.from('{"id":"A"}'), 0, 10, 5)).toBeUndefined(); // too long to read
  });
});
