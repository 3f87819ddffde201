import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { readCinCensus } from "../audit/adapters/cin-census.js";
import { readCsvEventLog } from "../audit/adapters/csv-event-log-reader.js";
import type { DateFormat } from "../audit/adapters/date-text.js";
import { detectInputFormat } from "../audit/adapters/detect-format.js";
import { readJsonArray } from "../audit/adapters/json-array.js";
import { readJsonLines } from "../audit/adapters/json-lines.js";
import type { InputRecord, RecordSource } from "../audit/input-record.js";
import { CliError, oneLine, usageError } from "./cli-error.js";
import { printable } from "./terminal-text.js";
import { findSplitCasesInFiles } from "./csv-event-log-batches.js";

/**
 * An input format the CLI reads.
 *
 * @example
 * ```ts
 * const format: InputFormat = "jsonl";
 * ```
 */
export type InputFormat = RecordSource["format"];

/**
 * The input formats, for `--input`.
 *
 * @example
 * ```ts
 * INPUT_FORMATS.includes("cin-xml"); // true
 * ```
 */
export const INPUT_FORMATS: readonly InputFormat[] = ["json", "jsonl", "csv", "cin-xml"];

/**
 * One input file, checked readable, with its format.
 *
 * @example
 * ```ts
 * const input: InputFile = { path: "cases.jsonl", format: "jsonl", bytes: 1024 };
 * ```
 */
export interface InputFile {
  readonly path: string;
  readonly format: InputFormat;
  readonly bytes: number;
}

/**
 * Checks every file exists and is a regular file, and settles its format (from `--input`, else
 * its extension). Throws a one-line {@link CliError} (exit code 2) otherwise. A file given more
 * than once (by the same name, a symlink or a hard link: the same device and inode) is read
 * once: the later mentions are dropped with a one-line warning on stderr, so no case is counted
 * twice.
 *
 * @throws {CliError} exit code 2 when a file is missing, unreadable, not a regular file or of
 * an unknown format.
 * @example
 * ```ts
 * const inputs = await checkInputFiles(["a.jsonl", "b.csv"], undefined);
 * ```
 */
export async function checkInputFiles(paths: readonly string[], override: InputFormat | undefined): Promise<InputFile[]> {
  if (paths.length === 0) throw usageError("no input file given (try --help)");
  const files: InputFile[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    let bytes: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error("not a regular file");
      bytes = info.size;
      const first = seen.get(`${info.dev}:${info.ino}`);
      if (first !== undefined) {
        const how = first === path ? "given twice" : `the same file as ${first}`;
        process.stderr.write(printable(`core-group-rules: warning: ${path} is ${how}: read once`) + "\n");
        continue;
      }
      seen.set(`${info.dev}:${info.ino}`, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : oneLine(error);
      throw new CliError(`cannot read ${path}: ${why}`, 2);
    }
    const format = override ?? detectInputFormat(path);
    if (format === undefined) {
      throw usageError(`cannot tell the format of ${path} from its extension: use --input ${INPUT_FORMATS.join("|")}`);
    }
    files.push({ path, format, bytes });
  }
  return files;
}

/** The text of a file as UTF-8 chunks of about 1 MB, streamed. */
function readText(path: string): AsyncIterable<string> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  stream.setEncoding("utf8");
  return stream;
}

/** The records of one file; `splitCases`: see {@link findSplitCasesInFiles} (CSV event logs only). */
function readOne(file: InputFile, dateFormat: DateFormat | undefined, splitCases: ReadonlyMap<string, string>): AsyncGenerator<InputRecord> {
  const chunks = readText(file.path);
  switch (file.format) {
    case "json":
      return readJsonArray(chunks, { file: file.path });
    case "jsonl":
      return readJsonLines(chunks, { file: file.path });
    case "csv":
      return readCsvEventLog(chunks, { file: file.path, splitCases, ...(dateFormat === undefined ? {} : { dateFormat }) });
    case "cin-xml":
      return readCinCensus(chunks, { file: file.path });
  }
}

async function* readAll(files: readonly InputFile[], dateFormat: DateFormat | undefined): AsyncGenerator<InputRecord> {
  const csv = files.filter((file) => file.format === "csv").map((file) => file.path);
  const splitCases = csv.length === 0 ? new Map<string, string>() : await findSplitCasesInFiles(csv);
  for (const file of files) yield* readOne(file, dateFormat, splitCases);
}

/**
 * The records of every input file in order, through the adapter of each file's format. CSV event
 * logs are looked at first, all together, to find the cases whose rows lie in more than one
 * place ({@link findSplitCasesInFiles}): those are rejected in every place, never evaluated in
 * part. A read error (e.g. the file vanished) surfaces as a thrown error from the iteration.
 *
 * @example
 * ```ts
 * for await (const record of readInputFiles(inputs, "dd/mm/yyyy")) void record;
 * ```
 */
export function readInputFiles(
  files: readonly InputFile[],
  dateFormat: DateFormat | undefined,
): AsyncIterable<InputRecord> {
  return readAll(files, dateFormat);
}
