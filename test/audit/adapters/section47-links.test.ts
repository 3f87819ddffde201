import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { Section47Links, type LinkableSection47 } from "../../../src/audit/adapters/section47-links.js";

/** The linking rule written plainly (a scan of every enquiry per plan), to compare with. */
function linkPlainly(enquiries: readonly LinkableSection47[], planStarts: readonly string[]): (number | undefined)[] {
  const linked = new Set<number>();
  return planStarts.map((start) => {
    let found = enquiries.findIndex((e, i) => !linked.has(i) && e.icpc === start);
    if (found < 0) {
      enquiries.forEach((e, i) => {
        if (linked.has(i) || e.hasIcpc || e.start === undefined || e.start > start) return;
        if (found < 0 || enquiries[found]!.start! < e.start) found = i;
      });
    }
    if (found < 0) return undefined;
    linked.add(found);
    return found;
  });
}

const day = fc.integer({ min: 1, max: 9 }).map((d) => `2023-01-0${d}`);
const enquiry = fc.record(
  { start: fc.option(day, { nil: undefined }), icpc: fc.option(day, { nil: undefined }), invalidIcpc: fc.boolean() },
  { requiredKeys: ["invalidIcpc"] },
).map(({ start, icpc, invalidIcpc }): LinkableSection47 => ({
  ...(start === undefined ? {} : { start }),
  ...(icpc === undefined || invalidIcpc ? {} : { icpc }),
  hasIcpc: icpc !== undefined,
}));

describe("Section47Links", () => {
  test.prop([fc.array(enquiry, { maxLength: 12 }), fc.array(day, { maxLength: 12 })])("links as the plain rule does", (enquiries, planStarts) => {
    const links = new Section47Links(enquiries);
    const found = planStarts.map((start) => {
      const linked = links.take(start);
      return linked === undefined ? undefined : enquiries.indexOf(linked);
    });
    expect(found).toEqual(linkPlainly(enquiries, planStarts));
    enquiries.forEach((e, i) => expect(links.isLinked(e)).toBe(found.includes(i)));
  });
});
