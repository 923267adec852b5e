import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareFractions, equalFractions, formatPercent, fraction, percent, toNumber } from "./fraction.js";

describe("Fraction: exact rates", () => {
  it("reduces and normalises the sign", () => {
    expect(fraction(45, 50)).toEqual({ numerator: 9, denominator: 10 });
    expect(fraction(3, -6)).toEqual({ numerator: -1, denominator: 2 });
    expect(fraction(0, 7)).toEqual({ numerator: 0, denominator: 1 });
  });
  it("rejects a zero denominator and non-integers", () => {
    expect(() => fraction(1, 0)).toThrow(RangeError);
    expect(() => fraction(1.5, 2)).toThrow(RangeError);
  });
  it("reads decimal percentages exactly", () => {
    expect(percent(90)).toEqual({ numerator: 9, denominator: 10 });
    expect(percent("92.5")).toEqual({ numerator: 37, denominator: 40 });
    expect(() => percent("ninety")).toThrow(RangeError);
  });
  it("compares exactly where floating point would not", () => {
    expect(equalFractions(fraction(9, 10), percent(90))).toBe(true);
    expect(compareFractions(fraction(1, 3), percent("33.3333333"))).toBe(1);
    expect(compareFractions(fraction(899, 1000), percent(90))).toBe(-1);
  });
  it("formats half-up per language", () => {
    expect(formatPercent(fraction(2, 3), 1, "vi")).toBe("66,7%");
    expect(formatPercent(fraction(2, 3), 1, "en")).toBe("66.7%");
    expect(formatPercent(fraction(1, 8), 0, "en")).toBe("13%");
    expect(formatPercent(fraction(1, 1), 0, "fr")).toBe("100\u202f%");
  });
  it("agrees with number comparison on small fractions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b, c, d) => {
        const x = fraction(a, b);
        const y = fraction(c, d);
        expect(compareFractions(x, y)).toBe(Math.sign(a * d - c * b));
        expect(toNumber(x)).toBeCloseTo(a / b, 12);
      }),
    );
  });
});
