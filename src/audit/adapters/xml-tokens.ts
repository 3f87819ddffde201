import type { TextChunks } from "../input-record.js";

/**
 * A token of the element-only XML subset the census uses: an element opening (`selfClosing`
 * for `<a/>`), a closing, or character data (entities decoded, CDATA included). Names lose any
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
  | { readonly kind: "text"; readonly text: string; readonly line: number };

/**
 * Thrown by {@link xmlTokens} for input that is not well-formed in the supported subset.
 *
 * @example
 * ```ts
 * try { for await (const _ of xmlTokens(["<a>&bogus;</a>"])); } catch (e) { (e as XmlSyntaxError).line; } // 1
 * ```
 */
export class XmlSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = "XmlSyntaxError";
    this.line = line;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at >= 0 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/**
 * Decodes the five predefined XML entities and numeric character references; throws
 * {@link XmlSyntaxError} for any other `&`.
 *
 * @example
 * ```ts
 * decodeXmlText("A&amp;E &#x2013; &lt;1&gt;", 1); // "A&E – <1>"
 * ```
 */
export function decodeXmlText(text: string, line: number): string {
  let at = text.indexOf("&");
  if (at < 0) return text;
  let out = "";
  let from = 0;
  while (at >= 0) {
    const end = text.indexOf(";", at + 1);
    if (end < 0 || end - at > 12) throw new XmlSyntaxError(`a bare "&" in text (write &amp;)`, line);
    const name = text.slice(at + 1, end);
    let decoded = NAMED_ENTITIES.get(name);
    if (decoded === undefined && name.startsWith("#")) {
      const hex = name.startsWith("#x");
      const digits = name.slice(hex ? 2 : 1);
      const code = digits.length > 0 && /^[0-9a-fA-F]+$/.test(digits) ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
      if (!hex && !/^[0-9]+$/.test(digits)) decoded = undefined;
      else if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
    }
    if (decoded === undefined) throw new XmlSyntaxError(`unknown entity "&${name.slice(0, 12)};"`, line);
    out += text.slice(from, at) + decoded;
    from = end + 1;
    at = text.indexOf("&", from);
  }
  return out + text.slice(from);
}

function localName(raw: string): string {
  const colon = raw.indexOf(":");
  return colon < 0 ? raw : raw.slice(colon + 1);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/**
 * Tokenizes chunked XML text as it arrives (memory holds one unfinished token): elements, text
 * with entities decoded, CDATA sections; skips the XML declaration, processing instructions,
 * comments and a DOCTYPE. Element nesting is not checked here (the reader does it). Throws
 * {@link XmlSyntaxError} with the line for malformed markup or an input cut off inside markup.
 *
 * @example
 * ```ts
 * for await (const token of xmlTokens(['<?xml version="1.0"?><a>x &amp; ', "y</a>"])) console.log(token.kind);
 * // "open", "text" ("x & y"), "close"
 * ```
 */
export async function* xmlTokens(chunks: TextChunks): AsyncGenerator<XmlToken> {
  let buffer = "";
  let line = 1;
  let pendingText = ""; // raw text not yet decoded (entities may span chunks)
  let textParts: string[] = [];
  let textLine = 1;
  let hasText = false;
  let first = true;

  const flushRaw = (): void => {
    if (pendingText.length > 0) {
      textParts.push(decodeXmlText(pendingText, textLine));
      pendingText = "";
    }
  };
  const takeText = (): XmlToken | undefined => {
    if (!hasText) return undefined;
    flushRaw();
    const text = textParts.length === 1 ? (textParts[0] as string) : textParts.join("");
    textParts = [];
    hasText = false;
    return { kind: "text", text, line: textLine };
  };
  const addText = (raw: string, isCdata: boolean, at: number): void => {
    if (raw.length === 0) return;
    if (!hasText) {
      hasText = true;
      textLine = at;
    }
    if (isCdata) {
      flushRaw();
      textParts.push(raw);
    } else pendingText += raw;
  };

  for await (let chunk of chunks as AsyncIterable<string>) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    buffer += chunk;
    let pos = 0;
    while (pos < buffer.length) {
      const lt = buffer.indexOf("<", pos);
      if (lt < 0) {
        addText(buffer.slice(pos), false, line);
        line += countNewlines(buffer, pos, buffer.length);
        pos = buffer.length;
        break;
      }
      if (lt > pos) {
        addText(buffer.slice(pos, lt), false, line);
        line += countNewlines(buffer, pos, lt);
        pos = lt;
      }
      let end: number;
      if (buffer.startsWith("<!--", pos)) {
        end = buffer.indexOf("-->", pos + 4);
        if (end < 0) break;
        end += 3;
      } else if (buffer.startsWith("<![CDATA[", pos)) {
        const close = buffer.indexOf("]]>", pos + 9);
        if (close < 0) break;
        addText(buffer.slice(pos + 9, close), true, line);
        end = close + 3;
      } else if (buffer.startsWith("<?", pos)) {
        end = buffer.indexOf("?>", pos + 2);
        if (end < 0) break;
        end += 2;
      } else if (buffer.startsWith("<!", pos)) {
        const gt = buffer.indexOf(">", pos + 2);
        const bracket = buffer.indexOf("[", pos + 2);
        if (bracket >= 0 && (gt < 0 || bracket < gt)) {
          const closeBracket = buffer.indexOf("]", bracket + 1);
          end = closeBracket < 0 ? -1 : buffer.indexOf(">", closeBracket + 1);
        } else end = gt;
        if (end < 0) break;
        end += 1;
      } else {
        // an element tag: find the '>' outside attribute quotes
        let quote = 0;
        end = -1;
        for (let at = pos + 1; at < buffer.length; at++) {
          const code = buffer.charCodeAt(at);
          if (quote !== 0) {
            if (code === quote) quote = 0;
          } else if (code === 34 || code === 39) quote = code;
          else if (code === 62) {
            end = at + 1;
            break;
          } else if (code === 60) throw new XmlSyntaxError('a "<" inside a tag', line + countNewlines(buffer, pos, at));
        }
        if (end < 0) break;
        const text = takeText();
        if (text !== undefined) yield text;
        const closing = buffer.charCodeAt(pos + 1) === 47;
        const nameStart = closing ? pos + 2 : pos + 1;
        let nameEnd = nameStart;
        while (nameEnd < end - 1 && !isNameEnd(buffer.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(buffer.slice(nameStart, nameEnd));
        if (name.length === 0) throw new XmlSyntaxError("an element without a name", line);
        if (closing) yield { kind: "close", name, line };
        else yield { kind: "open", name, line, selfClosing: buffer.charCodeAt(end - 2) === 47 };
      }
      line += countNewlines(buffer, pos, end);
      pos = end;
    }
    buffer = buffer.slice(pos);
  }
  if (buffer.length > 0) {
    throw new XmlSyntaxError(`the input ended inside markup ${JSON.stringify(buffer.slice(0, 30))}`, line);
  }
  const text = takeText();
  if (text !== undefined) yield text;
}
