import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { CsvCasePlaces, CSV_EVENT_LOG_DEFAULT_HEADER, findSplitCsvCases, readCsvEventLog, readDateText, type InputRecord } from "../../../src/index.js";
import { tryToDayNumber } from "../../../src/calendar/index.js";
import { CSV_MAX_ROW_LENGTH, CsvRowSplitter, overlongCsvRow, type CsvRow } from "../../../src/audit/adapters/csv-rows.js";
import { readCsvEventLogUpTo } from "../../../src/audit/adapters/csv-event-log-reader.js";
import { caseTimelineSchema } from "../../../src/model/timeline-schema.js";
import { asyncChunks, collect, rejectedFields, splitAt, splitPointsArbitrary } from "./helpers.js";

const HEADER = "case_id,event_type,date,outcome,status,attendees,team";

/** The rows of CSV text fed to a splitter (reading rows of up to `maxRowLength` characters) in the given chunks. */
function rowsOf(chunks: readonly string[], maxRowLength?: number): CsvRow[] {
  const splitter = new CsvRowSplitter(maxRowLength === undefined ? {} : { maxRowLength });
  const out: CsvRow[] = [];
  for (const chunk of chunks) {
    splitter.push(chunk);
    for (let row = splitter.next(); row !== undefined; row = splitter.next()) out.push(row);
  }
  const last = splitter.end();
  return last === undefined ? out : [...out, last];
}

const rows = (text: string): CsvRow[] => rowsOf([text]);

/**
 * The oracle: RFC 4180 as the splitter documents it, read field by field over the whole text at
 * once (no chunks, no fast path), kept simple rather than fast; a row of more than `maxRowLength`
 * characters (from its first to before its line ending) is the overlong row.
 */
function referenceRows(input: string, maxRowLength = CSV_MAX_ROW_LENGTH): CsvRow[] {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const isDelimiter = (at: number): boolean => at >= text.length || ",\r\n".includes(text[at] as string);
  const out: CsvRow[] = [];
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const rowLine = line;
    const rowStart = at;
    let rowEnd = at;
    let lastLine = line;
    const fields: string[] = [];
    let problem: string | undefined;
    for (;;) {
      let value = "";
      if (text[at] === '"') {
        at++;
        let closed = false;
        while (at < text.length && !closed) {
          const char = text[at] as string;
          if (char === '"' && text[at + 1] === '"') {
            value += '"';
            at += 2;
          } else if (char === '"') {
            closed = true;
            at++;
          } else {
            if (char === "\n" || (char === "\r" && text[at + 1] !== "\n")) line++;
            value += char;
            at++;
          }
        }
        if (!closed) problem ??= `unterminated quoted field: the input ended inside quotes opened in the row starting on line ${rowLine}`;
        if (!isDelimiter(at)) problem ??= `text after a closing quote on line ${line} (a quote inside a quoted field must be doubled: "")`;
      }
      for (; !isDelimiter(at); at++) value += text[at];
      fields.push(value);
      const delimiter = text[at];
      rowEnd = Math.min(at, text.length);
      // An input that ends inside quotes just after a line break ends on the line before.
      lastLine = delimiter === undefined && /[\r\n]$/.test(text) ? line - 1 : line;
      at++;
      if (delimiter !== ",") {
        if (delimiter !== undefined) line++;
        if (delimiter === "\r" && text[at] === "\n") at++;
        break;
      }
    }
    if (rowEnd - rowStart > maxRowLength) out.push(overlongCsvRow(rowLine, lastLine, maxRowLength));
    else if (problem !== undefined) out.push({ fields, line: rowLine, problem });
    else if (fields.some((field) => field.length > 0)) out.push({ fields, line: rowLine });
  }
  return out;
}

/** CSV-like text: mostly plain rows, with quotes, line breaks of every kind, spaces and BOMs mixed in. */
const csvTextArbitrary = fc.string({ unit: fc.constantFrom("a", "b", "a", "b", ",", ",", '"', "\n", "\r", "\r\n", " ", "\uFEFF"), maxLength: 60 });

