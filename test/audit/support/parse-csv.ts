/** A strict RFC 4180 parser (CRLF records, quoted fields) for checking the writers. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  for (; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 1);
    else if (c === "\n" || c === "\r") throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (cell !== "" || row.length > 0) throw new Error("last record not ended by CRLF");
  return rows;
}

