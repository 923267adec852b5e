import { describe, expect, it } from "vitest";
import { framed } from "./banner.js";

describe("framed", () => {
  it("draws a box as wide as the longest line, counting Vietnamese letters as one character each", () => {
    expect(framed(["Mật khẩu", "password: abc"])).toBe(["┌───────────────┐", "│ Mật khẩu      │", "│ password: abc │", "└───────────────┘"].join("\n"));
  });
});
