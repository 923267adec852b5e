import { describe, expect, it } from "vitest";
import { isPointLetter, nextPointLetter, POINT_LETTERS, pointIndex, sortPointLetters } from "./point-letter.js";

describe("Vietnamese point letters", () => {
  it("run a b c d đ e g h i k l m n o p q r s t u v x y", () => {
    expect(POINT_LETTERS.join(" ")).toBe("a b c d đ e g h i k l m n o p q r s t u v x y");
    expect(POINT_LETTERS.every((l) => l === l.normalize("NFC"))).toBe(true);
  });
  it("put đ right after d and skip f, j, w, z", () => {
    expect(nextPointLetter("d")).toBe("đ");
    expect(nextPointLetter("đ")).toBe("e");
    expect(nextPointLetter("e")).toBe("g");
    for (const l of ["f", "j", "w", "z", "ă", "D"]) expect(isPointLetter(l)).toBe(false);
  });
  it("name nothing after y", () => {
    expect(nextPointLetter("y")).toBeUndefined();
  });
  it("sort in legal order, not code-point order", () => {
    expect(sortPointLetters(["e", "đ", "a", "d"])).toEqual(["a", "d", "đ", "e"]);
    expect(pointIndex("đ")).toBe(4);
  });
});
