import { describe, expect, it } from "vitest";
import { formatVnd, sumVnd, vnd, VndSchema } from "./money.js";

describe("Vnd: whole đồng", () => {
  it("accepts whole amounts and formats them per language", () => {
    const fine = vnd(20_000_000);
    expect(formatVnd(fine, "vi")).toBe("20.000.000 đồng");
    expect(formatVnd(fine, "en")).toBe("VND 20,000,000");
    expect(formatVnd(fine, "fr")).toBe("20\u202f000\u202f000 VND");
    expect(formatVnd(vnd(950), "vi")).toBe("950 đồng");
  });
  it.each([0.5, Number.NaN, 2 ** 60])("rejects %d", (n) => {
    expect(() => vnd(n)).toThrow(RangeError);
    expect(VndSchema.safeParse(n).success).toBe(false);
  });
  it("sums exactly", () => {
    expect(sumVnd([vnd(50_000_000), vnd(150_000_000)])).toBe(200_000_000);
  });
});
