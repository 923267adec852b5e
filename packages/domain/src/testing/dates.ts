import * as fc from "fast-check";
import { fromParts, daysInMonth, type IsoDate } from "../prelude/date.js";

/**
 * Arbitrary calendar days between two years (inclusive), every day equally reachable
 * including 29 February.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryIsoDate = (minYear = 1950, maxYear = 2040): fc.Arbitrary<IsoDate> =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => fromParts({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