describe("CsvRowSplitter (RFC 4180)", () => {
  it("parses quoted fields with commas, doubled quotes and newlines; BOM; CRLF, LF and CR", () => {
    expect(rows('\uFEFFa,"b,c","d ""e"""\r\n"multi\r\nline",x,\n\ny\rz')).toEqual([
      { fields: ["a", "b,c", 'd "e"'], line: 1 },
      { fields: ["multi\r\nline", "x", ""], line: 2 },
      { fields: ["y"], line: 5 },
      { fields: ["z"], line: 6 },
    ]);
  });

  it("flags an unterminated quote and text after a closing quote", () => {
    expect(rows('a,"open\nmore')[0]?.problem).toMatch(/unterminated/);
    expect(rows('a,"x"y\n')[0]?.problem).toMatch(/closing quote/);
  });

  it("reads plain rows and rows that need the character scan alike (quotes, a lone CR, a row across chunks)", () => {
    const text = 'a,b\r\n"q",c\nd,e\rf,,g\n,\nh,"i\nj"\r\nk,l';
    const expected = [
      { fields: ["a", "b"], line: 1 },
      { fields: ["q", "c"], line: 2 },
      { fields: ["d", "e"], line: 3 },
      { fields: ["f", "", "g"], line: 4 },
      { fields: ["h", "i\nj"], line: 6 },
      { fields: ["k", "l"], line: 8 },
    ];
    expect(rows(text)).toEqual(expected);
    expect(rowsOf([...text])).toEqual(expected);
  });

  it("reads a 10 MB quoted field across chunks", () => {
    const big = "x,".repeat(10) + "q".repeat(10_000_000);
    const text = `a,"${big}",b\n`;
    const chunks = splitAt(text, Array.from({ length: 100 }, (_, i) => i * 100_003));
    const out = rowsOf(chunks);
    expect(out).toHaveLength(1);
    expect(out[0]!.fields[1]).toBe(big);
  });

  test.prop([
    fc.array(fc.array(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "é") }), { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
    fc.constantFrom("\n", "\r\n"),
    splitPointsArbitrary,
  ])("round-trips quoted rows at any chunk split", (table, newline, points) => {
    const text = table.map((fields) => fields.map((f) => `"${f.replaceAll('"', '""')}"`).join(",")).join(newline);
    const expected = table.filter((fields) => !fields.every((f) => f.length === 0)).map((fields) => fields);
    const whole = rowsOf([text]).map((row) => row.fields);
    const split = rowsOf(splitAt(text, points.map((p) => p % (text.length + 1)))).map((row) => row.fields);
    expect(whole).toEqual(expected);
    expect(split).toEqual(whole);
  });

  it("reads a row longer than its limit as one overlong row, and the rows after it as they are", () => {
    // Row 2 opens a quote on line 2 that closes on line 4: 22 characters, over a limit of 20; row 8
    // opens one that the input ends in.
    const text = 'a,b\nc,"dddddd\ne\r\nf",gggggg\nh,"i"\n' + "x".repeat(21) + "\n" + "y".repeat(20) + '\n,"open\n' + "o".repeat(20);
    const expected = [
      { fields: ["a", "b"], line: 1 },
      { fields: [], line: 2, overlong: true, problem: "too long to read: the row on lines 2-4 has more than 20 characters (is a quote left open?)" },
      { fields: ["h", "i"], line: 5 },
      overlongCsvRow(6, 6, 20),
      { fields: ["y".repeat(20)], line: 7 },
      overlongCsvRow(8, 9, 20),
    ];
    expect(rowsOf([text], 20)).toEqual(expected);
    expect(rowsOf([...text], 20)).toEqual(expected);
    expect(referenceRows(text, 20)).toEqual(expected);
  });

  it("reads past a row longer than the longest string V8 can make, keeping none of its text", () => {
    const splitter = new CsvRowSplitter();
    const chunk = "q".repeat(1 << 20);
    splitter.push('a,"');
    expect(splitter.next()).toBeUndefined();
    // 520 MiB of one quoted field: joined, it would be longer than 0x1fffffe8 characters.
    for (let count = 0; count < 520; count++) {
      splitter.push(count % 2 === 0 ? chunk : `${chunk.slice(2)}\r\n`);
      expect(splitter.next()?.line).toBeUndefined(); // (a row's line: a row's text would be too long to print)
    }
    splitter.push('"\nb,c\n');
    expect(splitter.next()).toEqual(overlongCsvRow(1, 261, CSV_MAX_ROW_LENGTH));
    expect(splitter.next()).toEqual({ fields: ["b", "c"], line: 262 });
  });

  test.prop([csvTextArbitrary, fc.integer({ min: 0, max: 25 }), splitPointsArbitrary])(
    "reads rows longer than a small limit as overlong rows, as the reference does, at any chunk split",
    (text, maxRowLength, points) => {
      const expected = referenceRows(text, maxRowLength);
      expect(rowsOf([text], maxRowLength)).toEqual(expected);
      expect(rowsOf(splitAt(text, points.map((p) => p % (text.length + 1))), maxRowLength)).toEqual(expected);
      expect(rowsOf([...text], maxRowLength)).toEqual(expected);
    },
  );

  test.prop([csvTextArbitrary, splitPointsArbitrary])("agrees with the reference reading at any chunk split", (text, points) => {
    const expected = referenceRows(text);
    expect(rowsOf([text])).toEqual(expected);
    expect(rowsOf(splitAt(text, points.map((p) => p % (text.length + 1))))).toEqual(expected);
    // One character per chunk: no row lies whole in a chunk, so every row takes the character scan.
    expect(rowsOf([...text])).toEqual(expected);
  });
});

