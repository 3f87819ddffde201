// Wall-time checks that reading a CIN census is linear: doubling the input must not much more than
// double the time (a ratio, best of several runs, so that a busy machine does not fail it).
// Run with `npm run test:timing`; the work counts in cin-census-damage.test.ts check the same
// without a clock.
import { describe, expect, it } from "vitest";
import { readCinCensus } from "../../../src/index.js";
import { collect, splitAt } from "./helpers.js";
import { censusOf, childXml } from "./support/census-text.js";

const MIB = 1 << 20;
const inChunks = (text: string, size: number): string[] => splitAt(text, Array.from({ length: Math.floor(text.length / size) }, (_, i) => (i + 1) * size));

/** The best of three wall times (ms) of reading `text` in chunks of `chunkSize` characters (default 64 KiB, as a stream might give it). */
async function bestTime(text: string, chunkSize = 64 * 1024): Promise<number> {
  const chunks = inChunks(text, chunkSize);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    await collect(readCinCensus(chunks));
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** One child with `plans` plans (at most 20,000: the dates run from 1990 to 2099), each after a Section 47 with no conference date (linked by start). */
function childWithPlans(plans: number): string {
  const date = (i: number) => new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  let body = "";
  for (let i = 0; i < plans; i++) {
    body += `<Section47><S47ActualStartDate>${date(2 * i)}</S47ActualStartDate></Section47>`;
    body += `<ChildProtectionPlans><CPPstartDate>${date(2 * i + 1)}</CPPstartDate></ChildProtectionPlans>\n`;
  }
  return `<Child><ChildIdentifiers><LAchildID>MANY</LAchildID></ChildIdentifiers><CINdetails>${body}</CINdetails></Child>`;
}

describe("reading a CIN census takes time in step with its size", { timeout: 120_000 }, () => {
  const cases: Record<string, (size: number) => string> = {
    "an unclosed tag": (mib) => `<Message><Children><Child${" x".repeat((mib * MIB) / 2)}`,
    "an unclosed comment": (mib) => `<Message><Children><!--${" x".repeat((mib * MIB) / 2)}`,
  };
  for (const [what, make] of Object.entries(cases)) {
    it(`${what}: 8 MiB takes less than 3.5 times as long as 4 MiB`, async () => {
      const small = await bestTime(make(4));
      const large = await bestTime(make(8));
      expect(large / small).toBeLessThan(3.5);
    });
  }

  it("a census without line breaks takes less than 2.5 times as long as with them", async () => {
    const children = Array.from({ length: Math.ceil((4 * MIB) / childXml("C1").length) }, (_, i) => childXml(`C${i}`));
    const withBreaks = await bestTime(censusOf(children), MIB); // as the CLI reads a file
    const without = await bestTime(censusOf(children).replaceAll("\n", ""), MIB);
    expect(without / withBreaks).toBeLessThan(2.5);
  });

  it("20,000 plans in one child take less than 7 times as long as 5,000", async () => {
    const small = await bestTime(censusOf([childWithPlans(5_000)]));
    const large = await bestTime(censusOf([childWithPlans(20_000)]));
    expect(large / small).toBeLessThan(7);
  });
});
