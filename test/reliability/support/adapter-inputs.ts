// Every input adapter behind one signature, and a small valid sample text of each format (cut
// from examples/data), for the reliability properties to break.
import { readFileSync } from "node:fs";
import { readCinCensus, readCsvEventLog, readJsonArray, readJsonLines, type InputRecord, type TextChunks } from "../../../src/index.js";
import { sampleJsonLines } from "../../audit/support/sample-timelines.js";

export type AdapterFormat = InputRecord["source"]["format"];
export const ADAPTER_FORMATS: readonly AdapterFormat[] = ["json", "jsonl", "csv", "cin-xml"];

export function readWith(format: AdapterFormat, chunks: TextChunks): AsyncGenerator<InputRecord> {
  switch (format) {
    case "json":
      return readJsonArray(chunks, { file: "fuzz.json" });
    case "jsonl":
      return readJsonLines(chunks, { file: "fuzz.jsonl" });
    case "csv":
      return readCsvEventLog(chunks, { file: "fuzz.csv" });
    case "cin-xml":
      return readCinCensus(chunks, { file: "fuzz.xml" });
  }
}

const example = (name: string): string => readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), "utf8");

function firstLines(text: string, n: number): string {
  return text.split("\n").slice(0, n).join("\n") + "\n";
}

function firstChildren(xml: string, n: number): string {
  let end = 0;
  for (let i = 0; i < n; i += 1) end = xml.indexOf("</Child>", end) + "</Child>".length;
  return `${xml.slice(0, end)}\n  </Children>\n</Message>\n`;
}

const jsonLines = sampleJsonLines(12, 7, 0.2);
const parses = (line: string): boolean => {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
};

/** Valid (or mostly valid) text of each format: a dozen records or so. */
export const SAMPLE_TEXT: Readonly<Record<AdapterFormat, string>> = {
  jsonl: jsonLines,
  json: `[\n${jsonLines.trimEnd().split("\n").filter(parses).join(",\n")}\n]\n`,
  csv: firstLines(example("events.csv"), 60),
  "cin-xml": firstChildren(example("cin-census.xml"), 6),
};
