/** C0 controls (tab and line ends included), DEL and C1 controls: nothing a terminal should be sent raw. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Text from the data made safe to print on one terminal line: every control character (escape
 * sequences, line ends, tabs, C1 controls) is written as `\u{1b}`-style text, so a case id or an
 * unreadable line cannot move the cursor, clear the screen or forge another line of output.
 * Everything else, accents and emoji included, is left as it is.
 *
 * @example
 * ```ts
 * printable("C-1\u001b[2J"); // "C-1\\u{1b}[2J"
 * printable("Zoë"); // "Zoë"
 * ```
 */
export function printable(text: string): string {
  return escapeControls(text, false);
}

/**
 * Text of several lines (Markdown, a rule's explanation) made safe to print: as
 * {@link printable}, but line feeds and tabs are kept, so it still reads as lines. A carriage
 * return is escaped: it could overwrite a line with another.
 *
 * @example
 * ```ts
 * printableLines("## Title\u001b]0;pwned\u0007\nline 2"); // "## Title\\u{1b}]0;pwned\\u{7}\nline 2"
 * ```
 */
export function printableLines(text: string): string {
  return escapeControls(text, true);
}

function escapeControls(text: string, keepLines: boolean): string {
  let safe = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isControl(code) || (keepLines && (code === 0x0a || code === 0x09))) continue;
    safe += `${text.slice(from, index)}\\u{${code.toString(16)}}`;
    from = index + 1;
  }
  return from === 0 ? text : safe + text.slice(from);
}
