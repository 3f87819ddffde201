import type { NotRead } from "../input-record.js";
import { TEXT_MAX_LINE_LENGTH } from "./text-lines.js";
import { utf8Length } from "./utf8-length.js";

/**
 * A token of the element-only XML subset the census uses: an element opening (`selfClosing`
 * for `<a/>`), a closing, character data (entities decoded, CDATA included; `overlong` with no
 * text when longer than the tokenizer's limit), or a problem the tokenizer found and read past
 * (`notRead` when it could not read past it: the input ended inside markup). Names lose any
 * namespace prefix. Attributes, comments, processing instructions and the DOCTYPE are skipped.
 *
 * @example
 * ```ts
 * const token: XmlToken = { kind: "open", name: "Child", line: 18, selfClosing: false };
 * ```
 */
export type XmlToken =
  | { readonly kind: "open"; readonly name: string; readonly line: number; readonly selfClosing: boolean }
  | { readonly kind: "close"; readonly name: string; readonly line: number }
  | { readonly kind: "text"; readonly text: string; readonly line: number; readonly overlong?: true }
  | { readonly kind: "error"; readonly message: string; readonly line: number; readonly notRead?: NotRead };

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/**
 * Decodes the five predefined XML entities and numeric character references; for any other `&`,
 * the problem in plain English instead of the text.
 *
 * @example
 * ```ts
 * decodeXmlText("A&amp;E &#x2013; &lt;1&gt;"); // { text: "A&E – <1>" }
 * decodeXmlText("A & E"); // { problem: 'a bare "&" in text (write &amp;)' }
 * ```
 */
export function decodeXmlText(text: string): { readonly text: string } | { readonly problem: string } {
  let at = text.indexOf("&");
  if (at < 0) return { text };
  let out = "";
  let from = 0;
  while (at >= 0) {
    const end = text.indexOf(";", at + 1);
    if (end < 0 || end - at > 12) return { problem: 'a bare "&" in text (write &amp;)' };
    const name = text.slice(at + 1, end);
    let decoded = NAMED_ENTITIES.get(name);
    if (decoded === undefined && name.startsWith("#")) {
      const hex = name.startsWith("#x");
      const digits = name.slice(hex ? 2 : 1);
      const code = digits.length > 0 && /^[0-9a-fA-F]+$/.test(digits) ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
      if (!hex && !/^[0-9]+$/.test(digits)) decoded = undefined;
      else if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
    }
    if (decoded === undefined) return { problem: `unknown entity "&${name.slice(0, 12)};"` };
    out += text.slice(from, at) + decoded;
    from = end + 1;
    at = text.indexOf("&", from);
  }
  return { text: out + text.slice(from) };
}

