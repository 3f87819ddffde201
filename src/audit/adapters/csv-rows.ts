import type { TextChunks } from "../input-record.js";

/**
 * One CSV record (row) with the line it starts on. `problem` is set when the row is malformed
 * (an unterminated quoted field at the end of the input, or text after a closing quote).
 *
 * @example
 * ```ts
 * const row: CsvRow = { fields: ["C-1", "core-group", "2024-03-15"], line: 2 };
 * ```
 */
export interface CsvRow {
  readonly fields: readonly string[];
  readonly line: number;
  readonly problem?: string;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * A streaming RFC 4180 parser: comma-separated fields, fields in double quotes may hold commas,
 * line breaks and doubled quotes (`""`), rows end at CRLF, LF or CR. A leading BOM is dropped.
 * Rows whose fields are all empty (blank lines) are skipped. It is a single pass over the
 * characters with no regular expressions; memory holds one row. Chunks may split the text
 * anywhere (inside a quote, between CR and LF).
 *
 * @example
 * ```ts
 * for await (const row of csvRows(['a,"b,', 'c"\r\n"d""e",f\n'])) console.log(row.line, row.fields);
 * // 1 ["a", "b,c"], then 2 ['d"e', "f"]
 * ```
 */
export async function* csvRows(chunks: TextChunks): AsyncGenerator<CsvRow> {
  let fields: string[] = [];
  let field = "";
  let segmentStart = -1; // start of unflushed field content in the current chunk, or -1
  let inQuotes = false;
  let quotePending = false; // saw a quote inside a quoted field; the next character decides
  let afterQuote = false; // the current field's closing quote has been seen
  let pendingCR = false;
  let line = 1;
  let rowLine = 1;
  let rowStarted = false;
  let problem: string | undefined;
  let first = true;

  const endRow = (): CsvRow | undefined => {
    fields.push(field);
    const row: CsvRow = problem === undefined ? { fields, line: rowLine } : { fields, line: rowLine, problem };
    const blank = problem === undefined && fields.every((value) => value.length === 0);
    fields = [];
    field = "";
    afterQuote = false;
    problem = undefined;
    rowStarted = false;
    return blank ? undefined : row;
  };

  for await (let chunk of chunks as AsyncIterable<string>) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    for (let index = 0; index < chunk.length; index++) {
      const code = chunk.charCodeAt(index);
      if (pendingCR) {
        pendingCR = false;
        // CRLF: the line was counted at the CR; outside quotes the row already ended, inside
        // quotes the LF stays in the field's content (it lies inside the unflushed segment).
        if (code === LF) continue;
      }
      if (!rowStarted) {
        rowStarted = true;
        rowLine = line;
      }
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (code === QUOTE) {
            field += '"';
            segmentStart = index + 1;
            continue;
          }
          inQuotes = false;
          afterQuote = true;
          // fall through: handle this character outside quotes
        } else {
          if (code === QUOTE) {
            if (segmentStart >= 0) field += chunk.slice(segmentStart, index);
            segmentStart = -1;
            quotePending = true;
          } else if (code === LF) {
            line++;
          } else if (code === CR) {
            line++;
            pendingCR = true;
          }
          continue;
        }
      }
      if (code === COMMA) {
        if (segmentStart >= 0) field += chunk.slice(segmentStart, index);
        segmentStart = -1;
        fields.push(field);
        field = "";
        afterQuote = false;
        continue;
      }
      if (code === LF || code === CR) {
        if (segmentStart >= 0) field += chunk.slice(segmentStart, index);
        segmentStart = -1;
        line++;
        if (code === CR) pendingCR = true;
        const row = endRow();
        if (row !== undefined) yield row;
        continue;
      }
      if (code === QUOTE && !afterQuote && segmentStart < 0 && field.length === 0) {
        inQuotes = true;
        segmentStart = index + 1;
        continue;
      }
      if (afterQuote && problem === undefined) {
        problem = `text after a closing quote on line ${line} (a quote inside a quoted field must be doubled: "")`;
      }
      if (segmentStart < 0) segmentStart = index;
    }
    if (segmentStart >= 0) {
      field += chunk.slice(segmentStart);
      segmentStart = 0;
    }
  }
  if (inQuotes && !quotePending) {
    problem ??= `unterminated quoted field: the input ended inside quotes opened in the row starting on line ${rowLine}`;
  }
  if (rowStarted) {
    const row = endRow();
    if (row !== undefined) yield row;
  }
}
