import { assessEligibility, type EligibilityRequestInput, type EligibilityResult } from "@ctip-vn/domain/eligibility";
import { arbitraryEligibilityRequest, eligibilityViolations } from "@ctip-vn/domain/testing";
import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { haiPhong, theme2024 } from "./profile.js";

const assess = (request: EligibilityRequestInput): EligibilityResult => {
  const r = assessEligibility(request, { provinces: [haiPhong], evaluatedAt: "2026-11-25T00:00:00.000Z" });
  if (!Result.isSuccess(r)) throw new Error(r.failure.message);
  return r.success;
};
const strings = (v: unknown): string[] =>
  typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];
const child = (ageYears: number) => ({ status: "identified_victim", identifiedOn: "2024-06-01", nationality: "vietnamese", ageYears }) as const;

describe("Hải Phòng profile (Plan 77/KH-BCĐ799)", () => {
  it("declares an under-16 focus, the 30 July 2024 campaign and departmental tasks in its manifest", () => {
    expect(haiPhong.manifest.map((m) => `${m.point}:${m.key}`)).toEqual([
      "support.priorityGroups:children-under-16",
      "plan.campaigns:world-day-2024",
      "plan.campaigns:border-guard-peak-2024",
      "plan.tasks:City Police",
      "plan.tasks:City Border Guard Command",
      "plan.tasks:Department of Labour, War Invalids and Social Affairs",
      "plan.tasks:Department of Foreign Affairs",
      "plan.tasks:Department of Education and Training",
      "plan.tasks:District People's Committees",
    ]);
    expect(haiPhong.manifest.every((m) => m.basis.every((b) => b.instrument === "hai-phong:77/KH-BCĐ799"))).toBe(true);
  });
  it("sets no amounts and no KPI targets, because the plan has none", () => {
    expect(haiPhong.overrides["support.localRates"]).toBeUndefined();
    expect(haiPhong.overrides["kpi.targets"]).toBeUndefined();
  });
  it("keeps unknown campaign dates unknown, with the reason", () => {
    const c = haiPhong.overrides["plan.campaigns"]?.[0];
    expect(c?.period).toBeNull();
    expect(c?.keyDays).toEqual(["2024-07-30"]);
    expect(c?.unknownReason?.en).toContain("no start or end date");
  });
  it("keeps every Vietnamese text NFC", () => {
    const all = strings([haiPhong, theme2024]);
    expect(all.filter((s) => s !== s.normalize("NFC"))).toEqual([]);
    expect(all).toContain("Thành phố Hải Phòng");
  });
});

describe("Hải Phòng in an assessment", () => {
  it.each([
    [15, 1],
    [16, 0],
  ])("a %i-year-old victim in 2024: %i priority flag(s), each citing Plan 77", (age, flags) => {
    const res = assess({ asOf: "2024-08-01", province: "hai-phong", person: child(age) });
    expect(res.priority).toHaveLength(flags);
    expect(res.regimes.filter((o) => o.basis.some((b) => b.instrument === "hai-phong:77/KH-BCĐ799")).length > 0).toBe(flags > 0);
  });
  it("the priority follows the plan's year: none on 01/01/2025", () => {
    expect(assess({ asOf: "2025-01-01", province: "hai-phong", person: child(15) }).priority).toEqual([]);
  });
  it("never changes a status: same statuses with and without the profile", () => {
    const withProfile = assess({ asOf: "2024-08-01", province: "hai-phong", person: child(12) });
    const national = assess({ asOf: "2024-08-01", person: child(12) });
    expect(withProfile.regimes.map((o) => o.status)).toEqual(national.regimes.map((o) => o.status));
    expect(withProfile.receipt.province).toEqual({ id: "hai-phong", version: haiPhong.version });
  });
  it("satisfies the domain's eligibility properties with the Hải Phòng profile", () => {
    fc.assert(
      fc.property(arbitraryEligibilityRequest({ province: "hai-phong" }), (request) => {
        expect(eligibilityViolations(request, { provinces: [haiPhong] })).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
