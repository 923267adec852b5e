import { catalogVersion } from "@ctip-vn/vitest-config/pack";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkAnswers, packageName, scaffold, type ProvinceAnswers } from "./scaffold.js";
import { VERSIONS } from "./versions.js";

const daNang: ProvinceAnswers = {
  id: "da-nang",
  scope: "@da-nang-ctip",
  nameVi: "Thành phố Đà Nẵng",
  nameEn: "Da Nang city",
  resolution: "15/2020/NQ-HĐND",
  issued: "2020-07-10",
  effective: "2020-07-20",
  mealsAtFacility: 60_000,
  plan: "45/KH-UBND",
  planIssued: "2024-02-20",
  councilTerm: "X",
  councilTermFrom: "2021-06-25",
};
const root = new URL("../../../", import.meta.url);

describe("the starter's answers", () => {
  it("accepts a complete, well-formed set", () => expect(checkAnswers(daNang)).toEqual([]));
  it.each([
    ["id", { id: "Da Nang" }],
    ["scope", { scope: "da-nang" }],
    ["nameVi", { nameVi: "Tha\u0300nh phố Đà Nẵng" }],
    ["resolution", { resolution: "15/2020/QĐ-UBND" }],
    ["issued", { issued: "2020-02-30" }],
    ["effective", { effective: "2020-07-01" }],
    ["travelDayMeals", { travelDayMeals: 1.5 }],
    ["plan", { plan: "45/QĐ-UBND" }],
    ["planIssued", { planIssued: "2024-13-01" }],
    ["councilTerm", { councilTerm: "10" }],
    ["councilTermFrom", { councilTermFrom: "2021-02-30" }],
  ] as const)("rejects a bad %s with a message in Vietnamese and English", (field, change) => {
    const problems = checkAnswers({ ...daNang, ...change });
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]?.vi).not.toBe("");
    expect(problems[0]?.en).not.toBe("");
  });
});

describe("the generated package", () => {
  const files = scaffold(daNang);
  it("is named after the scope and the province", () => expect(packageName(daNang)).toBe("@da-nang-ctip/province-da-nang"));
  it("has a profile, its tests, configs, a bilingual README and CI", () =>
    expect(Object.keys(files).toSorted()).toEqual(
      [".github/workflows/ci.yml", ".gitignore", "README.md", "package.json", "src/index.test.ts", "src/index.ts", "src/properties.test.ts", "src/version.ts", "tsconfig.build.json", "tsconfig.json", "vitest.config.ts"].toSorted(),
    ));
  it("depends on real version ranges, never workspace: or catalog:", () => {
    expect(files["package.json"]).not.toMatch(/workspace:|catalog:/);
    expect(JSON.parse(files["package.json"] ?? "{}").peerDependencies["@ctip-vn/domain"]).toBe(VERSIONS["@ctip-vn/domain"]);
  });
  it("cites the province's own resolution and invents no figure", () => {
    expect(files["src/index.ts"]).toContain('instrument: "da-nang:15/2020/NQ-HĐND"');
    expect(files["src/index.ts"]).toContain("vnd: 60000");
    expect(files["src/index.ts"]).toContain('kind: "unknown"'); // travel-day meals were not given
  });
  it("scaffolds the plan's KPI targets by typed id, labelled as example data, and the council's term", () => {
    expect(files["src/index.ts"]).toContain('instrument: "da-nang:45/KH-UBND"');
    expect(files["src/index.ts"]).toContain("} satisfies KpiTargetSet;");
    expect(files["src/index.ts"]).toContain("EXAMPLE DATA: the levels of Decision 193/QĐ-TTg");
    expect(files["src/index.ts"]).toContain('council: { terms: [{ term: "X", from: isoDate("2021-06-25") }] }');
    expect(files["src/index.test.ts"]).toContain('adoptedOn: "2024-02-20"');
    expect(files["src/properties.test.ts"]).toContain("provinceProperties(daNang)");
  });
  it("leaves the KPI targets and the resolution draft out when no plan or term is given", () => {
    const { plan: _p, planIssued: _pi, councilTerm: _t, councilTermFrom: _tf, ...bare } = daNang;
    const minimal = scaffold(bare);
    expect(minimal["src/index.ts"]).not.toContain("kpi.targets");
    expect(minimal["src/index.test.ts"]).not.toMatch(/evaluateKpis|antiTraffickingResolutionTemplate/);
  });
  it("does not import package.json from code (NodeNext cannot)", () => expect(files["src/index.ts"]).not.toContain("package.json"));
});

describe("the ranges the starter writes", () => {
  it("match the library's version and the workspace's pinned tools", () => {
    const domain = JSON.parse(readFileSync(new URL("packages/domain/package.json", root), "utf8")) as { version: string };
    expect(VERSIONS["@ctip-vn/domain"]).toBe(`^${domain.version}`);
    const names = ["effect", "zod", "fast-check", "typescript", "vitest"] as const;
    const repoRoot = fileURLToPath(root);
    expect(Object.fromEntries(names.map((n) => [n, VERSIONS[n]]))).toEqual(Object.fromEntries(names.map((n) => [n, `^${catalogVersion(repoRoot, n)}`])));
  });
});
