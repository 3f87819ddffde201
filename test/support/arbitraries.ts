import fc from "fast-check";
import { fromDayNumber, toDayNumber } from "../../src/index.js";

/** Civil dates in [from, to] as YYYY-MM-DD. */
export function isoDateArbitrary(from = "1990-01-01", to = "2099-12-31"): fc.Arbitrary<string> {
  return fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
}
