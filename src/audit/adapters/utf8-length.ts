/**
 * The number of bytes that characters `start` to before `end` of `text` take in UTF-8 (a lone
 * surrogate counts 3 bytes, as the replacement character a decoder made of bad bytes does).
 *
 * @example
 * ```ts
 * utf8Length("a£€😀"); // 1 + 2 + 3 + 4 = 10
 * ```
 */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && index + 1 < end) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        index++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
