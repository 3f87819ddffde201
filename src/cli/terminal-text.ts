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
  let safe = "";
  let from = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isControl(code)) continue;
    safe += `${text.slice(from, index)}\\u{${code.toString(16)}}`;
    from = index + 1;
  }
  return from === 0 ? text : safe + text.slice(from);
}
