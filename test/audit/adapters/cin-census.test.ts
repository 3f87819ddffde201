import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  CIN_CENSUS_UNSUPPORTED_RULES_NOTE,
  cinCensusSupportsRule,
  detectInputFormat,
  profiles,
  readCinCensus,
  rulesUnsupportedByCinCensus,
} from "../../../src/index.js";
import { caseTimelineSchema } from "../../../src/model/timeline-schema.js";
import { collect, splitAt, splitPointsArbitrary } from "./helpers.js";

const SAMPLE = readFileSync("/work/shared/reference/cin-census/sample-cin-2022.xml", "utf8");

const child = (id: string, body: string, dob = "2015-06-01") => `
  <Child>
    <ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>${dob}</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
    <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
    <CINdetails><CINreferralDate>2023-01-05</CINreferralDate><ReferralSource>2A</ReferralSource>${body}<ReferralNFA>false</ReferralNFA></CINdetails>
  </Child>`;

const VALID = `<?xml version="1.0" encoding="utf-8"?>
<!-- a small valid census -->
<Message>
  <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
  <Children>${child(
    "A&amp;1",
    `<Section47><S47ActualStartDate>2023-04-03</S47ActualStartDate><DateOfInitialCPC>2023-04-20</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>
     <Section47><S47ActualStartDate>2023-09-01</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>
     <Section47><S47ActualStartDate>2023-11-01</S47ActualStartDate><DateOfInitialCPC>2023-11-20</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>
     <ChildProtectionPlans><CPPstartDate>2023-04-20</CPPstartDate><CPPendDate>2023-10-16</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP>
       <Reviews><CPPreviewDate>2023-07-17</CPPreviewDate><CPPreviewDate><![CDATA[2023-10-16]]></CPPreviewDate></Reviews></ChildProtectionPlans>`,
  )}${child(
    "B2",
    `<Section47><S47ActualStartDate>2023-12-01</S47ActualStartDate><ICPCnotRequired>false</ICPCnotRequired></Section47>
     <ChildProtectionPlans><CPPstartDate>2023-12-21</CPPstartDate><CPPendDate>2024-03-01</CPPendDate><InitialCategoryOfAbuse>PHY</InitialCategoryOfAbuse><LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>`,
  )}${child("C3", `<ChildProtectionPlans><CPPstartDate>2023-02-30</CPPstartDate><InitialCategoryOfAbuse>PHY</InitialCategoryOfAbuse><LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>`)}
  </Children>
</Message>
`;

