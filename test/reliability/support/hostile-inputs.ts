// Text in every input format, and profiles, whose keys, headers, element names and values are the
// names that reach Object.prototype when code copies keys carelessly.
import { fc } from "@fast-check/vitest";
import { HOSTILE_KEYS } from "./json-mutation.js";

const hostileJson = (value: unknown): string => JSON.stringify(value);
const pairs = (value: string) => HOSTILE_KEYS.map((key) => `"${key}":${value}`).join(",");

/** One timeline whose every object has every hostile key, as text (JSON.stringify would drop __proto__). */
export const HOSTILE_TIMELINE_JSON = `{${pairs('{"polluted":"yes","prototype":{"polluted":"yes"}}')},"id":"__proto__","team":"constructor","events":[{${pairs('{"polluted":"yes"}')},"type":"strategy-discussion","date":"2024-01-02"},{"type":"initial-conference","date":"2024-01-20","outcome":"plan","__proto__":{"outcome":"no-plan"}}],"child":{${pairs("1")}}}`;

export const HOSTILE_TEXT: Readonly<Record<"json" | "jsonl" | "csv" | "cin-xml", string>> = {
  jsonl: `${HOSTILE_TIMELINE_JSON}\n{"__proto__":{"polluted":"yes"}}\n{"constructor":{"prototype":{"polluted":"yes"}}}\n`,
  json: `[${HOSTILE_TIMELINE_JSON},{"__proto__":{"polluted":"yes"}},{"constructor":{"prototype":{"polluted":"yes"}}}]`,
  csv:
    `${HOSTILE_KEYS.join(",")},case_id,event_type,date,outcome,team\n` +
    `${HOSTILE_KEYS.map(() => "polluted").join(",")},__proto__,strategy-discussion,2024-01-02,,constructor\n` +
    `${HOSTILE_KEYS.map(() => "x").join(",")},__proto__,initial-conference,2024-01-20,plan,prototype\n` +
    `${HOSTILE_KEYS.map(() => "").join(",")},constructor,__proto__,2024-01-20,plan,\n`,
  "cin-xml":
    `<?xml version="1.0"?><Message><Children><Child><__proto__><polluted>yes</polluted></__proto__><constructor><prototype>yes</prototype></constructor>` +
    `<ChildIdentifiers><LAchildID>__proto__</LAchildID></ChildIdentifiers><CINdetails><Section47><S47ActualStartDate>2024-01-02</S47ActualStartDate>` +
    `<DateOfInitialCPC>2024-01-20</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2024-01-20</CPPstartDate><__proto__>1</__proto__>` +
    `</ChildProtectionPlans></CINdetails></Child></Children></Message>\n`,
};

/** CSV column mappings naming hostile keys (as a council's configuration file would give them). */
export const HOSTILE_COLUMNS = JSON.parse(`{${pairs('"case_id"')}}`) as Record<string, string>;

/** A council profile with hostile keys everywhere, and one that is valid apart from a rule id of constructor. */
export const HOSTILE_PROFILE_JSON = `{${pairs('{"polluted":"yes"}')},"id":"council","name":"x","version":"1","extends":"__proto__","removeRules":["constructor","__proto__"],"rules":[{${pairs('{"polluted":"yes"}')},"id":"prototype","kind":"__proto__"}]}`;

/** Arbitrary JSON text whose object keys are mostly hostile. */
export const hostileJsonTextArbitrary: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }).map(hostileJson),
    fc.array(tie("value"), { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_KEYS, "id", "events", "type", "date", "rules"), fc.string({ maxLength: 4 })), tie("value")), { maxLength: 5 })
      .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(",")}}`),
  ),
})).value;
