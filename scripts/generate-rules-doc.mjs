// Writes docs/rules.md from the BUILT package (run `npm run docs:rules`, which builds first).
// test/policy/rules-doc.test.ts fails when docs/rules.md differs from the profile data.
import { writeFileSync } from "node:fs";
import { profiles, renderRulesCatalogue } from "../dist/index.js";

const target = new URL("../docs/rules.md", import.meta.url);
writeFileSync(target, renderRulesCatalogue(Object.values(profiles)));
process.stdout.write(`wrote ${target.pathname}\n`);