function localName(raw: string): string {
  const colon = raw.indexOf(":");
  return colon < 0 ? raw : raw.slice(colon + 1);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** The longest element name kept (a longer one is cut: it cannot be a census element). */
const MAX_NAME_LENGTH = 200;
/** How much of an unfinished piece of markup a message quotes. */
const QUOTED_MARKUP = 30;
const LT = 60;
const GT = 62;
const NEWLINE = 10;

/** What the tokenizer is inside: text, the first characters of markup (its kind not known yet), or one kind of markup. */
type Mode = "text" | "head" | "tag" | "comment" | "cdata" | "pi" | "doctype" | "doctype-subset" | "doctype-end";

/** The terminator of each kind of markup that ends at a fixed string. */
const TERMINATOR: Partial<Record<Mode, string>> = { comment: "-->", cdata: "]]>", pi: "?>" };

/**
 * Splits XML text into {@link XmlToken}s chunk by chunk, looking at each character once: memory
 * holds the unfinished token only (a comment, processing instruction, DOCTYPE or tag is skipped
 * as it is read, keeping an element's name; text is kept up to `maxTextLength` characters,
 * default {@link TEXT_MAX_LINE_LENGTH}). A problem does not stop it: a bare `&` or an unknown
 * entity drops that text, a `<` inside a tag drops the tag, and reading goes on; the input ending
 * inside markup is an `error` token saying how much was not read. `examined` counts the
 * characters looked at, so tests can check the work grows in step with the input.
 *
 * @example
 * ```ts
 * const tokenizer = new XmlTokenizer();
 * tokenizer.push("<a>x &amp; "); // [{ kind: "open", name: "a", ... }]
 * tokenizer.push("y</a>"); // [{ kind: "text", text: "x & y", ... }, { kind: "close", name: "a", ... }]
 * tokenizer.end(); // []
 * ```
 */
export class XmlTokenizer {
  /** Characters looked at so far (each once, when the tokenizer is linear). */
  examined = 0;
  #mode: Mode = "text";
  #line = 1;
  #first = true;
  /** The longest text read (longer is `overlong`). */
  readonly maxTextLength: number;
  // text not yet given out: raw parts (entities not decoded yet: one may span chunks), decoded parts
  #raw: string[] = [];
  #decoded: string[] = [];
  #textLength = 0;
  #textLine = 1;
  #hasText = false;
  #textOverlong = false;
  #textProblem: string | undefined;
  // the markup being read: where it began, its first characters, its bytes in chunks already passed
  #markupLine = 1;
  /** The first characters of the markup, until its kind is known. */
  #head = "";
  /** The start of the markup as far as chunks before the current one hold it (for a message). */
  #markupStart = "";
  #markupBytes = 0;
  /** Where in the current chunk the open markup began (0 when it began in an earlier chunk). */
  #markupFrom = 0;
  /** The last characters of the markup read so far (at most its terminator's length less one), for a terminator split across chunks. */
  #carry = "";
  // an element tag: its name so far, whether the name is complete, whether it closes, the quote open, the last character
  #name = "";
  #nameDone = false;
  #closing = false;
  #quote = 0;
  #previous = 0;
  #tokens: XmlToken[] = [];
  /** Whether the last character read was a line feed (which ends its line: the next line is not in the input). */
  #endsWithNewline = false;

  constructor(maxTextLength = TEXT_MAX_LINE_LENGTH) {
    this.maxTextLength = maxTextLength;
  }

  /** The tokens that `chunk` completes, in order. */
  push(chunk: string): XmlToken[] {
    let text = chunk;
    if (text.length > 0) this.#endsWithNewline = text.charCodeAt(text.length - 1) === NEWLINE;
    if (this.#first && text.length > 0) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let at = 0;
    while (at < text.length) at = this.#step(text, at);
    if (this.#mode !== "text") {
      this.#markupBytes += utf8Length(text, this.#markupFrom, text.length);
      if (this.#markupStart.length < QUOTED_MARKUP) this.#markupStart += text.slice(this.#markupFrom, this.#markupFrom + QUOTED_MARKUP - this.#markupStart.length);
    }
    this.#markupFrom = 0;
    const tokens = this.#tokens;
    this.#tokens = [];
    return tokens;
  }

  /** The last tokens: text after the last tag, or an error when the input ended inside markup. */
  end(): XmlToken[] {
    if (this.#mode !== "text") {
      const firstLine = this.#markupLine;
      this.#tokens.push({
        kind: "error",
        message: `the input ended inside markup ${JSON.stringify(this.#markupStart)} opened on line ${firstLine}`,
        line: firstLine,
        notRead: { bytes: this.#markupBytes, firstLine, lastLine: Math.max(firstLine, this.#line - (this.#endsWithNewline ? 1 : 0)) },
      });
      this.#mode = "text";
    }
    this.#takeText();
    const tokens = this.#tokens;
    this.#tokens = [];
    return tokens;
  }

  /** Reads on from `at` in `text` in the current mode; returns where it stopped. */
  #step(text: string, at: number): number {
    switch (this.#mode) {
      case "text":
        return this.#stepText(text, at);
      case "head":
        return this.#stepHead(text, at);
      case "tag":
        return this.#stepTag(text, at);
      case "doctype":
      case "doctype-subset":
      case "doctype-end":
        return this.#stepDoctype(text, at);
      default:
        return this.#stepToTerminator(text, at, TERMINATOR[this.#mode] as string);
    }
  }

  #stepText(text: string, at: number): number {
    const lt = text.indexOf("<", at);
    const end = lt < 0 ? text.length : lt;
    this.examined += end - at + (lt < 0 ? 0 : 1);
    if (end > at) this.#addText(text, at, end, false);
    if (lt < 0) return text.length;
    this.#mode = "head";
    this.#markupLine = this.#line;
    this.#head = "<";
    this.#markupStart = "";
    this.#markupBytes = 0;
    this.#markupFrom = lt;
    return lt + 1;
  }

  /** The first characters of markup, until its kind is known (`<!--`, `<![CDATA[`, `<?`, `<!`, or a tag). */
  #stepHead(text: string, at: number): number {
    const character = text[at] as string;
    if (this.#head === "<" && character !== "!" && character !== "?") {
      this.#mode = "tag";
      this.#closing = character === "/";
      this.#name = "";
      this.#nameDone = false;
      this.#quote = 0;
      this.#previous = 0;
      if (!this.#closing) return at; // the tag's name starts here
      this.examined++;
      return at + 1;
    }
    this.examined++;
    if (character === "\n") this.#line++;
    const head = this.#head + character;
    this.#head = head;
    if (head === "<!--") return this.#enter("comment", at + 1);
    if (head === "<![CDATA[") {
      this.#startTextAt(this.#line);
      this.#flushRaw();
      return this.#enter("cdata", at + 1);
    }
    if (head === "<?") return this.#enter("pi", at + 1);
    if ("<!--".startsWith(head) || "<![CDATA[".startsWith(head)) return at + 1;
    // a DOCTYPE (or another declaration): its characters after "<!" so far are the doctype's
    this.#mode = "doctype";
    for (let index = 2; index < head.length && (this.#mode as Mode) !== "text"; index++) this.#doctypeCharacter(head.charCodeAt(index));
    return at + 1;
  }

  /** A DOCTYPE: up to `>`, or, with an internal subset (a `[` first), up to the `]` and then `>`. */
  #stepDoctype(text: string, at: number): number {
    for (let index = at; index < text.length; index++) {
      const code = text.charCodeAt(index);
      this.examined++;
      if (code === NEWLINE) this.#line++;
      if (this.#doctypeCharacter(code)) return index + 1;
    }
    return text.length;
  }

  /** Reads one character of a DOCTYPE; true when it ends it. */
  #doctypeCharacter(code: number): boolean {
    if (this.#mode === "doctype") {
      if (code === 91 /* [ */) this.#mode = "doctype-subset";
    } else if (this.#mode === "doctype-subset") {
      if (code === 93 /* ] */) this.#mode = "doctype-end";
    }
    if (code === GT && this.#mode !== "doctype-subset") {
      this.#mode = "text";
      return true;
    }
    return false;
  }

  #enter(mode: Mode, at: number): number {
    this.#mode = mode;
    this.#carry = "";
    return at;
  }

  /** An element tag: its name, then up to the `>` outside attribute quotes; a `<` there drops the tag. */
  #stepTag(text: string, at: number): number {
    let nameStart = this.#nameDone ? -1 : at;
    for (let index = at; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (nameStart >= 0 && isNameEnd(code)) {
        this.#addToName(text, nameStart, index);
        nameStart = -1;
        this.#nameDone = true;
      }
      if (code === NEWLINE) this.#line++;
      if (this.#quote !== 0) {
        if (code === this.#quote) this.#quote = 0;
      } else if (code === 34 || code === 39) this.#quote = code;
      else if (code === GT) {
        this.examined += index + 1 - at;
        this.#endTag(this.#previous === 47);
        return index + 1;
      } else if (code === LT) {
        this.examined += index - at;
        if (nameStart >= 0) this.#addToName(text, nameStart, index);
        this.#problem('a "<" inside a tag', this.#line);
        this.#mode = "text";
        return index; // read on from this "<"
      }
      this.#previous = code;
    }
    this.examined += text.length - at;
    if (nameStart >= 0) this.#addToName(text, nameStart, text.length);
    return text.length;
  }

  #addToName(text: string, start: number, end: number): void {
    if (this.#name.length < MAX_NAME_LENGTH) this.#name += text.slice(start, Math.min(end, start + MAX_NAME_LENGTH - this.#name.length));
  }

  #endTag(selfClosing: boolean): void {
    this.#mode = "text";
    const line = this.#markupLine;
    const name = localName(this.#name);
    if (name.length === 0) {
      this.#problem("an element without a name", line);
      return;
    }
    this.#takeText();
    if (this.#closing) this.#tokens.push({ kind: "close", name, line });
    else this.#tokens.push({ kind: "open", name, line, selfClosing });
  }

  /**
   * Markup that ends at a fixed terminator (a comment, CDATA, a processing instruction, a
   * DOCTYPE): finds it, also when split across chunks, keeping only CDATA's characters.
   */
  #stepToTerminator(text: string, at: number, terminator: string): number {
    let end = -1;
    let back = 0; // characters of the terminator in #carry, before `text`
    if (this.#carry.length > 0) {
      const probe = this.#carry + text.slice(at, at + terminator.length - 1);
      const found = probe.indexOf(terminator);
      if (found >= 0) {
        back = this.#carry.length - found;
        end = at + terminator.length - back;
      }
    }
    if (end < 0) {
      const found = text.indexOf(terminator, at);
      if (found >= 0) end = found + terminator.length;
    }
    const stop = end < 0 ? text.length : end;
    this.examined += stop - at;
    this.#line += countNewlines(text, at, stop);
    if (this.#mode === "cdata") {
      const contentEnd = end < 0 ? text.length : end - terminator.length;
      if (contentEnd > at) this.#addText(text, at, contentEnd, true);
      if (back > 0) this.#dropCdataEnd(back);
    }
    if (end < 0) {
      const kept = this.#carry + text.slice(Math.max(at, text.length - (terminator.length - 1)));
      this.#carry = kept.slice(Math.max(0, kept.length - (terminator.length - 1)));
      return text.length;
    }
    this.#carry = "";
    this.#mode = "text";
    return end;
  }

  /** Takes back the last `count` characters of CDATA, which were the start of its terminator. */
  #dropCdataEnd(count: number): void {
    const joined = this.#decoded.join("");
    this.#decoded = joined.length > count ? [joined.slice(0, joined.length - count)] : [];
    this.#textLength -= count;
  }

  #startTextAt(line: number): void {
    if (!this.#hasText) {
      this.#hasText = true;
      this.#textLine = line;
    }
  }

  /** Adds characters `start` to before `end` of `text` to the text being read (raw unless CDATA), counting its lines. */
  #addText(text: string, start: number, end: number, cdata: boolean): void {
    this.#startTextAt(this.#line);
    if (!cdata) this.#line += countNewlines(text, start, end);
    this.#textLength += end - start;
    if (this.#textOverlong) return;
    if (this.#textLength > this.maxTextLength) {
      this.#textOverlong = true;
      this.#raw = [];
      this.#decoded = [];
      return;
    }
    if (cdata) this.#decoded.push(text.slice(start, end));
    else this.#raw.push(text.slice(start, end));
  }

  #flushRaw(): void {
    if (this.#raw.length === 0) return;
    const raw = this.#raw.length === 1 ? (this.#raw[0] as string) : this.#raw.join("");
    this.#raw = [];
    const decoded = decodeXmlText(raw);
    if ("text" in decoded) this.#decoded.push(decoded.text);
    else this.#textProblem ??= decoded.problem;
  }

  /** Gives out the text read since the last tag, if any (or the problem in it). */
  #takeText(): void {
    if (!this.#hasText) return;
    this.#flushRaw();
    const line = this.#textLine;
    if (this.#textProblem !== undefined) this.#tokens.push({ kind: "error", message: this.#textProblem, line });
    else if (this.#textOverlong) this.#tokens.push({ kind: "text", text: "", line, overlong: true });
    else {
      const text = this.#decoded.length === 1 ? (this.#decoded[0] as string) : this.#decoded.join("");
      if (text.length > 0) this.#tokens.push({ kind: "text", text, line });
    }
    this.#raw = [];
    this.#decoded = [];
    this.#textLength = 0;
    this.#hasText = false;
    this.#textOverlong = false;
    this.#textProblem = undefined;
  }

  #problem(message: string, line: number): void {
    this.#tokens.push({ kind: "error", message, line });
  }
}

/** The line feeds in `text` from `from` to before `to`, looking at those characters only (`indexOf` would look on to the end of a text with none). */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === NEWLINE) count++;
  return count;
}