describe("readDateText", () => {
  it("reads ISO and UK dates, refuses impossible, ambiguous and malformed ones", () => {
    expect(readDateText("2024-02-29", "iso")).toEqual({ ok: true, date: "2024-02-29" });
    expect(readDateText("4/3/2024", "dd/mm/yyyy")).toEqual({ ok: true, date: "2024-03-04" });
    expect(readDateText("04/03/2024", "dd/mm/yyyy")).toEqual({ ok: true, date: "2024-03-04" });
    expect(readDateText("2024-03-04", "dd/mm/yyyy")).toEqual({ ok: true, date: "2024-03-04" });
    expect(readDateText("31/02/2024", "dd/mm/yyyy")).toMatchObject({ ok: false, reason: expect.stringMatching(/impossible/) });
    expect(readDateText("03/04/24", "dd/mm/yyyy")).toMatchObject({ ok: false, reason: expect.stringMatching(/ambiguous/) });
    expect(readDateText("03/04/2024", "iso")).toMatchObject({ ok: false, reason: expect.stringMatching(/ambiguous/) });
    expect(readDateText("2024-13-01", "iso")).toMatchObject({ ok: false, reason: expect.stringMatching(/impossible/) });
    expect(readDateText("1966-03-24", "iso")).toMatchObject({ ok: false, reason: expect.stringMatching(/out of range/) });
    for (const bad of ["2024-3-4", "04/03/2024 10:00", "4 March 2024", "", "//", "1/2/3/2024", "2024/03/04", "001/03/2024"]) {
      expect(readDateText(bad, "dd/mm/yyyy").ok).toBe(false);
    }
  });

  test.prop([
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })),
    fc.constantFrom("iso", "dd/mm/yyyy") as fc.Arbitrary<"iso" | "dd/mm/yyyy">,
  ])("reads a YYYY-MM-DD cell as itself exactly when it is a supported date, under both formats", ([year, month, day], format) => {
    const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const reading = readDateText(text, format);
    if (tryToDayNumber(text) === undefined) expect(reading).toMatchObject({ ok: false, reason: expect.stringMatching(/^(impossible date|date out of range) /) });
    else expect(reading).toEqual({ ok: true, date: text });
  });
});

