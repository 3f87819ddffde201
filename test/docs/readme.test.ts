// The README's first example must run and print what the README says it prints.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar, evaluateCase } from "../../src/index.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("the first example's calendar answer is right", () => {
    expect(readme).toContain('calendar.addWorkingDays("2022-12-15", 10); // "2023-01-03"');
    expect(createWorkingCalendar().addWorkingDays("2022-12-15", 10)).toBe("2023-01-03");
  });

  it("the first example prints exactly the explanations quoted in the README", () => {
    const result = evaluateCase(
      {
        id: "case-1",
        events: [
          { type: "strategy-discussion", date: "2022-11-28" },
          { type: "initial-conference", date: "2022-12-15", outcome: "plan" },
          { type: "core-group", date: "2023-01-04", chair: { role: "lead-social-worker" } },
        ],
      },
      { profile: "pan-sussex", asOf: "2023-02-28" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const printed = result.breaches.flatMap((breach) => (breach.kind === "obligation" ? [breach.obligation.explanation] : []));
    // Each quoted explanation starts on a line `// "...` and continues on lines `//  ...`.
    const example = readme.slice(readme.indexOf("if (result.ok) {"), readme.indexOf("} else {"));
    const quoted: string[] = [];
    for (const line of example.split("\n")) {
      const comment = line.trimStart();
      if (comment.startsWith('// "')) quoted.push(comment.slice(4));
      else if (comment.startsWith("//  ") && quoted.length > 0) quoted[quoted.length - 1] += ` ${comment.slice(4)}`;
    }
    expect(quoted.map((text) => text.replace(/"$/, ""))).toEqual(printed);
    expect(example).toContain(`// Prints ${["no", "one", "two", "three", "four"][printed.length]} breach`);
  });

  it("the quick start names the scripts that exist", () => {
    const scripts = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).scripts;
    for (const command of ["demo", "test"]) {
      expect(readme).toContain(`npm ${command === "test" ? "test" : `run ${command}`}`);
      expect(scripts[command], `package.json has no ${command} script`).toBeDefined();
    }
  });
});
