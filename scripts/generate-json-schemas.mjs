// Writes schemas/case-timeline.schema.json and schemas/policy-profile.schema.json from the built
// package. A test checks the checked-in files are current.
import { mkdirSync, writeFileSync } from "node:fs";
import { caseTimelineJsonSchema, policyProfileJsonSchema } from "../dist/index.js";

const folder = new URL("../schemas/", import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL("case-timeline.schema.json", folder), `${JSON.stringify(caseTimelineJsonSchema(), null, 2)}\n`);
writeFileSync(new URL("policy-profile.schema.json", folder), `${JSON.stringify(policyProfileJsonSchema(), null, 2)}\n`);
console.log(`wrote ${folder.pathname}`);
