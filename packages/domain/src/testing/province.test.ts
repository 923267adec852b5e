import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate, type IsoDate } from "../prelude/date.js";
import { percent } from "../prelude/fraction.js";
import type { Citation } from "../prelude/citation.js";
import { defineProvince, type ProvinceOverrides, type ProvinceProfile } from "../province/index.js";
import { arbitraryDayWithin, arbitraryKpiPeriodWithin, provinceCoverage, provinceProperties, provinceViolations } from "./province.js";

// Example data, not law: an invented plan and resolution of a province, marked unverified.
const d = isoDate;
const RESOLUTION: Citation = { instrument: "quang-tri:9/2020/NQ-HĐND", effective: { from: d("2020-03-01") }, confidence: "unverified" };
const PLAN: Citation = { instrument: "quang-tri:12/KH-UBND", effective: { from: d("2025-01-01"), to: d("2025-12-31") }, confidence: "unverified" };
const perDay = { vi: "người/ngày", en: "per person per day" };
const target = (op: "gt" | "gte", value: string) => ({ op, value: percent(value), wording: { vi: `${value}%`, en: `${value}%` }, basis: [PLAN], confidence: "unverified" as const });

const profileWith = (overrides: ProvinceOverrides): ProvinceProfile => {
  const r = defineProvince({
    id: "quang-tri",
    version: "0.0.0",
    name: { vi: "Tỉnh Quảng Trị", en: "Quảng Trị province" },
    instruments: [
      { id: RESOLUTION.instrument, number: "9/2020/NQ-HĐND", kind: "council_resolution", title: { vi: "Nghị quyết (ví dụ)", en: "Resolution (example)" }, citeAs: { vi: "Nghị quyết số 9/2020/NQ-HĐND (ví dụ)", en: "Resolution No. 9/2020/NQ-HĐND (example)" }, issuer: { vi: "HĐND tỉnh Quảng Trị", en: "Quảng Trị People's Council" }, effective: d("2020-03-01"), confidence: "unverified" },
      { id: PLAN.instrument, number: "12/KH-UBND", kind: "provincial_plan", title: { vi: "Kế hoạch (ví dụ)", en: "Plan (example)" }, citeAs: { vi: "Kế hoạch số 12/KH-UBND (ví dụ)", en: "Plan No. 12/KH-UBND (example)" }, issuer: { vi: "UBND tỉnh Quảng Trị", en: "Quảng Trị People's Committee" }, effective: d("2025-01-01"), confidence: "unverified" },
    ],
    overrides,
  });
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};

const good = profileWith({
  "support.localRates": [{ law: "66/2011/QH12", item: "travel_day_meals", versions: [{ from: d("2020-03-01"), value: { kind: "fixed", vnd: 80_000, unit: perDay }, basis: [RESOLUTION] }] }],
  // A plan covering 2025 only: the generators must stay inside it.
  "kpi.targets": [{ from: d("2025-01-01"), to: d("2025-12-31"), basis: [PLAN], value: { reports_resolved: target("gte", "95"), cases_tried: target("gte", "92") } }],
});

describe("provinceProperties", () => {
  it("holds for a profile with local rates above the floors and stricter targets covering 2025 only", () => {
    const props = provinceProperties(good);
    expect(props.coverage.kpi).toEqual([{ from: "2025-01-01", to: "2025-12-31" }]);
    expect(props.properties.map((p) => p.name)).toHaveLength(4);
    for (const p of props.properties) expect(() => p.check({ numRuns: 40 })).not.toThrow();
  });

  it("names a target weaker than Decision 193/QĐ-TTg's", () => {
    const lax = profileWith({ "kpi.targets": [{ from: d("2025-01-01"), to: d("2025-12-31"), basis: [PLAN], value: { reports_resolved: target("gte", "80") } }] });
    expect(provinceViolations(lax)).toEqual([expect.stringMatching(/^kpi\.targets reports_resolved \(2025-01-01…2025-12-31\): gte 4\/5 is weaker than the national gt 9\/10/)]);
    expect(() => provinceProperties(lax).properties[0]?.check()).toThrow(/weaker/);
  });

  it("names a local amount that a later national floor overtakes (defineProvince checks the first day only)", () => {
    const early: Citation = { ...RESOLUTION, effective: { from: d("2019-01-01") } };
    const r = defineProvince({
      id: "quang-tri",
      version: "0.0.0",
      name: { vi: "Tỉnh Quảng Trị", en: "Quảng Trị province" },
      instruments: [{ id: RESOLUTION.instrument, number: "9/2020/NQ-HĐND", kind: "council_resolution", title: { vi: "Nghị quyết (ví dụ)", en: "Resolution (example)" }, citeAs: { vi: "Nghị quyết (ví dụ)", en: "Resolution (example)" }, issuer: { vi: "HĐND", en: "Council" }, effective: d("2019-01-01"), confidence: "unverified" }],
      overrides: { "support.localRates": [{ law: "66/2011/QH12", item: "travel_day_meals", versions: [{ from: d("2019-01-01"), value: { kind: "fixed", vnd: 50_000, unit: perDay }, basis: [early] }] }] },
    });
    expect(provinceViolations(Result.getOrThrow(r))).toEqual([expect.stringContaining("50000 đồng is below the national 70000 đồng in force from 2020-01-13")]);
  });

  it("names an override that outlives its basis", () => {
    const p = profileWith({ "kpi.targets": [{ from: d("2025-01-01"), basis: [PLAN], value: { reports_resolved: target("gte", "95") } }] });
    expect(provinceViolations(p)).toContain("kpi.targets reports_resolved (2025-01-01…): runs past the end of its basis quang-tri:12/KH-UBND (2025-12-31)");
  });

  it("draws days and reporting periods only inside the profile's versions", () => {
    const cov = provinceCoverage(good, { until: d("2026-06-30") });
    expect(cov.support).toEqual([{ from: "2020-03-01", to: "2026-06-30" }]);
    fc.assert(fc.property(arbitraryDayWithin(cov.support), (day: IsoDate) => day >= "2020-03-01" && day <= "2026-06-30"));
    fc.assert(
      fc.property(arbitraryKpiPeriodWithin([{ from: d("2024-11-15"), to: d("2025-02-10") }]), (p) => p.from >= "2024-11-15" && p.to <= "2025-02-10" && p.from.slice(0, 4) === p.to.slice(0, 4) && p.from <= p.to),
    );
  });
});
