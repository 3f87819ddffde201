import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { printable, printableLines } from "../../src/cli/terminal-text.js";
import { invalidJsonReason } from "../../src/audit/adapters/invalid-json.js";

describe("printable", () => {
  it("writes control characters as text and leaves everything else", () => {
    expect(printable("C-1\u001b[2J")).toBe("C-1\\u{1b}[2J");
    expect(printable("a\nb\tc\r\u0085\u007f")).toBe("a\\u{a}b\\u{9}c\\u{d}\\u{85}\\u{7f}");
    expect(printable("Zoë 👪 ok")).toBe("Zoë 👪 ok");
  });

  test.prop([fc.string({ unit: "binary" })])("never lets a control character through, and changes nothing else", (text) => {
    const safe = printable(text);
    expect([...safe].some((character) => /[\u0000-\u001f\u007f-\u009f]/.test(character))).toBe(false);
    expect(safe.replace(/\\u\{[0-9a-f]+\}/g, "")).toBe([...text].filter((c) => !/[\u0000-\u001f\u007f-\u009f]/.test(c)).join(""));
  });
});

describe("invalidJsonReason", () => {
  it("quotes the start of the text, escaped, at most 40 characters, in words of our own", () => {
    expect(invalidJsonReason("{not json")).toBe('not valid JSON: the text starts "{not json"');
    expect(invalidJsonReason(`{"id":"${"x".repeat(100)}`)).toBe(`not valid JSON: the text starts ${JSON.stringify(`{"id":"${"x".repeat(33)}...`)}`);
    expect(invalidJsonReason("\u001b[2J{")).toBe('not valid JSON: the text starts "\\u001b[2J{"');
  });
});

describe("printableLines", () => {
  it("keeps line feeds and tabs, and writes every other control character as text", () => {
    expect(printableLines("## Title\u001b]0;pwned\u0007\n\tline 2\r\u009b2J")).toBe("## Title\\u{1b}]0;pwned\\u{7}\n\tline 2\\u{d}\\u{9b}2J");
  });

  test.prop([fc.string({ unit: "binary" })])("lets no control character through but line feed and tab, and changes nothing else", (text) => {
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(printableLines(text))).toBe(false);
    expect(printableLines(text).replace(/\\u\{[0-9a-f]+\}/g, "")).toBe(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ""));
  });
});
