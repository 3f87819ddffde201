import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defineProfile } from "../../src/profiles/define-profile.js";
import type { ProfileInput, Rule } from "../../src/policy/profile-schema.js";
import type { Profile } from "../../src/policy/profile.js";
import { profiles } from "../../src/profiles/index.js";
import { council, paths, rejection, rule } from "../support/profile-input.js";

const exampleJson = readFileSync(new URL("../../examples/profiles/example-council.json", import.meta.url), "utf8");

describe("defineProfile: a council JSON", () => {
  it("the example council extends working-together and validates", () => {
    const profile = defineProfile(JSON.parse(exampleJson));
    expect(profile.lineage).toEqual(["working-together", "example-council"]);
    expect(profile.region).toBe("england-and-wales");
    expect(profile.closureDays).toContain("2025-12-29");
    expect(profile.rules.map((r) => r.id)).toEqual([
      "working-together.icpc-timing",
      "working-together.first-core-group",
      "working-together.first-review",
      "working-together.later-reviews",
      "example-council.core-group-frequency",
      "example-council.minutes-circulated",
      "example-council.chair",
    ]);
    expect(profile.rules[1]?.counting).toBe("inclusive");
  });

  it("round-trips: the resolved profile, written back as JSON without extends, resolves to the same profile", () => {
    const profile = defineProfile(JSON.parse(exampleJson));
    const flat = JSON.parse(
      JSON.stringify({ id: profile.id, name: profile.name, version: profile.version, description: profile.description, closureDays: profile.closureDays, rules: profile.rules }),
    );
    const again = defineProfile(flat);
    expect(again.rules).toEqual(profile.rules);
    expect(again.closureDays).toEqual(profile.closureDays);
    expect(again.lineage).toEqual(["example-council"]);
  });

  it("docs/profiles.md shows the example exactly as tested", () => {
    const doc = readFileSync(new URL("../../docs/profiles.md", import.meta.url), "utf8");
    expect(doc).toContain("```json\n" + exampleJson.trimEnd() + "\n```");
  });

  it("the council's own rules come back exactly as written", () => {
    const input = JSON.parse(exampleJson) as ProfileInput;
    const profile = defineProfile(input);
    for (const own of input.rules) expect(profile.rules.find((r) => r.id === own.id)).toEqual(own);
  });

  it("returns a deeply frozen profile", () => {
    const profile = defineProfile(council());
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile.lineage)).toBe(true);
    const own = profile.rules.at(-1) as Extract<Rule, { kind: "recurring-interval" }>;
    expect(Object.isFrozen(own.every)).toBe(true);
    expect(() => {
      (own.every as { n: number }).n = 99;
    }).toThrow(TypeError);
  });

  it("defaults: region england-and-wales, no closure days, no checklist, no description", () => {
    const profile = defineProfile({ id: "bare", name: "Bare", version: "1", rules: [rule()] });
    expect(profile).toMatchObject({ region: "england-and-wales", closureDays: [], checklist: null, description: null, lineage: ["bare"] });
  });

  it("inherits region, closure days and checklist; the child's own win", () => {
    const base = defineProfile(council({ id: "base", region: "scotland", closureDays: ["2025-12-29"] }));
    const registry = { ...profiles, base };
    const child = defineProfile(council({ id: "child", extends: "base", rules: [] }), { profiles: registry });
    expect(child).toMatchObject({ region: "scotland", closureDays: ["2025-12-29"], lineage: ["working-together", "base", "child"] });
    const own = defineProfile(council({ id: "own", extends: "base", rules: [], region: "northern-ireland", closureDays: [] }), {
      profiles: registry,
    });
    expect(own).toMatchObject({ region: "northern-ireland", closureDays: [] });
    const sussexChild = defineProfile(council({ id: "sussex-child", extends: "pan-sussex", rules: [] }));
    expect(sussexChild.checklist).toBe(profiles["pan-sussex"].checklist);
  });

  it("a same-id rule replaces the inherited one in place; removeRules drops; remove + add appends", () => {
    const replaced = defineProfile(
      council({ rules: [{ ...(profiles["working-together"].rules[1] as object), title: "Local first core group" }] }),
    );
    expect(replaced.rules.map((r) => r.id)).toEqual(profiles["working-together"].rules.map((r) => r.id));
    expect(replaced.rules[1]?.title).toBe("Local first core group");

    const removed = defineProfile(council({ removeRules: ["working-together.icpc-timing"], rules: [] }));
    expect(removed.rules.map((r) => r.id)).not.toContain("working-together.icpc-timing");

    const moved = defineProfile(
      council({ removeRules: ["working-together.first-review"], rules: [profiles["working-together"].rules[2]] }),
    );
    expect(moved.rules.at(-1)?.id).toBe("working-together.first-review");
  });
});

