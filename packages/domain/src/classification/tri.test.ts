import { describe, expect, it } from "vitest";
import { and, flag, hasAny, known, not, or, unknown } from "./tri.js";

describe("three-valued facts", () => {
  it("a false conjunct decides, whatever is unknown", () => {
    expect(and(known(false), unknown("means"))).toEqual({ value: false, missing: [] });
    expect(and(known(true), unknown("means"), unknown("acts", "means"))).toEqual({ value: undefined, missing: ["means", "acts"] });
  });
  it("a true disjunct decides, whatever is unknown", () => {
    expect(or(unknown("x"), known(true))).toEqual({ value: true, missing: [] });
    expect(or(known(false), unknown("x"))).toEqual({ value: undefined, missing: ["x"] });
    expect(or(known(false), known(false)).value).toBe(false);
  });
  it("absent lists and flags are unknown; empty lists are known none", () => {
    expect(hasAny(undefined, "acts", ["transfer"])).toEqual(unknown("acts"));
    expect(hasAny([], "acts", ["transfer"])).toEqual(known(false));
    expect(flag(undefined, "victims[0].takenAcrossBorder").missing).toEqual(["victims[0].takenAcrossBorder"]);
    expect(not(known(true)).value).toBe(false);
    expect(not(unknown("a")).missing).toEqual(["a"]);
  });
});
