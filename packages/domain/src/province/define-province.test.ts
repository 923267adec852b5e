import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { assessEligibility } from "../eligibility/assess.js";
import type { Citation } from "../prelude/citation.js";
import { formatCitation } from "../law/format.js";
import { isoDate } from "../prelude/date.js";
import { arbitraryEligibilityRequest, eligibilityViolations } from "../testing/eligibility.js";
import { defineProvince, parseProvinceConfig, type OverridablePoints, type ProvinceProfile, type ProvinceSpec } from "./define-province.js";

// A fictional test province: its instrument and figures exist only in this test.
const RESOLUTION: Citation = { instrument: "test-province:1/2020/NQ-HĐND", article: 2, effective: { from: isoDate("2020-08-01") }, confidence: "unverified" };
const spec = (travelDayMeals: number): ProvinceSpec => ({
  id: "test-province",
  version: "1.0.0",
  name: { vi: "Tỉnh thử nghiệm", en: "Test province" },
  instruments: [
    {
      id: "test-province:1/2020/NQ-HĐND",
      number: "1/2020/NQ-HĐND",
      kind: "council_resolution",
      title: { vi: "Nghị quyết thử nghiệm", en: "Test resolution" },
      citeAs: { vi: "Nghị quyết số 1/2020/NQ-HĐND (thử nghiệm)", en: "Test Resolution No. 1/2020/NQ-HĐND" },
      issuer: { vi: "Hội đồng nhân dân tỉnh thử nghiệm", en: "Test Provincial People's Council" },
      effective: isoDate("2020-08-01"),
      confidence: "unverified",
    },
  ],
  overrides: {
    "support.localRates": [
      { law: "66/2011/QH12", item: "travel_day_meals", versions: [{ from: isoDate("2020-08-01"), value: { kind: "fixed", vnd: travelDayMeals, unit: { vi: "người/ngày", en: "per person per day" } }, basis: [RESOLUTION] }] },
    ],
    "support.priorityGroups": [
      { id: "under-16", label: { vi: "Trẻ em dưới 16 tuổi", en: "Children under 16" }, criterion: { kind: "age_under", years: 16 }, period: { from: isoDate("2020-08-01") }, basis: [RESOLUTION] },
    ],
  },
});

const profile = (): ProvinceProfile => {
  const r = defineProvince(spec(100_000));
  if (!Result.isSuccess(r)) throw new Error(r.failure.message);
  return r.success;
};

describe("defineProvince", () => {
  it("accepts declared points and writes the override manifest: from the national rule to the local one", () => {
    expect(profile().manifest[0]).toMatchObject({
      point: "support.localRates",
      key: "66/2011/QH12:travel_day_meals",
      from: { kind: "floor", vnd: 70_000 },
      to: { kind: "fixed", vnd: 100_000 },
      period: { from: "2020-08-01" },
      basis: [RESOLUTION],
    });
  });
  it("rejects a local rate under the national floor (Circular 84/2019: 70,000 đồng)", () => {
    const r = defineProvince(spec(60_000));
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.message).join()).toContain("below the national floor of 70000");
  });
  it("rejects an override dated before its local basis is in force", () => {
    const bad = spec(100_000);
    const r = defineProvince({
      ...bad,
      overrides: { "support.localRates": [{ law: "66/2011/QH12", item: "travel_day_meals", versions: [{ from: isoDate("2020-07-01"), value: { kind: "unknown", reason: { vi: "chưa rõ", en: "unknown" } }, basis: [RESOLUTION] }] }] },
    });
    expect(Result.isFailure(r) && r.failure.issues[0]?.message).toContain("before its basis");
  });
  it("rejects uncited overrides and instruments of unknown or other provinces", () => {
    const r = defineProvince({
      ...spec(100_000),
      overrides: {
        "plan.tasks": [{ agency: { vi: "Sở", en: "Dept" }, tasks: [{ vi: "Việc", en: "Task" }], basis: [] }],
        "kpi.targets": [{ from: isoDate("2022-01-01"), value: {}, basis: [{ ...RESOLUTION, instrument: "nghe-an:04/2020/NQ-HĐND" }] }],
      },
    });
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.message)).toEqual(['"nghe-an:04/2020/NQ-HĐND" belongs to another province', "an override must cite its local legal basis"]);
  });
  it("rejects text that is not NFC, naming where it is", () => {
    const decomposed = "Tỉnh thử nghiệm".normalize("NFD");
    const r = defineProvince({ ...spec(100_000), name: { vi: decomposed, en: "Test province" } });
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.path)).toEqual(["name.vi"]);
    expect(Result.isFailure(r) && r.failure.issues[0]?.message).toContain("NFC");
  });
  it("rejects an instrument listed twice and a campaign id used twice", () => {
    const base = spec(100_000);
    const campaign = { id: "peak-2022", label: { vi: "Cao điểm", en: "Peak" }, period: { from: isoDate("2022-07-01"), to: isoDate("2022-09-30") }, keyDays: [], basis: [RESOLUTION] };
    const r = defineProvince({ ...base, instruments: [...(base.instruments ?? []), ...(base.instruments ?? [])], overrides: { ...base.overrides, "plan.campaigns": [campaign, campaign] } });
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.message)).toEqual(['"test-province:1/2020/NQ-HĐND" is listed twice', 'campaign id "peak-2022" is used twice']);
  });
  it("rejects a deciding authority for a Law 53/2024 regime over a period when Law 66/2011 decides, naming the regime to use", () => {
    const r = defineProvince({
      ...spec(100_000),
      overrides: { "support.authorities": [{ from: isoDate("2021-01-01"), to: isoDate("2024-12-31"), value: { essential_needs: "Sở Lao động – Thương binh và Xã hội" }, basis: [RESOLUTION] }] },
    });
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.message)).toEqual([
      '"essential_needs" is a regime of Law 53/2024/QH15; before 2025-07-01 decisions follow Law 66/2011/QH12, where the regime is "essential_needs_and_travel"',
    ]);
    const fine = defineProvince({
      ...spec(100_000),
      overrides: { "support.authorities": [{ from: isoDate("2021-01-01"), to: isoDate("2024-12-31"), value: { essential_needs_and_travel: "Sở Lao động – Thương binh và Xã hội" }, basis: [RESOLUTION] }] },
    });
    expect(Result.isSuccess(fine)).toBe(true);
  });
  it("makes overriding a national rule a type error", () => {
    expectTypeOf<keyof OverridablePoints>().toEqualTypeOf<
      "support.localRates" | "support.authorities" | "support.priorityGroups" | "kpi.targets" | "plan.campaigns" | "plan.tasks"
    >();
    const r = defineProvince({
      ...spec(100_000),
      overrides: {
        // @ts-expect-error — the eligibility matrix is national law, not a declared option point
        "support.matrix": [],
      },
    });
    expect(Result.isFailure(r) && r.failure.issues[0]?.message).toContain('"support.matrix" is not a declared option point');
  });
  it("makes a local rate for an item of the other law a type error", () => {
    const r = defineProvince({
      ...spec(100_000),
      overrides: {
        // @ts-expect-error — travel_day_meals is an item of Law 66/2011, not Law 53/2024
        "support.localRates": [{ law: "53/2024/QH15", item: "travel_day_meals", versions: [] }],
      },
    });
    expect(Result.isFailure(r) && r.failure.issues[0]?.path).toBe('overrides["support.localRates"][0].item');
  });
  it("rejects an undeclared point in untyped JSON config with a clear message", () => {
    const r = parseProvinceConfig({ id: "test-province", version: "1.0.0", name: { vi: "T", en: "T" }, overrides: { "eligibility.matrix": { travel: "ELIGIBLE" } } });
    expect(Result.isFailure(r) && r.failure.issues).toEqual([
      {
        path: "overrides.eligibility.matrix",
        message:
          '"eligibility.matrix" is not a declared option point; national rules cannot be overridden. Declared points: support.localRates, support.authorities, support.priorityGroups, kpi.targets, plan.campaigns, plan.tasks',
      },
    ]);
  });
  it("accepts the same profile as JSON", () => {
    const r = parseProvinceConfig(JSON.parse(JSON.stringify(spec(100_000))));
    expect(Result.isSuccess(r) && r.success.manifest).toEqual(profile().manifest);
  });
});

