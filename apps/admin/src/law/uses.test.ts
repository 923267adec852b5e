import { describe, expect, it } from "vitest";
import { usesIn, usesOf } from "./uses.js";

describe("what applies a provision", () => {
  it("links Penal Code points to the classification rules", () => {
    expect(usesOf("100/2015/QH13", 150, 2, "a").map((u) => [u.kind, u.href])).toEqual([["rule", "/classification"]]);
  });
  it("links a support regime's point to its rule, and amounts to their parameters", () => {
    expect(usesOf("53/2024/QH15", 37, 1, "a").some((u) => u.kind === "rule" && u.label.vi.includes("nhu cầu thiết yếu"))).toBe(true);
    expect(usesIn("162/2025/NĐ-CP")).toBeGreaterThan(0);
  });
  it("links the plans that set targets to the KPIs", () => {
    expect(usesOf("193/QĐ-TTg", 1).filter((u) => u.kind === "target")).toHaveLength(5);
  });
});
