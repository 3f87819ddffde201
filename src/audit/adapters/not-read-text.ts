import type { NotRead } from "../input-record.js";

/**
 * How much of an input was not read, in words, for a rejection's message.
 *
 * @example
 * ```ts
 * notReadText({ bytes: 1200, firstLine: 40, lastLine: 90 }); // "1,200 bytes (lines 40-90) not read"
 * ```
 */
export function notReadText(notRead: NotRead): string {
  const lines = notRead.firstLine === notRead.lastLine ? `line ${notRead.firstLine}` : `lines ${notRead.firstLine}-${notRead.lastLine}`;
  return `${notRead.bytes.toLocaleString("en-GB")} bytes (${lines}) not read`;
}
