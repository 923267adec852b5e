import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { isoDate } from "../prelude/date.js";
import { governingSupportLaw } from "./governing-law.js";

describe("which law governs victim support", () => {
  it.each([
    ["2012-01-01", "66/2011/QH12"],
    ["2025-06-30", "66/2011/QH12"],
    ["2025-07-01", "53/2024/QH15"],
    ["2026-11-25", "53/2024/QH15"],
  ] as const)("on %s → %s", (day, law) => {
    const r = governingSupportLaw(isoDate(day));
    expect(Result.isSuccess(r) && r.success.law).toBe(law);
  });
  it("before 2012 is an unsupported period, not a guess", () => {
    const r = governingSupportLaw(isoDate("2011-12-31"));
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnsupportedPeriod");
  });
});
