import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkBoundaries } from "./boundaries.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe("source folder boundaries", () => {
  it("the package's sources follow them", () => {
    expect(checkBoundaries(here("../src"))).toEqual([]);
  });
  it("a deliberate violation of each rule is caught", () => {
    const found = checkBoundaries(here("./fixtures/boundaries/src")).map((v) => `${v.rule} ${v.file} ${v.detail}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "prelude-imports-outside prelude/citation.ts imports ../law/instruments.js",
        "deep-import kpi/targets.ts imports ../law/instruments.js; use ../law/index.js",
        "cycle eligibility/ eligibility → province → eligibility",
      ]),
    );
    expect(found).toHaveLength(3);
  });
});
