import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profiles, BUILT_IN_PROFILE_IDS, type BuiltInProfileId } from "../../src/profiles/index.js";
import { cambridgeshireInput } from "../../src/profiles/cambridgeshire.js";
import { cumbriaInput } from "../../src/profiles/cumbria.js";
import { medwayInput } from "../../src/profiles/medway.js";
import { panSussexInput } from "../../src/profiles/pan-sussex.js";
import { workingTogetherInput } from "../../src/profiles/working-together.js";
import type { ProfileInput } from "../../src/policy/profile-schema.js";
import { restateNationalRule } from "../../src/profiles/restate-national-rule.js";

const CITATION = { document: "Local procedures", section: "1", quote: "within 3 months" };
const READING = { decisions: ["D7"], text: "A local statement." };

const SHARED = "/work/shared";
const SOURCES = {
  "seed-000": `${SHARED}/seeds/000_bf55adefddacbad7.txt`,
  "seed-001": `${SHARED}/seeds/001_60726b3fd2478925.txt`,
  "seed-002": `${SHARED}/seeds/002_b42df00162f46b12.txt`,
  "seed-003": `${SHARED}/seeds/003_ae6d59c425c2a69b.txt`,
  "seed-004": `${SHARED}/seeds/004_c0f9b51a4fb3e0c3.txt`,
  research: `${SHARED}/reference/domain-research.md`,
} as const;
type Source = keyof typeof SOURCES;

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();
const sourceText = (source: Source): string => normalise(readFileSync(SOURCES[source], "utf8"));

const INPUTS: Record<BuiltInProfileId, ProfileInput> = {
  "working-together": workingTogetherInput,
  cumbria: cumbriaInput,
  "pan-sussex": panSussexInput,
  cambridgeshire: cambridgeshireInput,
  medway: medwayInput,
};

/**
 * Where each rule's quote comes from, by the profile that writes the rule. National rules quote
 * restatements recorded in domain-research.md (or seed 000); local rules quote their own seed.
 * Every rule written by a built-in profile must be listed here.
 */
const QUOTE_SOURCES: Record<BuiltInProfileId, Record<string, Source>> = {
  "working-together": {
    "working-together.icpc-timing": "research",
    "working-together.first-core-group": "seed-000",
    "working-together.first-review": "research",
    "working-together.later-reviews": "research",
  },
  cumbria: {
    "working-together.first-core-group": "seed-003",
    "cumbria.core-group-frequency": "seed-003",
  },
  "pan-sussex": {
    "working-together.first-core-group": "seed-002",
    "working-together.first-review": "research",
    "working-together.later-reviews": "research",
    "pan-sussex.core-group-frequency": "seed-002",
    "pan-sussex.pre-review-core-group": "seed-002",
    "pan-sussex.minutes-circulated": "seed-002",
    "pan-sussex.report-shared": "seed-002",
    "pan-sussex.chair": "seed-002",
    "pan-sussex.family-attendance": "seed-002",
    "pan-sussex.direct-contact-attendance": "seed-002",
    "pan-sussex.plan-professionals-attendance": "seed-002",
  },
  cambridgeshire: {
    "working-together.first-core-group": "seed-004",
    "working-together.first-review": "seed-004",
    "working-together.later-reviews": "seed-004",
    "cambridgeshire.pre-review-core-group": "seed-004",
    "cambridgeshire.extra-core-group": "seed-004",
    "cambridgeshire.chair": "seed-004",
  },
  medway: {
    "working-together.first-core-group": "seed-001",
    "medway.core-group-frequency": "seed-001",
    "medway.core-group-after-review": "seed-001",
    "medway.record-entered": "seed-001",
    "medway.copies-circulated": "seed-001",
  },
};

const LOCAL_IDS = BUILT_IN_PROFILE_IDS.filter((id) => id !== "working-together");
const DECISION_IDS = new Set(
  [...readFileSync(`${SHARED}/reference/DECISIONS.md`, "utf8").matchAll(/^\| (D\d+) \|/gm)].map((match) => match[1]),
);