describe("defineProfile: rejection", () => {
  it("a bad profile is rejected with ONE error listing every problem with its path", () => {
    const bad = {
      id: "bad-council",
      name: "Bad council",
      version: "1",
      extends: "working-togther",
      rules: [
        rule({ id: "bad-council.typo", kind: "recurring-intervall" }),
        rule({ id: "bad-council.negative", every: { n: -6, unit: "weeks" } }),
        {
          ...rule({ id: "bad-council.anchor" }),
          kind: "deadline-after-event",
          anchor: "initial-conference",
          target: "core-group",
          within: { n: 10, unit: "working-days" },
          event: undefined,
          every: undefined,
        },
        rule({ id: "bad-council.no-citation", citation: undefined }),
        rule({ id: "bad-council.dup" }),
        rule({ id: "bad-council.dup" }),
      ],
    };
    const error = rejection(JSON.parse(JSON.stringify(bad)));
    expect(paths(error)).toEqual(
      expect.arrayContaining([
        "rules.0.kind",
        "rules.1.every.n",
        "rules.2.anchor",
        "rules.3.citation",
        "rules.5.id",
        "extends",
      ]),
    );
    expect(error.issues.find((issue) => issue.path.join(".") === "rules.5.id")?.message).toMatch(/Duplicate rule id "bad-council.dup"/);
    expect(error.issues.find((issue) => issue.path.join(".") === "extends")?.message).toMatch(/Unknown profile "working-togther"/);
    expect(error.profileId).toBe("bad-council");
    const lines = error.message.split("\n");
    expect(lines[0]).toBe(`Invalid profile "bad-council": ${error.issues.length} problems`);
    expect(lines).toContain("  rules[1].every.n: " + error.issues.find((i) => i.path.join(".") === "rules.1.every.n")?.message);
    expect(lines.length).toBe(error.issues.length + 1);
    expect(error.issues[0]?.path).toEqual(expect.any(Array));
    expect(error.issues.find((issue) => issue.path.join(".") === "rules.1.every.n")?.path).toEqual(["rules", 1, "every", "n"]);
  });

  it("a non-object input is rejected, not crashed on", () => {
    expect(paths(rejection(null))).toEqual([""]);
    expect(rejection([1, 2]).issues.length).toBeGreaterThan(0);
  });

  it("removeRules must name an inherited rule", () => {
    const error = rejection(council({ removeRules: ["working-together.first-core-group", "cumbria.core-group-frequency"] }));
    expect(paths(error)).toEqual(["removeRules.1"]);
    expect(error.message).toMatch(/"cumbria.core-group-frequency" is not a rule inherited from "working-together"/);
  });

  it("extends cycles are refused", () => {
    const error = rejection(council({ id: "working-together", extends: "cumbria" }));
    expect(paths(error)).toEqual(["extends"]);
    expect(error.message).toMatch(/cycle: working-together -> cumbria -> working-together/);
    expect(paths(rejection(council({ id: "cumbria", extends: "cumbria" })))).toEqual(["extends"]);
  });

  it("oneSatisfying must name a window-before-event rule", () => {
    const count = (oneSatisfying: string) =>
      rule({
        id: `council.count-${oneSatisfying.replaceAll(".", "-")}`,
        kind: "count-between-events",
        event: "core-group",
        between: "consecutive-conferences",
        minimum: 2,
        oneSatisfying,
        every: undefined,
      });
    const error = rejection(
      JSON.parse(JSON.stringify(council({ rules: [count("council.nowhere"), count("working-together.first-review")] }))),
    );
    expect(paths(error)).toEqual(["rules.0.oneSatisfying", "rules.1.oneSatisfying"]);
    expect(error.issues[1]?.message).toMatch(/deadline-after-event/);
  });

  it("removing a rule that an inherited rule or checklist item names is refused at the removal", () => {
    const cambridge = rejection(council({ extends: "cambridgeshire", removeRules: ["cambridgeshire.pre-review-core-group"], rules: [] }));
    expect(paths(cambridge)).toEqual(["removeRules.0"]);
    expect(cambridge.message).toMatch(/breaks inherited rule "cambridgeshire.extra-core-group"/);
    const sussex = rejection(council({ extends: "pan-sussex", removeRules: ["pan-sussex.chair"], rules: [] }));
    expect(paths(sussex)).toEqual(["removeRules.0", "removeRules.0"]);
  });

  it("checklist items must name existing rules and have unique ids", () => {
    const item = (id: string, ruleId: string) => ({
      id,
      section: "S",
      text: "A line.",
      scope: "each-core-group",
      answeredBy: { source: "rule", ruleId },
    });
    const error = rejection(
      council({
        checklist: {
          title: "Checklist",
          citation: { document: "Council", quote: "A line." },
          items: [item("council.a", "council.core-group-frequency"), item("council.a", "council.missing")],
        },
      }),
    );
    expect(paths(error)).toEqual(["checklist.items.1.answeredBy.ruleId", "checklist.items.1.id"]);
  });

  it("an empty registry knows no parent", () => {
    expect(paths(rejection(council(), { profiles: {} }))).toEqual(["extends"]);
  });
});

describe("defineProfile: prototype keys", () => {
  const before = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();

  it("__proto__ and constructor keys in JSON are refused and pollute nothing", () => {
    const names = before();
    const json = `{
      "__proto__": { "polluted": true },
      "constructor": { "prototype": { "polluted": true } },
      "id": "council", "name": "A council", "version": "1", "extends": "working-together",
      "rules": [{ "__proto__": { "polluted": true }, ${JSON.stringify(rule()).slice(1, -1)} }]
    }`;
    const error = rejection(JSON.parse(json));
    expect(error.issues.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(names);
  });

  it("extends or removeRules naming an Object.prototype member is an unknown profile or rule, not a crash", () => {
    expect(paths(rejection(council({ extends: "constructor" })))).toEqual(["extends"]);
    expect(paths(rejection(council({ extends: "tostring" })))).toEqual(["extends"]);
    expect(paths(rejection(council({ removeRules: ["constructor"] })))).toEqual(["removeRules.0"]);
  });

  it("a rule with id constructor is an ordinary rule", () => {
    const profile: Profile = defineProfile(council({ rules: [rule({ id: "constructor" })] }));
    expect(profile.rules.at(-1)?.id).toBe("constructor");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