describe("a province in an assessment", () => {
  const request = { asOf: "2021-03-01", province: "test-province", person: { status: "identified_victim", identifiedOn: "2021-01-10", nationality: "vietnamese", ageYears: 14 } } as const;
  it("uses the local rate and cites it in the outcome it affects, and only there", () => {
    const r = assessEligibility(request, { provinces: [profile()], evaluatedAt: "2026-11-25T00:00:00.000Z" });
    const res = Result.isSuccess(r) ? r.success : undefined;
    const travel = res?.regimes.find((o) => o.regime === "essential_needs_and_travel");
    expect(travel?.content.items.find((i) => i.item === "travel_day_meals")).toMatchObject({ source: "provincial", amount: { kind: "fixed", vnd: 100_000 }, nationalAmount: { kind: "floor", vnd: 70_000 } });
    expect(travel?.basis).toContainEqual(RESOLUTION);
    expect(travel?.reasons.map((x) => x.code)).toContain("province.local-rate");
    expect(res?.regimes.find((o) => o.regime === "legal_aid")?.reasons.map((x) => x.code)).not.toContain("province.local-rate");
    expect(res?.receipt.province).toEqual({ id: "test-province", version: "1.0.0" });
  });
  it("flags the province's priority group with its citation", () => {
    const r = assessEligibility(request, { provinces: [profile()] });
    expect(Result.isSuccess(r) && r.success.priority).toEqual([{ province: "test-province", group: "under-16", label: { vi: "Trẻ em dưới 16 tuổi", en: "Children under 16" }, basis: [RESOLUTION] }]);
  });
  it("keeps national results when no province is named", () => {
    const r = assessEligibility({ ...request, province: undefined }, { provinces: [profile()] });
    expect(Result.isSuccess(r) && r.success.province).toBeNull();
  });
  it("satisfies the eligibility invariants with the province loaded", () => {
    const p = profile();
    fc.assert(
      fc.property(arbitraryEligibilityRequest({ province: "test-province" }), (req) => {
        expect(eligibilityViolations(req, { provinces: [p] })).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("a province's cite()", () => {
  const p = Result.getOrThrow(defineProvince(spec(80_000)));
  const id = "test-province:1/2020/NQ-HĐND";
  it("builds a checked citation of one of its instruments, dated and as sure as the instrument", () => {
    const c = p.cite(id, { article: 2, clause: 1 });
    expect(c).toEqual({ instrument: id, article: 2, clause: 1, effective: { from: "2020-08-01" }, confidence: "unverified" });
    expect(formatCitation(c, "vi", p.instrumentNames)).toBe("khoản 1 Điều 2 Nghị quyết số 1/2020/NQ-HĐND (thử nghiệm)");
    expect(formatCitation(c, "en", p.instrumentNames)).toBe("Test Resolution No. 1/2020/NQ-HĐND, Art. 2(1)");
  });
  it("refuses an instrument the province does not list, and a point without its clause", () => {
    expect(() => p.cite("test-province:99/2099/NQ-HĐND")).toThrow(/not an instrument of province test-province/);
    expect(() => p.cite(id, { article: 2, point: "a" })).toThrow(/A point needs its clause/);
  });
});
