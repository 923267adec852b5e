import { describe, expect, it } from "vitest";
import { checkPointSequence, pointLettersFor } from "./numbering.js";

describe("point numbering", () => {
  it("accepts a, b, c, d, đ, e", () => {
    expect(checkPointSequence(["a", "b", "c", "d", "đ", "e"])).toEqual([]);
  });
  it("flags a skipped đ and a Latin f", () => {
    expect(checkPointSequence(["a", "b", "c", "d", "e"], "art_1.para_2")).toEqual([
      { path: "art_1.para_2[4]", message: 'expected point "đ", found "e"' },
    ]);
    expect(checkPointSequence(["a", "b", "c", "d", "đ", "f"])[0]?.message).toBe('expected point "e", found "f"');
  });
  it("refuses a 24th point instead of inventing a letter", () => {
    expect(pointLettersFor(23).at(-1)).toBe("y");
    expect(() => pointLettersFor(24)).toThrow(RangeError);
    expect(checkPointSequence([...pointLettersFor(23), "z"])[0]?.message).toMatch(/after "y"/);
  });
});
