import { describe, expect, it } from "vitest";
import { jsonDiff } from "./diff.js";

describe("jsonDiff", () => {
  it("finds changed leaves by path and ignores listed keys", () => {
    expect(
      jsonDiff({ status: "A", charges: [{ clause: 1, points: ["a"] }], receipt: { x: 1 } }, { status: "A", charges: [{ clause: 2, points: ["a", "đ"] }], receipt: { x: 2 } }, new Set(["receipt"])),
    ).toEqual([
      { path: "charges[0].clause", before: 1, after: 2 },
      { path: "charges[0].points[1]", before: undefined, after: "đ" },
    ]);
  });
  it("reports nothing for equal values", () => {
    expect(jsonDiff({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });
});
