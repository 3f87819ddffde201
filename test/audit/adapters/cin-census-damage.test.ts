// A damaged CIN census: one bad <Child> is rejected on its own and the children after it are read;
// what cannot be read past (the input ending inside markup) says how many bytes and lines were lost.
import { describe, expect, it } from "vitest";
import { readCinCensus } from "../../../src/index.js";
import { readCinCensusWith } from "../../../src/audit/adapters/cin-census.js";
import { XmlTokenizer } from "../../../src/audit/adapters/xml-tokens.js";
import { TEXT_MAX_LINE_LENGTH } from "../../../src/audit/adapters/text-lines.js";
import { collect, splitAt } from "./helpers.js";
import { censusOf, childXml } from "./support/census-text.js";

const byteLength = (text: string): number => new TextEncoder().encode(text).length;
const lineOf = (text: string, index: number): number => text.slice(0, index).split("\n").length;

describe("readCinCensus on damaged input", () => {
  it("a stray & in one child of 600 rejects that child only; the other 599 are read", async () => {
    const children = Array.from({ length: 600 }, (_, i) => childXml(`C${i}`));
    children[2] = children[2]!.replace("<LAchildID>C2</LAchildID>", "<LAchildID>C2 & co</LAchildID>");
    const text = censusOf(children);
    const records = await collect(readCinCensus([text], { file: "cin.xml" }));
    expect(records).toHaveLength(600);
    expect(records.filter((r) => r.kind === "case")).toHaveLength(599);
    const rejected = records.filter((r) => r.kind === "rejected");
    const childLine = lineOf(text, text.indexOf("C2 & co"));
    expect(rejected).toMatchObject([
      {
        source: { recordNumber: 3, line: childLine },
        rejections: [{ path: [], line: childLine, message: expect.stringMatching(/bare "&".*that child was not read; reading went on at the next <Child>, on line \d+/) }],
      },
    ]);
    expect(records.map((r) => r.source.recordNumber)).toEqual(records.map((_, i) => i + 1));
  });

  it("a mismatched closing tag or a '<' inside a tag rejects its child; the next child is read", async () => {
    const children = ["A", "B", "C", "D"].map((id) => childXml(id));
    children[1] = children[1]!.replace("</CPPstartDate>", "</CPPendDate>");
    children[2] = children[2]!.replace("<CPPstartDate>", "<CPPstartDate");
    const records = await collect(readCinCensus(splitAt(censusOf(children), [100, 401, 977])));
    expect(records.map((r) => [r.kind, r.source.caseId ?? null])).toEqual([
      ["case", "A#2023-04-20"],
      ["rejected", null],
      ["rejected", null],
      ["case", "D#2023-04-20"],
    ]);
    expect(records[1]).toMatchObject({ rejections: [{ message: expect.stringMatching(/LAchildID "B"\): <\/CPPendDate> closes <CPPstartDate>; that child was not read/) }] });
    expect(records[2]).toMatchObject({ rejections: [{ message: expect.stringMatching(/LAchildID "C"\): a "<" inside a tag; that child was not read/) }] });
  });

  it("a comment left open says how many bytes and which lines were not read, with the children before it read", async () => {
    const children = ["A", "B", "C"].map((id) => childXml(id));
    children[1] = children[1]!.replace("<Section47>", "<!-- left open, £5 <Section47>");
    const text = censusOf(children);
    const from = text.indexOf("<!--");
    const records = await collect(readCinCensus(splitAt(text, [from + 2, from + 40])));
    expect(records.map((r) => r.kind)).toEqual(["case", "rejected"]);
    const notRead = { bytes: byteLength(text.slice(from)), firstLine: lineOf(text, from), lastLine: lineOf(text, text.length - 1) };
    expect(records[1]).toMatchObject({
      rejections: [{ path: [], notRead, message: expect.stringContaining(`${notRead.bytes.toLocaleString("en-GB")} bytes (lines ${notRead.firstLine}-${notRead.lastLine}) not read`) }],
    });
  });

  it("a text too long to read rejects its child; the next child is read", async () => {
    const children = ["A", "B", "C"].map((id) => childXml(id));
    children[1] = children[1]!.replace("<ReferralSource>2A", `<ReferralSource>${"x".repeat(101)}`);
    const records = await collect(readCinCensusWith([censusOf(children)], {}, new XmlTokenizer(100)));
    expect(records.map((r) => [r.kind, r.source.caseId ?? null])).toEqual([
      ["case", "A#2023-04-20"],
      ["rejected", null],
      ["case", "C#2023-04-20"],
    ]);
    expect(records[1]).toMatchObject({ rejections: [{ message: expect.stringMatching(/too long to read: the text of <ReferralSource> on line \d+ has more than 100 characters, in the <Child> starting on line \d+ \(LAchildID "B"\)/) }] });
    // exactly at the limit is read
    const atLimit = children[1]!.replace("x".repeat(101), "x".repeat(100));
    expect((await collect(readCinCensusWith([censusOf([atLimit])], {}, new XmlTokenizer(100)))).map((r) => r.kind)).toEqual(["case"]);
  });

  it("a text just over TEXT_MAX_LINE_LENGTH characters (the JSON Lines limit) rejects its child, keeping none of it; the next child is read", async () => {
    const mib = "q".repeat(1 << 20);
    const [before, after] = censusOf([childXml("A"), childXml("B").replace("<ReferralSource>2A", "<ReferralSource>HUGE"), childXml("C")]).split("HUGE") as [string, string];
    function* chunks(): Generator<string> {
      yield `${before}x`; // one character over
      for (let count = 0; count < TEXT_MAX_LINE_LENGTH / mib.length; count++) yield mib;
      yield after;
    }
    const records = await collect(readCinCensus(chunks()));
    expect(records.map((r) => [r.kind, r.source.caseId ?? null])).toEqual([
      ["case", "A#2023-04-20"],
      ["rejected", null],
      ["case", "C#2023-04-20"],
    ]);
    expect(records[1]).toMatchObject({ rejections: [{ message: expect.stringContaining(`has more than ${TEXT_MAX_LINE_LENGTH} characters`) }] });
  });
});

describe("the XML tokenizer's work grows in step with its input", () => {
  /** Characters the tokenizer looked at, reading `text` in chunks of 64 KB. */
  async function examined(text: string): Promise<number> {
    const tokenizer = new XmlTokenizer();
    await collect(readCinCensusWith(splitAt(text, Array.from({ length: Math.floor(text.length / 65536) }, (_, i) => (i + 1) * 65536)), {}, tokenizer));
    return tokenizer.examined;
  }
  const size = 2 * 1024 * 1024;
  const inputs: Record<string, (n: number) => string> = {
    "an unclosed tag": (n) => `<Message><Children><Child${" x".repeat(n / 2)}`,
    "an unclosed comment": (n) => `<Message><Children><!--${" x".repeat(n / 2)}`,
    "an unclosed attribute quote": (n) => `<Message a="${" x".repeat(n / 2)}`,
    "a census without line breaks": (n) => censusOf(Array.from({ length: Math.ceil(n / childXml("C1").length) }, (_, i) => childXml(`C${i}`))).replaceAll("\n", ""),
  };
  for (const [what, make] of Object.entries(inputs)) {
    it(`${what}: each character is looked at about once`, async () => {
      const small = make(size);
      const large = make(2 * size);
      expect(await examined(small)).toBeLessThanOrEqual(small.length);
      expect(await examined(large)).toBeLessThanOrEqual(large.length);
      expect(await examined(large)).toBeGreaterThan(large.length * 0.99);
    });
  }
});
