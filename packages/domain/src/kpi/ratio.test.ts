import { describe, expect, it } from "vitest";
import { fraction, percent } from "../prelude/fraction.js";
import { meets, rate } from "./ratio.js";

describe("rates and targets", () => {
  it("a rate of nothing is null, not 0% or 100%", () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(9, 10)).toEqual(fraction(9, 10));
  });
  it("refuses impossible counts", () => {
    expect(() => rate(11, 10)).toThrow(RangeError);
    expect(() => rate(-1, 10)).toThrow(RangeError);
    expect(() => rate(1.5, 10)).toThrow(RangeError);
  });
  it.each([
    [9, 10, "gt", 90, false],
    [9, 10, "gte", 90, true],
    [91, 100, "gt", 90, true],
    [89, 100, "gte", 90, false],
    [1, 10, "lte", 10, true],
    [1, 10, "lt", 10, false],
    [1, 10, "eq", 10, true],
  ] as const)("%i/%i %s %i%% → %s", (n, d, cmp, target, expected) => {
    const value = rate(n, d) ?? fraction(0, 1);
    expect(rate(n, d)).not.toBeNull();
    expect(meets(value, cmp, percent(target))).toBe(expected);
  });
});