describe("built-in profiles", () => {
  it("has the five ids of DESIGN.md, national first", () => {
    expect(BUILT_IN_PROFILE_IDS).toEqual(["working-together", "cumbria", "pan-sussex", "cambridgeshire", "medway"]);
    expect(Object.keys(profiles).sort()).toEqual([...BUILT_IN_PROFILE_IDS].sort());
  });

  it.each(BUILT_IN_PROFILE_IDS)("%s resolves, frozen, with its id and region", (id) => {
    const profile = profiles[id];
    expect(profile.id).toBe(id);
    expect(profile.region).toBe("england-and-wales");
    expect(profile.rules.length).toBeGreaterThan(0);
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.rules)).toBe(true);
    expect(profile.rules.every((rule) => Object.isFrozen(rule) && Object.isFrozen(rule.citation))).toBe(true);
  });

  it("the registry is frozen, and each profile, resolved on first read, is the same object on every read", () => {
    expect(Object.isFrozen(profiles)).toBe(true);
    expect(() => {
      (profiles as Record<string, unknown>)["medway"] = null;
    }).toThrow(TypeError);
    for (const id of BUILT_IN_PROFILE_IDS) expect(profiles[id]).toBe(profiles[id]);
    expect(JSON.parse(JSON.stringify(profiles))["cumbria"].lineage).toEqual(["working-together", "cumbria"]);
  });

  it("working-together is the root", () => {
    expect(profiles["working-together"].lineage).toEqual(["working-together"]);
    expect(profiles["working-together"].rules.map((rule) => rule.id)).toEqual([
      "working-together.icpc-timing",
      "working-together.first-core-group",
      "working-together.first-review",
      "working-together.later-reviews",
    ]);
  });

  it.each(LOCAL_IDS)("%s extends working-together and keeps every national rule id", (id) => {
    expect(INPUTS[id].extends).toBe("working-together");
    expect(profiles[id].lineage).toEqual(["working-together", id]);
    const ids = profiles[id].rules.map((rule) => rule.id);
    for (const national of profiles["working-together"].rules) expect(ids).toContain(national.id);
  });

  it("local rules are namespaced by their profile (or replace a national rule by its id)", () => {
    for (const id of BUILT_IN_PROFILE_IDS) {
      for (const rule of INPUTS[id].rules) {
        expect([`${id}.`, "working-together."].some((prefix) => rule.id.startsWith(prefix)), rule.id).toBe(true);
      }
    }
  });

  it("a local restatement keeps the national rule's kind and parameters; only its words and source are local", () => {
    const local = new Set(["title", "description", "citation", "reading"]);
    for (const id of LOCAL_IDS) {
      for (const rule of profiles[id].rules.filter((candidate) => candidate.id.startsWith("working-together."))) {
        const national = profiles["working-together"].rules.find((candidate) => candidate.id === rule.id);
        const parameters = (value: object) => Object.entries(value).filter(([key]) => !local.has(key));
        expect(parameters(rule), `${id}: ${rule.id}`).toEqual(parameters(national!));
      }
    }
    expect(() => restateNationalRule("working-together.no-such-rule", { citation: CITATION, reading: READING })).toThrow(
      "working-together.no-such-rule is not a rule of the working-together profile",
    );
  });

  it("a local restatement replaces the national rule in place, with the local citation", () => {
    const national = profiles["working-together"].rules.map((rule) => rule.id);
    for (const id of LOCAL_IDS) {
      expect(profiles[id].rules.slice(0, national.length).map((rule) => rule.id)).toEqual(national);
    }
    const cumbriaFirst = profiles.cumbria.rules.find((rule) => rule.id === "working-together.first-core-group");
    expect(cumbriaFirst?.citation.document).toMatch(/^Cumbria/);
    const medwayIcpc = profiles.medway.rules.find((rule) => rule.id === "working-together.icpc-timing");
    expect(medwayIcpc).toBe(profiles["working-together"].rules[0]);
  });

  it("every rule has a title, description, non-empty quote and known decision ids", () => {
    for (const id of BUILT_IN_PROFILE_IDS) {
      for (const rule of profiles[id].rules) {
        expect(rule.title.trim(), rule.id).not.toBe("");
        expect(rule.description.trim(), rule.id).not.toBe("");
        expect(rule.citation.document.trim(), rule.id).not.toBe("");
        expect(normalise(rule.citation.quote), rule.id).not.toBe("");
        expect(rule.reading.decisions.length, rule.id).toBeGreaterThan(0);
        for (const decision of rule.reading.decisions) expect(DECISION_IDS.has(decision), `${rule.id} ${decision}`).toBe(true);
      }
    }
  });

  it("every quote occurs verbatim in the source it is taken from", () => {
    for (const id of BUILT_IN_PROFILE_IDS) {
      const written = INPUTS[id].rules.map((rule) => rule.id);
      expect(Object.keys(QUOTE_SOURCES[id]).sort(), id).toEqual([...written].sort());
      for (const rule of INPUTS[id].rules) {
        const source = QUOTE_SOURCES[id][rule.id] as Source;
        expect(sourceText(source), `${id} ${rule.id} in ${source}`).toContain(normalise(rule.citation.quote));
      }
    }
  });

  it("quotes of national rules taken from domain-research.md say they are restatements", () => {
    for (const rule of profiles["working-together"].rules) {
      expect(rule.citation.document).toMatch(/^Working Together to Safeguard Children/);
      expect(rule.citation.document).toMatch(/as restated by|as quoted/);
    }
  });
});

