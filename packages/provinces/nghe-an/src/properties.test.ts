import { provinceProperties } from "@ctip-vn/domain/testing";
import { describe, expect, it } from "vitest";
import { ngheAn } from "./profile.js";

// The legal properties every province package holds (amounts ≥ national floors and never lower
// than national support, targets no weaker than national, every override cited and inside its
// basis's period), with generators bounded to this profile's periods.
describe("provinceProperties(ngheAn)", () => {
  it.each(provinceProperties(ngheAn).properties.map((p) => [p.name, p] as const))("%s", (_, p) => {
    expect(() => p.check({ numRuns: 60 })).not.toThrow();
  });
});
