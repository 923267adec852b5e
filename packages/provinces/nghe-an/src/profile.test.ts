import { assessEligibility, type EligibilityRequestInput, type EligibilityResult } from "@ctip-vn/domain/eligibility";
import { arbitraryEligibilityRequest, eligibilityViolations } from "@ctip-vn/domain/testing";
import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftResolutionMeasures, ngheAn } from "./profile.js";

const assess = (request: EligibilityRequestInput): EligibilityResult => {
  const r = assessEligibility(request, { provinces: [ngheAn], evaluatedAt: "2026-11-25T00:00:00.000Z" });
  if (!Result.isSuccess(r)) throw new Error(r.failure.message);
  return r.success;
};
const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];

describe("Nghệ An profile", () => {
  it("is a key locality with its registered and its own instruments", () => {
    expect(ngheAn.keyLocality).toBe(true);
    expect(ngheAn.instruments.map((i) => i.id)).toContain("nghe-an:04/2020/NQ-HĐND");
    expect(ngheAn.instruments.find((i) => i.id === "nghe-an:179/KH-UBND")?.issued).toBe("2022-03-16");
  });
  it("shows Resolution 04/2020 local rates in the manifest as explicit unknowns, never a figure", () => {
    const rates = ngheAn.manifest.filter((m) => m.point === "support.localRates");
    expect(rates.map((m) => m.key)).toEqual(["66/2011/QH12:meals_at_facility", "66/2011/QH12:travel_day_meals", "66/2011/QH12:initial_hardship_allowance"]);
    expect(rates.every((m) => (m.to as { kind: string }).kind === "unknown")).toBe(true);
    expect(rates.find((m) => m.key.endsWith("travel_day_meals"))?.from).toMatchObject({ kind: "floor", vnd: 70_000 });
    expect(rates.every((m) => m.basis[0]?.instrument === "nghe-an:04/2020/NQ-HĐND" && m.period?.from === "2020-08-01")).toBe(true);
  });
  it("carries the Plan 179/KH-UBND targets (over 90% = gt 9/10) from 16/03/2022 and the 2022 peak campaign", () => {
    const versions = ngheAn.overrides["kpi.targets"] ?? [];
    expect(versions.map((v) => [v.from, v.to])).toEqual([["2022-03-16", "2022-12-31"]]);
    const targets = Object.entries(versions[0]?.value ?? {}).map(([id, t]) => `${id} ${t.op} ${t.value.numerator}/${t.value.denominator}`);
    expect(targets).toEqual(["reports_classified gte 1/1", "reports_resolved gt 9/10", "cases_solved gt 9/10", "cases_indicted gte 19/20", "cases_tried gte 9/10"]);
    expect(ngheAn.overrides["plan.campaigns"]?.[0]?.period).toEqual({ from: "2022-07-01", to: "2022-09-30" });
  });
  it("lists the six measures of the draft resolution without inventing an article mapping", () => {
    expect(draftResolutionMeasures).toHaveLength(6);
    expect(draftResolutionMeasures.every((m) => m.basis.article === undefined && m.basis.instrument === "nghe-an:24/2019/NQ-HĐND")).toBe(true);
  });
  it("keeps every Vietnamese text NFC", () => {
    const all = strings([ngheAn, draftResolutionMeasures]);
    expect(all.filter((s) => s !== s.normalize("NFC"))).toEqual([]);
    expect(all).toContain("Tỉnh Nghệ An");
  });
});

describe("Nghệ An in an assessment", () => {
  const oldVictim = { status: "identified_victim", identifiedOn: "2024-03-01", nationality: "vietnamese", location: "in_vietnam" } as const;
  it("cites Resolution 04/2020 in the old-regime outcome it affects, with the amount unknown", () => {
    const res = assess({ asOf: "2024-05-01", province: "nghe-an", person: oldVictim });
    const o = res.regimes.find((r) => r.regime === "essential_needs_and_travel");
    expect(o?.basis.map((b) => b.instrument)).toContain("nghe-an:04/2020/NQ-HĐND");
    expect(o?.content.items.find((i) => i.item === "travel_day_meals")).toMatchObject({ source: "provincial", amount: { kind: "unknown" }, nationalAmount: { kind: "floor", vnd: 70_000 } });
    expect(o?.amountVnd).toBeNull();
    expect(res.regimes.find((r) => r.regime === "legal_aid")?.basis.map((b) => b.instrument)).not.toContain("nghe-an:04/2020/NQ-HĐND");
    expect(res.receipt.province).toEqual({ id: "nghe-an", version: ngheAn.version });
  });
  it("does not apply before Resolution 04/2020 is in force (31/07/2020 vs 01/08/2020)", () => {
    const on = (asOf: string) =>
      assess({ asOf, province: "nghe-an", person: { ...oldVictim, identifiedOn: "2020-07-01" } }).regimes
        .find((r) => r.regime === "essential_needs_and_travel")
        ?.content.items.find((i) => i.item === "travel_day_meals")?.source;
    expect(on("2020-07-31")).toBe("national");
    expect(on("2020-08-01")).toBe("provincial");
  });
  it("reaches a victim identified before 01/07/2025 and decided later, not a new-law victim", () => {
    const transitional = assess({ asOf: "2026-11-25", province: "nghe-an", person: { ...oldVictim, identifiedOn: "2025-06-30" } });
    const newLaw = assess({ asOf: "2026-11-25", province: "nghe-an", person: { ...oldVictim, identifiedOn: "2025-07-01" } });
    expect(transitional.regimes.some((r) => r.basis.some((b) => b.instrument === "nghe-an:04/2020/NQ-HĐND"))).toBe(true);
    expect(newLaw.regimes.some((r) => r.basis.some((b) => b.instrument === "nghe-an:04/2020/NQ-HĐND"))).toBe(false);
  });
  it("satisfies the domain's eligibility properties with the Nghệ An profile", () => {
    fc.assert(
      fc.property(arbitraryEligibilityRequest({ province: "nghe-an" }), (request) => {
        expect(eligibilityViolations(request, { provinces: [ngheAn] })).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