describe("Pan-Sussex checklist (seed 002)", () => {
  const seed = readFileSync(SOURCES["seed-002"], "utf8");
  // A Y/N row of the seed's table is a cell that starts with a tab and text; continuation lines
  // (bullets, the CRO note) belong to it. "Y/N" is the column header, not a row.
  const rows = [...seed.matchAll(/^\t(?!Y\/N)(\S.*(?:\n(?![\t\n]).*)*)/gm)].map((match) => normalise(match[1] ?? ""));
  const checklist = profiles["pan-sussex"].checklist;

  it("has one item per Y/N line of the seed, in order, with the seed's exact words", () => {
    expect(rows.length).toBeGreaterThan(10);
    expect(checklist?.items.length).toBe(rows.length);
    expect(checklist?.items.map((item) => normalise(item.text))).toEqual(rows);
  });

  it("keeps the seed's headings as sections", () => {
    const headings = new Set(
      ["CORE GROUP RESPONSIBILITIES (ALL MEMBERS)", "INTIAL CORE GROUP MEETING", "ALL SUBSEQUENT CORE GROUP MEETINGS", "CHILD PROTECTION PLAN", "MOSAIC CORE GROUP RECORD"],
    );
    for (const heading of headings) expect(seed).toContain(heading);
    expect(new Set(checklist?.items.map((item) => item.section))).toEqual(headings);
  });

  it("answers timing, chair, attendance, minutes and report lines from rules, the rest from recorded answers", () => {
    const byRule = checklist?.items.filter((item) => item.answeredBy.source === "rule") ?? [];
    expect(byRule.map((item) => item.answeredBy.source === "rule" && item.answeredBy.ruleId).sort()).toEqual(
      [
        "pan-sussex.chair",
        "pan-sussex.chair",
        "pan-sussex.core-group-frequency",
        "pan-sussex.direct-contact-attendance",
        "pan-sussex.family-attendance",
        "pan-sussex.minutes-circulated",
        "pan-sussex.plan-professionals-attendance",
        "pan-sussex.plan-professionals-attendance",
        "pan-sussex.report-shared",
        "working-together.first-core-group",
      ].sort(),
    );
    const report = checklist?.items.find((item) => item.id === "pan-sussex.checklist.report-shared");
    expect(report?.scope).toBe("last-core-group-before-review");
  });

  it("quotes its citation from the seed", () => {
    expect(sourceText("seed-002")).toContain(normalise(checklist?.citation.quote ?? "missing"));
  });
});
