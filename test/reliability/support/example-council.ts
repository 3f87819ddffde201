import { readFileSync } from "node:fs";

const text = readFileSync(new URL("../../../examples/profiles/example-council.json", import.meta.url), "utf8");

export type CouncilJson = { rules: Record<string, unknown>[] } & Record<string, unknown>;

/** A fresh copy of examples/profiles/example-council.json (extends working-together; 4 own rules). */
export function exampleCouncil(): CouncilJson {
  return JSON.parse(text) as CouncilJson;
}