describe("readCinCensus", () => {
  it("maps plans and unlinked s47 enquiries to timelines", async () => {
    const records = await collect(readCinCensus([VALID], { file: "cin.xml" }));
    expect(records.map((r) => [r.kind, r.source.caseId])).toEqual([
      ["case", "A&1#2023-04-20"],
      ["case", "A&1#s47-2023-09-01"],
      ["case", "A&1#s47-2023-11-01"],
      ["case", "B2#2023-12-21"],
      ["rejected", "C3#2023-02-30"],
    ]);
    for (const record of records) if (record.kind === "case") expect(caseTimelineSchema.safeParse(record.timeline).success).toBe(true);
    expect((records[0] as { timeline: unknown }).timeline).toEqual({
      id: "A&1#2023-04-20",
      child: { dateOfBirth: "2015-06-01" },
      events: [
        { type: "strategy-discussion", date: "2023-04-03" },
        { type: "initial-conference", date: "2023-04-20", outcome: "plan" },
        { type: "review-conference", date: "2023-07-17", outcome: "plan-continues" },
        { type: "review-conference", date: "2023-10-16", outcome: "plan-ends" },
      ],
    });
    expect((records[1] as { timeline: { events: unknown[] } }).timeline.events).toEqual([
      { type: "strategy-discussion", date: "2023-09-01", conferenceNotRequired: true },
    ]);
    expect((records[2] as { timeline: { events: unknown[] } }).timeline.events).toEqual([
      { type: "strategy-discussion", date: "2023-11-01" },
      { type: "initial-conference", date: "2023-11-20", outcome: "no-plan" },
    ]);
    expect((records[3] as { timeline: { events: unknown[] } }).timeline.events).toEqual([
      { type: "strategy-discussion", date: "2023-12-01" },
      { type: "initial-conference", date: "2023-12-21", outcome: "plan" },
      { type: "plan-end", date: "2024-03-01", reason: "other" },
    ]);
    expect(records[4]).toMatchObject({
      rejections: [{ path: ["ChildProtectionPlans", "CPPstartDate"], message: expect.stringMatching(/C3/) }],
    });
    expect(records.map((r) => r.source.recordNumber)).toEqual([1, 2, 3, 4, 5]);
  });

  it("rejects the DfE sample's out-of-range dates, naming element and child, without crashing", async () => {
    const records = await collect(readCinCensus([SAMPLE]));
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.kind === "rejected")).toBe(true);
    const fields = records.flatMap((r) => (r.kind === "rejected" ? r.rejections.map((x) => x.path.join("/")) : []));
    expect(fields).toContain("ChildProtectionPlans/CPPstartDate");
    expect(fields).toContain("ChildIdentifiers/PersonBirthDate");
    expect(JSON.stringify(records)).toContain("DfEX0000001");
  });

  it("reports malformed and truncated XML as (document) rejections, reading the children before and after", async () => {
    const truncated = VALID.slice(0, VALID.indexOf("<Child>", VALID.indexOf("B2") - 400) + 60);
    const records = await collect(readCinCensus([truncated]));
    expect(records.at(-1)).toMatchObject({ kind: "rejected", rejections: [{ path: [] }] });
    expect(records.filter((r) => r.kind === "case").length).toBe(3);
    const mismatched = await collect(readCinCensus(["<Message><Children></Child></Message>"]));
    expect(mismatched[0]).toMatchObject({ kind: "rejected", rejections: [{ path: [], message: expect.stringMatching(/closes/) }] });
    expect(mismatched.every((r) => r.kind === "rejected" && r.rejections[0]?.code === "unreadable-document")).toBe(true);
    // a bad entity rejects its child; the children after it are read
    const entity = await collect(readCinCensus([VALID.replace("A&amp;1", "A&bogus;1")]));
    expect(entity[0]).toMatchObject({ kind: "rejected", rejections: [{ path: [], message: expect.stringMatching(/entity/) }] });
    expect(entity.slice(1).map((r) => [r.kind, r.source.caseId])).toEqual([
      ["case", "B2#2023-12-21"],
      ["rejected", "C3#2023-02-30"],
    ]);
    expect(await collect(readCinCensus([""]))).toEqual([]);
  });

  test.prop([splitPointsArbitrary])("same records at any chunk split", async (points) => {
    const whole = await collect(readCinCensus([VALID]));
    const split = await collect(readCinCensus(splitAt(VALID, points.map((p) => p % (VALID.length + 1)))));
    expect(split).toEqual(whole);
  });

  it("documents what the census cannot support", () => {
    expect(CIN_CENSUS_UNSUPPORTED_RULES_NOTE).toMatch(/core-group/);
  });

  it("supports the conference deadlines of every built-in profile and no other rule", () => {
    for (const profile of Object.values(profiles)) {
      expect(profile.rules.filter(cinCensusSupportsRule).map((rule) => rule.id)).toEqual([
        "working-together.icpc-timing",
        "working-together.first-review",
        "working-together.later-reviews",
      ]);
      expect(rulesUnsupportedByCinCensus(profile).map((excluded) => excluded.ruleId)).toEqual(
        profile.rules.filter((rule) => !cinCensusSupportsRule(rule)).map((rule) => rule.id),
      );
    }
  });
});

describe("detectInputFormat", () => {
  it("maps extensions", () => {
    expect(["a.jsonl", "a.NDJSON", "a.json", "a.csv", "a.xml", "a.txt", "noext"].map(detectInputFormat)).toEqual([
      "jsonl",
      "jsonl",
      "json",
      "csv",
      "cin-xml",
      undefined,
      undefined,
    ]);
  });
});

void fc;
