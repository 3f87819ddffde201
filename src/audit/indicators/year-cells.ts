import { LatenessHistogram } from "../summary/lateness-histogram.js";
import type { PlanDurationBand } from "./duration-band.js";
import type { IcpcWorkingDayBand } from "./icpc-bands.js";
import type { CountedCases, UntimedReason } from "./indicator-types.js";


/**
 * The local escalation points of a plan open at a census date: the highest of 15, 18 and 21
 * months it had reached, else 0.
 *
 * @example
 * ```ts
 * const reached: EscalationPoint = 18;
 * ```
 */
export type EscalationPoint = 0 | 15 | 18 | 21;

/**
 * One counted thing of a reporting year, each item of a case falling in exactly one: an ICPC by
 * working-day band (or untimed, by reason), a child's reviews at the census date (on time or
 * not), a plan starting (first, second or later within 2 years of the previous one's end, or
 * later), a plan ending by duration band, a plan open at the census date by duration band and
 * escalation point. The indicators are sums of cells.
 *
 * @example
 * ```ts
 * const cell: IndicatorCell = "open/1-to-under-2-years/18";
 * ```
 */
export type IndicatorCell =
  | `icpc/${IcpcWorkingDayBand}`
  | `icpc-untimed/${UntimedReason}`
  | "reviews/on-time"
  | "reviews/not-on-time"
  | "starting/first"
  | "starting/repeat-within-2-years"
  | "starting/repeat-earlier"
  | `ending/${PlanDurationBand}`
  | `open/${PlanDurationBand}/${EscalationPoint}`;

/**
 * What a year's cells hold, as plain data (structured-cloneable): per cell its count and, when
 * case ids are kept, the case id of each item (in the order added); the ICPCs' working days as
 * `[days, times]` pairs.
 *
 * @example
 * ```ts
 * const state: YearCellsState = { year: 2024, cells: [["reviews/on-time", 1, ["C-1"]]], icpcDays: [] };
 * ```
 */
export interface YearCellsState {
  readonly year: number;
  readonly cells: readonly (readonly [IndicatorCell, number, readonly string[] | null])[];
  readonly icpcDays: readonly (readonly [number, number])[];
}

interface Cell {
  count: number;
  readonly ids: string[] | null;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cells of one reporting year: counts, and the case ids behind them when kept. Memory is
 * bounded by the number of cells without case ids, and grows by one reference per item with.
 *
 * @example
 * ```ts
 * const cells = new YearCells(2024, true);
 * cells.add("reviews/on-time", "C-1");
 * cells.count("reviews/on-time", "reviews/not-on-time"); // { count: 1, caseIds: ["C-1"] }
 * ```
 */
export class YearCells {
  readonly #cells = new Map<IndicatorCell, Cell>();
  /** Working days from the s47 start of every timed ICPC, for the quartiles. */
  readonly icpcDays = new LatenessHistogram();

  constructor(
    readonly year: number,
    readonly keepCaseIds: boolean,
  ) {}

  #cell(key: IndicatorCell): Cell {
    let cell = this.#cells.get(key);
    if (cell === undefined) this.#cells.set(key, (cell = { count: 0, ids: this.keepCaseIds ? [] : null }));
    return cell;
  }

  /** Counts one item of a case in a cell (the id is kept as given: pass a copy, not a view into a larger input text). */
  add(key: IndicatorCell, caseId: string): void {
    const cell = this.#cell(key);
    cell.count += 1;
    cell.ids?.push(caseId);
  }

  /** The items of the cells together, with their case ids when kept, sorted by code unit (so the order cases came or were merged in does not show). */
  count(...keys: readonly IndicatorCell[]): CountedCases {
    let count = 0;
    const ids: string[] | null = this.keepCaseIds ? [] : null;
    for (const key of keys) {
      const cell = this.#cells.get(key);
      if (cell === undefined) continue;
      count += cell.count;
      // One by one: spreading a list of hundreds of thousands of ids into push() overflows the stack.
      if (ids !== null) for (const id of cell.ids ?? []) ids.push(id);
    }
    return ids === null ? { count } : { count, caseIds: ids.sort(byCodeUnit) };
  }

  /** Everything counted, as plain data. */
  state(): YearCellsState {
    return {
      year: this.year,
      cells: [...this.#cells.entries()].map(([key, cell]) => [key, cell.count, cell.ids]),
      icpcDays: this.icpcDays.entries(),
    };
  }

  /**
   * Adds in another's cells of the same year.
   *
   * @throws Error when these keep case ids and the other's do not (they were counted under other options).
   */
  merge(state: YearCellsState): void {
    for (const [key, count, ids] of state.cells) {
      if (this.keepCaseIds && ids === null && count > 0) throw new Error("Indicators counted without case ids cannot be merged into ones that keep them.");
      const cell = this.#cell(key);
      cell.count += count;
      if (cell.ids !== null) for (const id of ids ?? []) cell.ids.push(id);
    }
    for (const [days, times] of state.icpcDays) this.icpcDays.add(days, times);
  }
}
