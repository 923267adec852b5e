import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fraction, percent } from "../prelude/fraction.js";
import { formatRate, formatTarget } from "./display.js";
import { COMPARISONS, meets } from "./ratio.js";

const atLeast90 = { op: "gte", value: percent(90) } as const;
const over90 = { op: "gt", value: percent(90) } as const;

describe("formatRate rounds toward a miss", () => {
  it("floors against a floor target: 899/1000 is 89.9%, not 90.0%", () => {
    expect(formatRate(fraction(899, 1000), { target: atLeast90 })).toBe("89.9%");
    expect(formatRate(fraction(8999, 10000), { target: atLeast90 })).toBe("89.9%");
    expect(formatRate(fraction(2, 3))).toBe("66.6%");
  });
  it("shows an exact threshold as the threshold", () => {
    expect(formatRate(fraction(9, 10), { target: over90 })).toBe("90.0%");
    expect(formatRate(fraction(1, 1), { target: { op: "gte", value: percent(100) } })).toBe("100.0%");
  });
  it("adds decimals so that a hit just over the threshold does not read as the threshold", () => {
    expect(formatRate(fraction(9001, 10000), { target: over90 })).toBe("90.01%");
    expect(formatRate(fraction(90_001, 100_000), { target: over90 })).toBe("90.001%");
  });
  it("rounds up against a ceiling target", () => {
    expect(formatRate(fraction(101, 1000), { target: { op: "lte", value: percent(10) } })).toBe("10.1%");
    expect(formatRate(fraction(1001, 10000), { target: { op: "lt", value: percent(10) } })).toBe("10.1%");
    expect(formatRate(fraction(999, 10000), { target: { op: "lt", value: percent(10) } })).toBe("9.99%");
  });
  it("rounds away from an exact target", () => {
    expect(formatRate(fraction(1001, 10000), { target: { op: "eq", value: percent(10) } })).toBe("10.1%");
    expect(formatRate(fraction(999, 10000), { target: { op: "eq", value: percent(10) } })).toBe("9.9%");
    expect(formatRate(fraction(1, 10), { target: { op: "eq", value: percent(10) } })).toBe("10.0%");
  });
  it("writes the language's decimal separator", () => {
    expect(formatRate(fraction(899, 1000), { target: atLeast90, lang: "vi" })).toBe("89,9%");
    expect(formatRate(fraction(899, 1000), { target: atLeast90, lang: "fr" })).toBe("89,9\u202f%");
    expect(formatRate(fraction(899, 1000), { digits: 0 })).toBe("89%");
  });
  it("formats targets", () => {
    expect(formatTarget(over90)).toBe("> 90%");
    expect(formatTarget({ op: "gte", value: percent("92.5") }, "vi")).toBe("≥ 92,5%");
  });

  it("property: the figure shown never meets a target the exact rate misses", () => {
    const target = fc.record({ op: fc.constantFrom(...COMPARISONS), value: fc.integer({ min: 0, max: 1000 }).map((p) => fraction(p, 1000)) });
    const rate = fc.integer({ min: 1, max: 5000 }).chain((d) => fc.integer({ min: 0, max: d }).map((n) => fraction(n, d)));
    fc.assert(
      fc.property(rate, target, fc.integer({ min: 0, max: 2 }), (value, t, digits) => {
        const text = formatRate(value, { target: t, digits });
        const shown = percent(text.replace("%", ""));
        expect(meets(value, t.op, t.value) || !meets(shown, t.op, t.value)).toBe(true);
      }),
    );
  });
});
