/** How much of an unreadable line or element a rejection quotes. */
const QUOTED_START = 40;

/**
 * The rejection message for text that `JSON.parse` refused. It quotes the start of the text
 * (at most 40 characters, JSON-escaped) rather than the engine's own message, which differs
 * between Node versions and would make the same input give different output.
 *
 * @example
 * ```ts
 * invalidJsonReason('{"id": "C-1",'); // 'not valid JSON: the text starts "{\\"id\\": \\"C-1\\","'
 * ```
 */
export function invalidJsonReason(text: string): string {
  const start = text.length > QUOTED_START ? `${text.slice(0, QUOTED_START)}...` : text;
  return `not valid JSON: the text starts ${JSON.stringify(start)}`;
}
