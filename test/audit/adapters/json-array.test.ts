import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readJsonArray } from "../../../src/index.js";
import { collect, splitAt, splitPointsArbitrary } from "./helpers.js";

describe("readJsonArray", () => {
  it("reads each element as a record with the line it starts on", async () => {
    const text = '\uFEFF[\r\n  {"id":"a","events":[]},\r\n  {"id":"b","note":"x],}{","events":[]}\r\n]\r\n';
    const records = await collect(readJsonArray([text], { file: "c.json" }));
    expect(records.map((r) => [r.kind, r.source.caseId, r.source.line, r.source.recordNumber])).toEqual([
      ["case", "a", 2, 1],
      ["case", "b", 3, 2],
    ]);
  });

  it("an empty array is no records", async () => {
    expect(await collect(readJsonArray(["[ ]"]))).toEqual([]);
  });

  it("rejects a non-array document, an empty input, a truncated array and trailing content", async () => {
    const object = await collect(readJsonArray(['{"id":"a","events":[]}']));
    expect(object).toHaveLength(1);
    expect(object[0]).toMatchObject({ kind: "rejected", rejections: [{ path: [] }] });
    expect(await collect(readJsonArray([""]))).toMatchObject([{ kind: "rejected", rejections: [{ path: [] }] }]);
    const truncated = await collect(readJsonArray(['[{"id":"a","events":[]},{"id":"b"']));
    expect(truncated.map((r) => r.kind)).toEqual(["case", "rejected"]);
    const unclosed = await collect(readJsonArray(['[{"id":"a","events":[]},']));
    expect(unclosed.map((r) => r.kind)).toEqual(["case", "rejected"]);
    const trailing = await collect(readJsonArray(['[{"id":"a","events":[]}] x']));
    expect(trailing.map((r) => r.kind)).toEqual(["case", "rejected"]);
  });

  it("rejects a bad element on its own and stray commas", async () => {
    const records = await collect(readJsonArray(['[{"id":"a","events":[]}, {bad}, ,{"id":"c","events":[]}]']));
    expect(records.map((r) => r.kind)).toEqual(["case", "rejected", "rejected", "case"]);
    expect(records.map((r) => r.source.recordNumber)).toEqual([1, 2, 3, 4]);
  });

  it("does not pollute Object.prototype", async () => {
    await collect(readJsonArray(['[{"__proto__":{"polluted":1},"id":"p","events":[]}]']));
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test.prop([fc.array(fc.oneof(fc.jsonValue(), fc.constant({ id: "x", events: [] })), { maxLength: 10 }), splitPointsArbitrary])(
    "same records at any chunk split; one record per element",
    async (values, points) => {
      const text = JSON.stringify(values, null, 1);
      const whole = await collect(readJsonArray([text]));
      const split = await collect(readJsonArray(splitAt(text, points.map((p) => p % (text.length + 1)))));
      expect(split).toEqual(whole);
      expect(whole.map((r) => r.kind === "case" && r.timeline)).toEqual(values.map((v) => JSON.parse(JSON.stringify(v))));
    },
  );
});
