// Hostile keys (__proto__, constructor, prototype, toString, ...) in JSON, JSON Lines, CSV headers
// and column mappings, CIN XML element names and profile files never reach the built-in
// prototypes: a snapshot of Object/Array/Function/String.prototype is unchanged after each run
// through adapter, audit, writers, defineProfile and evaluateCase. (The CLI child process is
// checked in cli-prototype.test.ts.)
import { fc, test } from "@fast-check/vitest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BUILT_IN_PROFILE_IDS,
  ProfileValidationError,
  auditCases,
  createHtmlReport,
  createJsonWriter,
  defineProfile,
  evaluateCase,
  obligationCsvRows,
  readCsvEventLog,
  rejectionCsvRows,
  summaryCsv,
  type AuditProfile,
  type InputRecord,
} from "../../src/index.js";
import { collect } from "../audit/adapters/helpers.js";
import { ADAPTER_FORMATS, readWith } from "./support/adapter-inputs.js";
import { fuzz, fuzzTimeout } from "./support/fuzz-budget.js";
import { HOSTILE_COLUMNS, HOSTILE_PROFILE_JSON, HOSTILE_TEXT, HOSTILE_TIMELINE_JSON, hostileJsonTextArbitrary } from "./support/hostile-inputs.js";
import { prototypeChanges, snapshotPrototypes, type PrototypeSnapshot } from "./support/prototype-snapshot.mjs";

let before: PrototypeSnapshot;
beforeEach(() => {
  before = snapshotPrototypes();
});
afterEach(() => {
  expect(prototypeChanges(before), "built-in prototypes changed").toEqual([]);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
});

/** Audits the records and runs every writer over the items, as the CLI does. */
async function auditAndWrite(records: AsyncIterable<InputRecord> | readonly unknown[], profile: AuditProfile = "pan-sussex"): Promise<string> {
  const audit = auditCases(records, { profile, asOf: "2025-03-31" });
  const json = createJsonWriter("json");
  const html = createHtmlReport({ title: "hostile", notes: ["__proto__"] });
  let out = json.start();
  for await (const item of audit) {
    out += json.write(item) + obligationCsvRows(item) + rejectionCsvRows(item);
    html.add(item);
  }
  const summary = audit.summary();
  return out + json.end(summary) + summaryCsv(summary) + html.render(summary);
}

function defineOrIssues(input: unknown): string {
  try {
    return JSON.stringify(defineProfile(input));
  } catch (error) {
    if (error instanceof ProfileValidationError) return error.message;
    throw error;
  }
}

describe("hostile keys never reach the built-in prototypes", () => {
  it("the snapshot sees a polluted prototype (the check is not vacuous)", () => {
    const probe = snapshotPrototypes();
    (Object.prototype as Record<string, unknown>)["polluted"] = "yes";
    try {
      expect(prototypeChanges(probe)).toEqual(["added Object.prototype.polluted"]);
    } finally {
      delete (Object.prototype as Record<string, unknown>)["polluted"];
    }
  });

  it.each(ADAPTER_FORMATS)("%s input: adapter, audit and every writer", async (format) => {
    const output = await auditAndWrite(readWith(format, [HOSTILE_TEXT[format]]));
    expect(output.length).toBeGreaterThan(0);
  });

  it("CSV column mappings with hostile keys", async () => {
    const records = await collect(readCsvEventLog([HOSTILE_TEXT.csv], { columns: HOSTILE_COLUMNS }));
    expect(records.length).toBeGreaterThan(0);
  });

  it("evaluateCase and auditCases on a parsed hostile timeline, with every built-in profile", async () => {
    const timeline: unknown = JSON.parse(HOSTILE_TIMELINE_JSON);
    for (const profile of BUILT_IN_PROFILE_IDS) {
      evaluateCase(timeline, { profile, asOf: "2025-03-31" });
      await auditAndWrite([timeline], profile);
    }
  });

  it("defineProfile on a hostile profile file lists problems; a council with a rule named constructor audits", async () => {
    expect(defineOrIssues(JSON.parse(HOSTILE_PROFILE_JSON))).toMatch(/^Invalid profile/);
    const profile = JSON.parse(
      `{"id":"council","name":"x","version":"1","extends":"working-together","rules":[],"removeRules":["working-together.first-review"]}`,
    ) as unknown;
    await auditAndWrite([JSON.parse(HOSTILE_TIMELINE_JSON)], defineProfile(profile));
  });

  test.prop([fc.constantFrom("json" as const, "jsonl" as const), fc.array(hostileJsonTextArbitrary, { maxLength: 5 })], fuzz(0.2))(
    "arbitrary JSON with hostile keys through the JSON adapters, audit and writers",
    async (format, values) => {
      const text = format === "jsonl" ? values.join("\n") : `[${values.join(",")}]`;
      await auditAndWrite(readWith(format, [text]));
      expect(prototypeChanges(before)).toEqual([]);
    },
    fuzzTimeout(0.2, 100),
  );

  test.prop([hostileJsonTextArbitrary], fuzz(0.5))(
    "arbitrary JSON with hostile keys through defineProfile and evaluateCase",
    (text) => {
      const value: unknown = JSON.parse(text);
      defineOrIssues(value);
      evaluateCase(value, { profile: "cumbria", asOf: "2025-03-31" });
      expect(prototypeChanges(before)).toEqual([]);
    },
    fuzzTimeout(0.5),
  );
});
