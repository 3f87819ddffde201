// No catastrophic backtracking, part 1: every regular expression in src/ (found from the syntax
// tree) must be listed, with adversarial inputs, in support/adversarial-regexes.ts, so a new one
// fails here until it is. Whether each runs in linear time on those inputs is a wall-clock check,
// in redos.timing.test.ts (`npm run test:timing`), apart from `npm test` so that a busy machine
// cannot fail it.
import { describe, expect, it } from "vitest";
import { ADVERSARIAL, regexesInSource } from "./support/adversarial-regexes.js";

describe("regular expressions in src/", () => {
  it("the inventory lists exactly the regular expressions in src/ (each RegExp built from a literal)", () => {
    const found = regexesInSource();
    expect(found.filter((entry) => !entry.text.startsWith("/")), "a RegExp built at run time").toEqual([]);
    expect([...new Set(found.map((entry) => entry.text))].sort()).toEqual(Object.keys(ADVERSARIAL).sort());
  });
});
