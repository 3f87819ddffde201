// Fuzzing the input adapters: arbitrary text, arbitrary bytes decoded as the CLI decodes a file,
// and mutations of valid samples (truncation, deletion, insertion, duplication, BOM, CRLF), split
// into chunks anywhere. An adapter never throws on data; every record is well formed.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { collect, splitAt, splitPointsArbitrary } from "../audit/adapters/helpers.js";
import { ADAPTER_FORMATS, SAMPLE_TEXT, readWith, type AdapterFormat } from "./support/adapter-inputs.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";
import { expectWellFormedRecords } from "./support/record-invariants.js";

const formatArbitrary = fc.constantFrom(...ADAPTER_FORMATS);

async function readChecked(format: AdapterFormat, text: string, points: readonly number[]): Promise<void> {
  const records = await collect(readWith(format, splitAt(text, points.map((p) => p % (text.length + 1)))));
  expectWellFormedRecords(records, text);
}

const textArbitrary = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: fc.constantFrom("{", "}", "[", "]", '"', ",", ":", "\n", "\r", "<", ">", "/", "&", ";", "#", "x", "1", " ", "\\"), maxLength: 400 }),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => `${JSON.stringify(value)}\n${JSON.stringify(value)}`),
);

/** One edit of a valid sample: what a damaged or badly exported file looks like. */
const mutationArbitrary = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ unit: "binary", maxLength: 40 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.constant({ kind: "bom" as const }),
  fc.constant({ kind: "crlf" as const }),
  fc.constant({ kind: "cr" as const }),
);
type Mutation = typeof mutationArbitrary extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutation: Mutation): string {
  const at = "at" in mutation ? mutation.at % (text.length + 1) : 0;
  switch (mutation.kind) {
    case "truncate":
      return text.slice(0, at);
    case "delete":
      return text.slice(0, at) + text.slice(at + mutation.length);
    case "insert":
      return text.slice(0, at) + mutation.text + text.slice(at);
    case "duplicate":
      return text.slice(0, at + mutation.length) + text.slice(at);
    case "bom":
      return `\uFEFF${text}`;
    case "crlf":
      return text.replaceAll("\n", "\r\n");
    case "cr":
      return text.replaceAll("\n", "\r");
  }
}

describe("adapters under fuzzing: never throw, every record well formed", () => {
  test.prop([formatArbitrary, textArbitrary, splitPointsArbitrary], fuzz())(
    "arbitrary text",
    async (format, text, points) => {
      await readChecked(format, text, points);
    },
    fuzzTimeout(),
  );

  test.prop([formatArbitrary, fc.uint8Array({ maxLength: 600 }), fc.constantFrom("utf-8", "latin1", "utf-16le"), splitPointsArbitrary], fuzz())(
    "arbitrary bytes, decoded as UTF-8 (as the CLI does), Latin-1 or UTF-16",
    async (format, bytes, encoding, points) => {
      await readChecked(format, new TextDecoder(encoding).decode(bytes), points);
    },
    fuzzTimeout(),
  );

  test.prop([formatArbitrary, fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), splitPointsArbitrary], fuzz(0.5))(
    "mutated valid samples: truncated, cut, spliced, duplicated, BOM, CRLF and CR line ends",
    async (format, mutations, points) => {
      await readChecked(format, mutations.reduce(mutate, SAMPLE_TEXT[format]), points);
    },
    fuzzTimeout(0.5, 100),
  );

  it.each(ADAPTER_FORMATS)("the unmutated %s sample has cases in it (the mutations start from real data)", async (format) => {
    const records = await collect(readWith(format, [SAMPLE_TEXT[format]]));
    expect(records.filter((record) => record.kind === "case").length).toBeGreaterThanOrEqual(3);
  });
});
