import { detachedText } from "../detached-text.js";
import { quoteShort } from "./text-lines.js";

/**
 * What the reader of an event log is told, as each case starts, about the places its rows lie
 * in, and tells back where each case's rows end. A case whose rows lie in more than one place
 * (its id comes back after another case's rows, or in another log of the same audit) is rejected
 * in every place: it is never evaluated with part of its rows (D36).
 *
 * @example
 * ```ts
 * const appearances: CaseAppearances = new KnownSplitCases(new Map(), "events.csv");
 * appearances.splitReason("C-1", 2); // undefined: its rows are together
 * ```
 */
export interface CaseAppearances {
  /**
   * Why the case whose rows start again on `line` is rejected because they lie in more than one
   * place; undefined when they do not (or are not known yet).
   *
   * @throws Error when the case was seen before but was not known to be split: the input changed
   * between the first look at it and this read.
   */
  splitReason(caseId: string, line: number): string | undefined;
  /** Notes the lines of a case's rows, once they end. */
  ended(caseId: string, firstLine: number, lastLine: number): void;
}

/**
 * At most this many places of a split case are named in its rejection (the rest are counted),
 * so that a case scattered over thousands of places does not make thousands of long rejections.
 *
 * @example
 * ```ts
 * MAX_PLACES_NAMED; // 20
 * ```
 */
export const MAX_PLACES_NAMED = 20;

/** The lines of a case's rows as messages name them: "line 7" or "lines 7-12". */
function caseLines(firstLine: number, lastLine: number): string {
  return firstLine === lastLine ? `line ${firstLine}` : `lines ${firstLine}-${lastLine}`;
}

/**
 * The places (file, first and last line) of every case of one or more event logs, noted as a
 * first look reads them, to find the cases whose rows lie in more than one place. Line numbers,
 * not text: one entry per case is held to the end, and "lines 120-134" made up front cost about
 * 150 bytes more per case.
 *
 * @example
 * ```ts
 * const places = new CsvCasePlaces();
 * places.startFile("events.csv");
 * places.ended("C-1", 2, 3);
 * places.ended("C-2", 4, 4);
 * places.ended("C-1", 5, 5);
 * places.splitCases().get("C-1"); // 'case "C-1" has rows in 2 places (lines 2-3, line 5): ...'
 * ```
 */
export class CsvCasePlaces implements CaseAppearances {
  readonly #fileNames: string[] = [];
  #file = -1;
  /** Case id -> where its first place is kept in #files, #firstLines and #lastLines. */
  readonly #slots = new Map<string, number>();
  readonly #files: number[] = [];
  readonly #firstLines: number[] = [];
  readonly #lastLines: number[] = [];
  /** The further places of the cases in more than one, by slot: file, first line, last line, in threes. */
  readonly #further = new Map<number, number[]>();

  /** Starts noting the places of the next log, named `file` in rejections (when a case spans logs). */
  startFile(file: string): void {
    this.#fileNames.push(file);
    this.#file = this.#fileNames.length - 1;
  }

  /** Always undefined: while places are noted, no case is known to be split yet. */
  splitReason(): undefined {
    return undefined;
  }

  ended(caseId: string, firstLine: number, lastLine: number): void {
    if (this.#file < 0) this.startFile("");
    const slot = this.#slots.get(caseId);
    if (slot === undefined) {
      this.#slots.set(detachedText(caseId), this.#files.length);
      this.#files.push(this.#file);
      this.#firstLines.push(firstLine);
      this.#lastLines.push(lastLine);
      return;
    }
    const further = this.#further.get(slot);
    if (further === undefined) this.#further.set(slot, [this.#file, firstLine, lastLine]);
    else further.push(this.#file, firstLine, lastLine);
  }

  /**
   * The cases in more than one place, each with the reason every one of its places is rejected
   * for: it names the places (with their file when they lie in more than one log).
   */
  splitCases(): Map<string, string> {
    const split = new Map<string, string>();
    if (this.#further.size === 0) return split;
    for (const [caseId, slot] of this.#slots) {
      const further = this.#further.get(slot);
      if (further === undefined) continue;
      const places = [this.#files[slot]!, this.#firstLines[slot]!, this.#lastLines[slot]!, ...further];
      split.set(caseId, this.#reason(caseId, places));
    }
    return split;
  }

  #reason(caseId: string, places: readonly number[]): string {
    const count = places.length / 3;
    let manyFiles = false;
    for (let at = 3; at < places.length; at += 3) if (places[at] !== places[0]) manyFiles = true;
    const named: string[] = [];
    for (let at = 0; at < places.length && named.length < MAX_PLACES_NAMED; at += 3) {
      const lines = caseLines(places[at + 1]!, places[at + 2]!);
      named.push(manyFiles ? `${this.#fileNames[places[at]!]} ${lines}` : lines);
    }
    const more = count > named.length ? ` and ${count - named.length} more` : "";
    return `case ${quoteShort(caseId)} has rows in ${count} places (${named.join(", ")}${more}): a case is evaluated only with all its rows together, so no part of it is; sort the export by case id`;
  }
}

/**
 * The split cases of an event log, known from a first look at it ({@link CsvCasePlaces}), for
 * the read that follows: a case id that comes back without being known as split means the input
 * changed in between, and is an error rather than a case evaluated in part.
 *
 * @example
 * ```ts
 * const known = new KnownSplitCases(places.splitCases(), "events.csv");
 * known.splitReason("C-1", 5); // the reason, when C-1 is split
 * ```
 */
export class KnownSplitCases implements CaseAppearances {
  readonly #split: ReadonlyMap<string, string>;
  readonly #label: string;
  readonly #seen = new Set<string>();

  /** `label`: the input, as the error names it. */
  constructor(split: ReadonlyMap<string, string>, label: string) {
    this.#split = split;
    this.#label = label;
  }

  splitReason(caseId: string, line: number): string | undefined {
    const reason = this.#split.get(caseId);
    if (reason === undefined && this.#seen.has(caseId)) {
      throw new Error(`${this.#label}: case ${quoteShort(caseId)} comes back on line ${line}, but did not when the input was first looked at: did it change while it was read?`);
    }
    return reason;
  }

  ended(caseId: string): void {
    if (!this.#split.has(caseId)) this.#seen.add(detachedText(caseId));
  }
}
