import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryIsoDate } from "../testing/dates.js";
import { addDays, ageOn, covers, daysBetween, IsoDateSchema, isIsoDate, isoDate } from "./date.js";

describe("IsoDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2025-07-01", "0001-01-01"])("accepts the real day %s", (s) => {
    expect(isIsoDate(s)).toBe(true);
    expect(IsoDateSchema.parse(s)).toBe(s);
  });
  it.each(["2023-02-29", "1900-02-29", "2025-13-01", "2025-04-31", "2025-7-1", "2025-07-01T00:00:00Z", ""])(
    "rejects %j",
    (s) => {
      expect(isIsoDate(s)).toBe(false);
      expect(() => isoDate(s)).toThrow(RangeError);
      expect(IsoDateSchema.safeParse(s).success).toBe(false);
    },
  );
});

describe("ageOn: completed years, the age goes up on the birthday", () => {
  it.each([
    ["2009-01-31", "2025-01-30", 15],
    ["2009-01-31", "2025-01-31", 16],
    ["2008-02-29", "2024-02-28", 15],
    ["2008-02-29", "2024-02-29", 16],
    ["2008-02-29", "2023-02-28", 14],
    ["2008-02-29", "2023-03-01", 15],
    ["2010-12-31", "2026-12-30", 15],
    ["2010-12-31", "2026-12-31", 16],
  ] as const)("born %s, on %s → %i", (birth, on, age) => {
    expect(ageOn(isoDate(birth), isoDate(on))).toBe(age);
  });
  it("refuses a date before the birth", () => {
    expect(() => ageOn(isoDate("2010-05-05"), isoDate("2010-05-04"))).toThrow(RangeError);
  });
  it("never decreases as the days go by", () => {
    fc.assert(
      fc.property(arbitraryIsoDate(1950, 2000), fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 400 }), (birth, n, k) => {
        const a = addDays(birth, n);
        expect(ageOn(birth, addDays(a, k))).toBeGreaterThanOrEqual(ageOn(birth, a));
      }),
    );
  });
});

describe("day arithmetic without time zones", () => {
  it.each([
    ["2025-06-30", 1, "2025-07-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2025-11-20", 10, "2025-11-30"],
  ] as const)("%s + %i days = %s", (from, n, to) => {
    expect(addDays(isoDate(from), n)).toBe(to);
    expect(daysBetween(isoDate(from), isoDate(to))).toBe(n);
  });
  it("addDays and daysBetween are inverse", () => {
    fc.assert(
      fc.property(arbitraryIsoDate(), fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });
  it("string order is chronological order", () => {
    fc.assert(
      fc.property(arbitraryIsoDate(), arbitraryIsoDate(), (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(a < b ? 1 : a > b ? -1 : 0);
      }),
    );
  });
});

describe("covers: periods include both ends", () => {
  const period = { from: isoDate("2012-01-01"), to: isoDate("2025-06-30") };
  it.each([
    ["2011-12-31", false],
    ["2012-01-01", true],
    ["2025-06-30", true],
    ["2025-07-01", false],
  ] as const)("%s → %s", (day, inside) => {
    expect(covers(period, isoDate(day))).toBe(inside);
  });
  it("an open period runs on", () => {
    expect(covers({ from: isoDate("2025-07-01") }, isoDate("2099-01-01"))).toBe(true);
  });
});