describe("readCsvEventLog", () => {
  it("groups rows into cases and builds timelines that the schema accepts", async () => {
    const csv = [
      `\uFEFF${CSV_EVENT_LOG_DEFAULT_HEADER}`,
      "C1,strategy-discussion,2024-02-12,,,,,,,,,,,,,,Team A,W1,2015-06-01,n,hv-1:health-visitor:NHS:y;t-1:teacher,,y,",
      'C1,initial-conference,2024-03-04,plan,,,,,,,,,,,,,Team A,,,,,ev-2,,',
      'C1,core-group,2024-03-15,,held,lead-social-worker,"parent;health-visitor:hv-1;teacher:t-1",y,2024-03-16,2024-03-20,,,,,,,,,,,,,,',
      "C1,review-conference,2024-06-03,plan-continues,,,,,,,2024-05-24,family;professionals;reviewing-officer,,,,,,,,,,,,",
      "C1,exception,2024-06-10,,,,,,,,,,Family isolating,working-together.first-core-group,Team manager,2024-03-18,,,,,,,,",
      "C1,plan-end,2024-09-01,,,,,,,,,,moved-permanently,,,,,,,,,,,",
      "C2,strategy-discussion,2024-01-02,,,,,,,,,,,,,,,,,,,,,y",
    ].join("\r\n");
    const records = await collect(readCsvEventLog([csv], { file: "e.csv" }));
    expect(records.map((r) => [r.kind, r.source.caseId, r.source.line, r.source.recordNumber])).toEqual([
      ["case", "C1", 2, 1],
      ["case", "C2", 8, 2],
    ]);
    const c1 = (records[0] as { timeline: unknown }).timeline;
    const parsed = caseTimelineSchema.safeParse(c1);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(c1).toMatchObject({
      id: "C1",
      child: { dateOfBirth: "2015-06-01", lookedAfter: false },
      team: "Team A",
      worker: "W1",
      professionals: [
        { id: "hv-1", role: "health-visitor", agency: "NHS", directRegularContact: true },
        { id: "t-1", role: "teacher" },
      ],
    });
    const events = (c1 as { events: unknown[] }).events;
    expect(events[1]).toEqual({ type: "initial-conference", id: "ev-2", date: "2024-03-04", outcome: "plan" });
    expect(events[2]).toEqual({
      type: "core-group",
      date: "2024-03-15",
      status: "held",
      chair: { role: "lead-social-worker" },
      attendees: [{ role: "parent" }, { role: "health-visitor", professionalId: "hv-1" }, { role: "teacher", professionalId: "t-1" }],
      absentFamilyToldMayContributeInWriting: true,
      recordEnteredDate: "2024-03-16",
      minutesCirculatedDate: "2024-03-20",
    });
    expect(events[4]).toEqual({
      type: "exception",
      date: "2024-06-10",
      ruleId: "working-together.first-core-group",
      dueDate: "2024-03-18",
      reason: "Family isolating",
      approvedBy: "Team manager",
    });
    expect((records[1] as { timeline: { events: unknown[] } }).timeline.events[0]).toEqual({
      type: "strategy-discussion",
      date: "2024-01-02",
      conferenceNotRequired: true,
    });
    expect(caseTimelineSchema.safeParse((records[1] as { timeline: unknown }).timeline).success).toBe(true);
  });

  it("rejects a case as a whole, listing each bad row with its line and column", async () => {
    const csv = [
      HEADER,
      "C1,strategy-discussion,2024-02-12,,,,",
      "C1,initial-conference,31/02/2024,plan,,,",
      "C1,core-group,2024-03-15,,held,,",
      "C1,party,2024-03-20,,,,",
      "C1,initial-conference,2024-03-04,,,,",
      "C2,core-group,,,,,",
      ",core-group,2024-03-04,,,,",
      "C3,core-group,2024-13-01,plan,maybe,,",
    ].join("\n");
    const records = await collect(readCsvEventLog([csv]));
    expect(records.map((r) => [r.kind, r.source.caseId, r.source.line])).toEqual([
      ["rejected", "C1", 2],
      // a row without a case id is its own record, yielded at once (it does not end case C2)
      ["rejected", undefined, 8],
      ["rejected", "C2", 7],
      ["rejected", "C3", 9],
    ]);
    expect(rejectedFields(records)).toEqual([
      "3:date",
      "5:event_type",
      "6:outcome",
      "8:case_id",
      "7:date",
      "9:outcome",
      "9:date",
      "9:status",
    ]);
    const c1 = records[0] as { readonly rejections: readonly { message: string }[] };
    expect(c1.rejections[0]!.message).toMatch(/ambiguous|expected YYYY-MM-DD/);
    expect(c1.rejections[1]!.message).toMatch(/unknown event type "party"/);
  });

  it("under dd/mm/yyyy reads UK dates and rejects impossible and two-digit-year ones", async () => {
    const csv = `${HEADER}\nC1,strategy-discussion,12/2/2024,,,,\nC1,initial-conference,04/03/2024,plan,,,\nC2,strategy-discussion,31/02/2024,,,,\nC3,strategy-discussion,03/04/24,,,,\n`;
    const records = await collect(readCsvEventLog([csv], { dateFormat: "dd/mm/yyyy" }));
    expect(records[0]).toMatchObject({
      kind: "case",
      timeline: { events: [{ date: "2024-02-12" }, { date: "2024-03-04" }] },
    });
    expect(records[1]).toMatchObject({ kind: "rejected", rejections: [{ path: ["date"], line: 4, message: expect.stringMatching(/impossible/) }] });
    expect(records[2]).toMatchObject({ kind: "rejected", rejections: [{ path: ["date"], line: 5, message: expect.stringMatching(/ambiguous/) }] });
  });

  it("rejects every place of a case id that reappears non-contiguously, the first one too, naming them all (D36)", async () => {
    const csv = `${HEADER}\nA,strategy-discussion,2024-01-02,,,,\nB,strategy-discussion,2024-01-03,,,,\nA,core-group,2024-02-02,,,,\nA,core-group,2024-03-02,,,,\n`;
    const records = await collect(readCsvEventLog(asyncChunks([csv])));
    expect(records.map((r) => [r.kind, r.source.caseId, r.source.line])).toEqual([
      ["rejected", "A", 2],
      ["case", "B", 3],
      ["rejected", "A", 4],
    ]);
    const reason = 'case "A" has rows in 2 places (line 2, lines 4-5): a case is evaluated only with all its rows together, so no part of it is; sort the export by case id';
    expect(records[0]).toMatchObject({ rejections: [{ path: ["case_id"], line: 2, message: reason }] });
    expect(records[2]).toMatchObject({ rejections: [{ path: ["case_id"], line: 4, message: reason }] });
  });

  it("gives the same records streaming with splitCases found by a first look as holding the input", async () => {
    const csv = `${HEADER}\nA,strategy-discussion,2024-01-02,,,,\nB,strategy-discussion,2024-01-03,,,,\nA,core-group,2024-02-02,,,,\nB,core-group,2024-03-02,,,,\nC,core-group,2024-03-02,,,,\n`;
    const splitCases = await findSplitCsvCases(asyncChunks([csv]), { file: "e.csv" });
    expect([...splitCases.keys()]).toEqual(["A", "B"]);
    const streamed = await collect(readCsvEventLog(asyncChunks(splitAt(csv, [40, 90])), { file: "e.csv", splitCases }));
    expect(streamed).toEqual(await collect(readCsvEventLog(asyncChunks([csv]), { file: "e.csv" })));
    expect(streamed.map((r) => [r.kind, r.source.caseId])).toEqual([
      ["rejected", "A"],
      ["rejected", "B"],
      ["rejected", "A"],
      ["rejected", "B"],
      ["case", "C"],
    ]);
    // A case that comes back although the first look did not see it split: the input changed.
    await expect(collect(readCsvEventLog([csv], { file: "e.csv", splitCases: new Map() }))).rejects.toThrow(/e\.csv: case "A" comes back on line 4/);
  });

  it("names the other logs of an audit when a case's places lie in more than one, and at most 20 places", async () => {
    const places = new CsvCasePlaces();
    await findSplitCsvCases([`${HEADER}\nA,strategy-discussion,2024-01-02,,,,\n`], { file: "jan.csv" }, places);
    const splitCases = await findSplitCsvCases([`${HEADER}\nB,strategy-discussion,2024-01-02,,,,\nA,core-group,2024-02-02,,,,\n`], { file: "feb.csv" }, places);
    expect(splitCases.get("A")).toBe('case "A" has rows in 2 places (jan.csv line 2, feb.csv line 3): a case is evaluated only with all its rows together, so no part of it is; sort the export by case id');
    const scattered = `${HEADER}\n${Array.from({ length: 25 }, (_, n) => `A,core-group,2024-02-02,,,,\nB${n},core-group,2024-02-02,,,,\n`).join("")}`;
    const reason = (await findSplitCsvCases([scattered])).get("A");
    expect(reason).toMatch(/^case "A" has rows in 25 places \(line 2, line 4, .*, line 40 and 5 more\)/);
  });

  it("maps columns case-insensitively and by the columns option; ignores unknown columns", async () => {
    const csv = ' Person ID ,ACTIVITY,Activity Date,Outcome,Extra\n"P,1",Initial-Conference,2024-03-04,plan,zzz\n"P,1",initial-conference,2024-03-05,plan,zzz\n';
    const records = await collect(
      readCsvEventLog(asyncChunks([csv]), { columns: { case_id: "person id", event_type: "Activity", date: "activity date" } }),
    );
    expect(records[0]).toMatchObject({ kind: "rejected", source: { caseId: "P,1" }, rejections: [{ path: ["ACTIVITY"], line: 2 }] });
  });

  it("rejects a header without the required columns as one record counting the rows not read", async () => {
    const records = await collect(readCsvEventLog(["case,when\nA,2024-01-01\nB,2024-01-02\n"]));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: "rejected", source: { line: 1, recordNumber: 1 } });
    expect((records[0] as { readonly rejections: readonly { message: string }[] }).rejections[0]!.message).toMatch(/2 data rows \(lines 2-3\) not read/);
  });

  it("empty input and header-only input give no records", async () => {
    expect(await collect(readCsvEventLog([""]))).toEqual([]);
    expect(await collect(readCsvEventLog([`${HEADER}\r\n`]))).toEqual([]);
  });

  it("a truncated file rejects the case with the short last row", async () => {
    const records = await collect(readCsvEventLog([`${HEADER}\nA,strategy-discussion,2024-01-02,,,,\nA,core-gr`]));
    expect(records).toMatchObject([{ kind: "rejected", rejections: [{ path: [], line: 3 }] }]);
  });

  it("a 10 MB field in a row is read (and a bad value in it is reported short)", async () => {
    const big = "r".repeat(10_000_000);
    const records = await collect(readCsvEventLog(splitAt(`${HEADER}\nA,core-group,2024-01-02,,,"${big}",\n`, [50, 5_000_000, 9_000_000])));
    expect(records[0]).toMatchObject({ kind: "case" });
    expect((records[0] as { timeline: { events: { attendees: { role: string }[] }[] } }).timeline.events[0]!.attendees[0]!.role.length).toBe(10_000_000);
  });

  describe("a row too long to read", () => {
    const read = (text: string, maxRowLength: number): Promise<InputRecord[]> => collect(readCsvEventLogUpTo(asyncChunks(splitAt(text, [7, 50, 51, 90])), { file: "e.csv" }, maxRowLength));
    const caseRows = (id: string): string => `${id},strategy-discussion,2024-01-02,,,,\n${id},initial-conference,2024-01-20,plan,,,\n`;

    it("is a rejected record of its own that ends the open case, rejecting it; later rows are read", async () => {
      // Lines 1 header, 2-3 case A, 4-6 the overlong row (a quote opened on line 4, closed on 6), 7-8 case B, 9 case A again.
      const text = `${HEADER}\n${caseRows("A")}A,core-group,2024-02-01,,held,"parent\n${"p".repeat(20)}\n",\n${caseRows("B")}A,core-group,2024-03-01,,held,,\n`;
      const records = await read(text, 60);
      const splitA = 'case "A" has rows in 2 places (lines 2-3, line 9): a case is evaluated only with all its rows together, so no part of it is; sort the export by case id';
      expect(records).toEqual([
        {
          kind: "rejected",
          source: { format: "csv", file: "e.csv", recordNumber: 1, line: 2, caseId: "A" },
          rejections: [
            { code: "case-in-several-places", path: ["case_id"], message: splitA, line: 2, column: 1 },
            { code: "row-too-long", path: [], message: "the next row, on line 4, is too long to read and may hold more rows of this case", line: 4 },
          ],
        },
        {
          kind: "rejected",
          source: { format: "csv", file: "e.csv", recordNumber: 2, line: 4 },
          rejections: [{ code: "row-too-long", path: [], message: "too long to read: the row on lines 4-6 has more than 60 characters (is a quote left open?)", line: 4 }],
        },
        { kind: "case", source: { format: "csv", file: "e.csv", recordNumber: 3, line: 7, caseId: "B" }, timeline: expect.objectContaining({ id: "B" }) },
        {
          kind: "rejected",
          source: { format: "csv", file: "e.csv", recordNumber: 4, line: 9, caseId: "A" },
          rejections: [{ code: "case-in-several-places", path: ["case_id"], line: 9, column: 1, message: splitA }],
        },
      ]);
      // At a limit of 61 the same row is read into case A, which is still in two places.
      expect((await read(text, 61)).map((record) => [record.kind, record.source.caseId, record.source.line])).toEqual([
        ["rejected", "A", 2],
        ["case", "B", 7],
        ["rejected", "A", 9],
      ]);
    });

    it("with no case open (after the header, or running to the end of the input) is just its own record", async () => {
      const atStart = await read(`${HEADER}\nC,core-group,"${"x".repeat(70)}"\n${caseRows("B")}`, 60);
      expect(atStart.map((record) => [record.kind, record.source.recordNumber, record.source.line, record.source.caseId])).toEqual([
        ["rejected", 1, 2, undefined],
        ["case", 2, 3, "B"],
      ]);
      const unclosed = await read(`${HEADER}\n${caseRows("B")}B,core-group,2024-02-01,,held,"parent;\n${"B,core-group,2024-02-01,,held,,\n".repeat(5)}`, 60);
      expect(unclosed.map((record) => [record.kind, record.source.recordNumber, record.source.line, record.source.caseId])).toEqual([
        ["rejected", 1, 2, "B"],
        ["rejected", 2, 4, undefined],
      ]);
      expect(unclosed[1]).toMatchObject({ rejections: [{ message: expect.stringContaining("the row on lines 4-9 has more than 60 characters") }] });
    });

    it("as the header, rejects the log as a bad header", async () => {
      const records = await read(`"${HEADER}\n${caseRows("B")}`, 60);
      expect(records).toMatchObject([{ kind: "rejected", rejections: [{ path: [], message: expect.stringContaining("the header row is malformed: too long to read") }] }]);
    });

    it("is the default limit's: a row of more than 16 MiB characters", async () => {
      const row = (length: number): string => `B,core-group,2024-02-01,,held,"${"p".repeat(length - 33)}",`;
      expect(row(CSV_MAX_ROW_LENGTH).length).toBe(CSV_MAX_ROW_LENGTH);
      const kinds = async (length: number) => (await collect(readCsvEventLog(splitAt(`${HEADER}\n${caseRows("B")}${row(length)}\n${caseRows("C")}`, [1 << 20, 1 << 24])))).map((record) => record.kind);
      expect(await kinds(CSV_MAX_ROW_LENGTH)).toEqual(["case", "case"]);
      expect(await kinds(CSV_MAX_ROW_LENGTH + 1)).toEqual(["rejected", "rejected", "case"]);
    });
  });

  it("prototype keys as headers and values do not pollute Object.prototype", async () => {
    const csv = "__proto__,constructor,case_id,event_type,date,prototype\nx,y,__proto__,strategy-discussion,2024-01-02,z\n";
    const records = await collect(readCsvEventLog([csv], { columns: JSON.parse('{"__proto__":"x"}') }));
    expect(({} as Record<string, unknown>)["x"]).toBeUndefined();
    expect(records).toHaveLength(1);
    const plain = await collect(readCsvEventLog([csv]));
    expect(plain[0]).toMatchObject({ kind: "case", source: { caseId: "__proto__" } });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
