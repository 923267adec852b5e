import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryEligibilityRequest } from "../testing/eligibility.js";
import { applyChanges, assessEligibility } from "./assess.js";
import type { SupportProfile } from "./profile.js";
import type { EligibilityRequestInput, EligibilityResult } from "./schema.js";

const assess = (request: EligibilityRequestInput, options: Parameters<typeof assessEligibility>[1] = {}): EligibilityResult => {
  const r = assessEligibility(request, { evaluatedAt: "2026-11-25T00:00:00.000Z", ...options });
  if (!Result.isSuccess(r)) throw new Error(r.failure.message);
  return r.success;
};
const regime = (res: EligibilityResult, id: string) => res.regimes.find((o) => o.regime === id);
const statuses = (res: EligibilityResult) => res.regimes.map((o) => o.status);
const codes = (res: EligibilityResult, id: string) => regime(res, id)?.reasons.map((r) => r.code) ?? [];

describe("Law 53/2024 Art. 37(1) and Art. 30(1)(b): identified victims abroad", () => {
  const abroad: EligibilityRequestInput = {
    asOf: "2025-09-01",
    person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "abroad", ageYears: 16 },
  };
  it("Art. 37(1): an identified Vietnamese victim abroad is entitled to all ten regimes, like one in Vietnam", () => {
    const res = assess(abroad);
    expect(res.category?.id).toBe("victim_vietnamese");
    expect(statuses(res)).toEqual(Array(10).fill("ELIGIBLE"));
    expect(statuses(res)).toEqual(statuses(assess({ ...abroad, person: { ...abroad.person, location: "in_vietnam" } })));
  });
  it("Art. 30(1)(b): essential needs, medical support and interpretation through the Vietnamese mission abroad; the rest after return", () => {
    const res = assess(abroad);
    for (const id of ["essential_needs", "medical", "interpretation"]) {
      expect(regime(res, id)?.authority).toBe("Cơ quan đại diện Việt Nam ở nước ngoài");
      expect(codes(res, id)).toContain("eligibility.delivered-abroad");
      expect(regime(res, id)?.basis.some((b) => b.instrument === "53/2024/QH15" && b.article === 30 && b.clause === 1 && b.point === "b")).toBe(true);
    }
    expect(codes(res, "travel")).toContain("eligibility.delivered-after-return");
    expect(regime(res, "travel")?.authority).toContain("sau khi trở về Việt Nam");
  });
  it("Art. 37(3) para 1: a Vietnamese person being verified abroad already gets a–d, delivered abroad", () => {
    const res = assess({ asOf: "2025-09-01", person: { status: "under_verification", nationality: "vietnamese", location: "abroad" } });
    expect(statuses(res).slice(0, 4)).toEqual(Array(4).fill("ELIGIBLE"));
    expect(regime(res, "legal_support")?.authority).toBe("Cơ quan đại diện Việt Nam ở nước ngoài");
  });
  it("Law 66/2011 Art. 32(1) and Law 53/2024 Art. 37(1) treat a victim abroad the same way: entitled under both", () => {
    const old = assess({ asOf: "2024-05-01", person: { status: "identified_victim", identifiedOn: "2024-04-01", nationality: "vietnamese", location: "abroad", financialDifficulty: true } });
    expect(statuses(old)).toEqual(Array(6).fill("ELIGIBLE"));
    expect(regime(old, "essential_needs_and_travel")?.authority).toBe("Cơ quan đại diện Việt Nam ở nước ngoài");
  });
});

describe("Law 53/2024 Art. 37(2): a child accompanying a victim abroad", () => {
  it("Art. 37(2): an under-18 accompanying a victim who is abroad gets regimes a–h", () => {
    const res = assess({
      asOf: "2025-09-01",
      person: { status: "accompanying_minor", ageYears: 10, accompanies: { status: "identified_victim", nationality: "vietnamese", identifiedOn: "2025-08-01", location: "abroad" } },
    });
    expect(res.category?.id).toBe("minor_accompanying_victim");
    expect(statuses(res)).toEqual([...Array(8).fill("ELIGIBLE"), "INELIGIBLE", "INELIGIBLE"]);
    expect(regime(res, "essential_needs")?.authority).toBe("Cơ quan đại diện Việt Nam ở nước ngoài");
  });
});

describe("Law 47/2014/QH13 Art. 3(1): stateless persons without permanent residence are foreigners", () => {
  const stateless = (asOf: string, identifiedOn: string, traffickedIn: "vietnam" | "abroad"): EligibilityRequestInput => ({
    asOf,
    person: { status: "identified_victim", identifiedOn, nationality: "stateless", permanentResidentInVietnam: false, traffickedIn, financialDifficulty: true },
  });
  it("Law 53/2024 Art. 37(4): a stateless non-resident trafficked in Vietnam is case by case for a, b, c, d, đ, g", () => {
    const res = assess(stateless("2025-09-01", "2025-08-01", "vietnam"));
    expect(res.category?.id).toBe("foreigner_trafficked_in_vietnam");
    expect(res.regimes.filter((o) => o.status === "DISCRETIONARY").map((o) => o.point)).toEqual(["a", "b", "c", "d", "đ", "g"]);
    expect(codes(res, "medical")).toContain("eligibility.stateless-as-foreigner");
    expect(regime(res, "medical")?.basis.some((b) => b.instrument === "47/2014/QH13" && b.article === 3 && b.clause === 1)).toBe(true);
  });
  it("Law 53/2024 Art. 37(4): trafficked abroad, the stateless non-resident is not covered (traffickedIn is read)", () => {
    const res = assess(stateless("2025-09-01", "2025-08-01", "abroad"));
    expect(statuses(res)).toEqual(Array(10).fill("INELIGIBLE"));
    expect(codes(res, "medical")).toContain("eligibility.not-covered.foreigner-trafficked-abroad");
  });
  it("Law 66/2011 Art. 32(2): a stateless non-resident trafficked in Vietnam gets regimes a–d", () => {
    const res = assess(stateless("2024-05-01", "2024-04-01", "vietnam"));
    expect(res.category?.id).toBe("foreigner_trafficked_in_vietnam");
    expect(statuses(res)).toEqual(["ELIGIBLE", "ELIGIBLE", "ELIGIBLE", "ELIGIBLE", "INELIGIBLE", "INELIGIBLE"]);
  });
});

describe("Law on Legal Aid 2017 Art. 7: legal aid on both sides of 01/07/2025", () => {
  const victim = (asOf: string, identifiedOn: string, financialDifficulty?: boolean): EligibilityRequestInput => ({
    asOf,
    person: { status: "identified_victim", identifiedOn, nationality: "vietnamese", location: "in_vietnam", ...(financialDifficulty === undefined ? {} : { financialDifficulty }) },
  });
  it("Art. 7(7)(g), until 30/06/2025: legal aid only with financial difficulty — unknown is a missing fact, no is INELIGIBLE", () => {
    const unknown = assess(victim("2025-06-30", "2024-04-01"));
    expect(regime(unknown, "legal_aid")?.status).toBe("INSUFFICIENT_DATA");
    expect(unknown.missingFacts).toEqual(["person.financialDifficulty"]);
    expect(regime(unknown, "legal_aid")?.content.items[0]).toMatchObject({ applies: "unknown", missingFacts: ["person.financialDifficulty"] });
    const no = assess(victim("2025-06-30", "2024-04-01", false));
    expect(regime(no, "legal_aid")?.status).toBe("INELIGIBLE");
    expect(codes(no, "legal_aid")).toContain("eligibility.no-item-applies");
    const yes = assess(victim("2025-06-30", "2024-04-01", true));
    expect(regime(yes, "legal_aid")?.status).toBe("ELIGIBLE");
    expect(regime(yes, "legal_aid")?.basis.some((b) => b.instrument === "11/2017/QH14" && b.article === 7 && b.clause === 7 && b.point === "g")).toBe(true);
  });
  it("Art. 7 clause 6a, from 01/07/2025: no financial condition, under Law 53/2024 and for Law 66/2011 transitional cases", () => {
    const transitional = assess(victim("2025-07-01", "2024-04-01"));
    expect(transitional.law).toBe("66/2011/QH12");
    expect(regime(transitional, "legal_aid")?.status).toBe("ELIGIBLE");
    const law53 = assess(victim("2025-09-01", "2025-08-01"));
    expect(regime(law53, "legal_aid")?.status).toBe("ELIGIBLE");
    expect(regime(law53, "legal_aid")?.basis.some((b) => b.instrument === "11/2017/QH14" && b.note?.includes("6a") === true)).toBe(true);
  });
  it("the deciding body is the State Legal Aid Centre, not the labour office, on both sides", () => {
    expect(regime(assess(victim("2025-06-30", "2024-04-01", true)), "legal_aid")?.authority).toBe("Trung tâm trợ giúp pháp lý nhà nước");
    expect(regime(assess(victim("2025-09-01", "2025-08-01")), "legal_aid")?.authority).toBe("Trung tâm trợ giúp pháp lý nhà nước");
  });
});

describe("content-item conditions are evaluated, not printed", () => {
  const adult = (ageYears?: number): EligibilityRequestInput => ({
    asOf: "2025-09-01",
    person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "in_vietnam", ...(ageYears === undefined ? {} : { ageYears }) },
  });
  it("Decree 162/2025 Art. 24: a 40-year-old victim gets no general-education item — the regime is INELIGIBLE with the reason", () => {
    const res = assess(adult(40));
    const o = regime(res, "general_education");
    expect(o?.status).toBe("INELIGIBLE");
    expect(o?.content.items.map((i) => i.applies)).toEqual(["no", "no"]);
    expect(o?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["eligibility.entitled", "eligibility.item-not-applicable", "eligibility.no-item-applies"]));
    expect(o?.authority).toBeNull();
    expect(res.regimes.filter((x) => x.status !== "ELIGIBLE").map((x) => x.regime)).toEqual(["general_education"]);
  });
  it("Decree 162/2025 Art. 24: age unknown, general education is a missing fact with its question", () => {
    const res = assess(adult());
    expect(regime(res, "general_education")?.status).toBe("INSUFFICIENT_DATA");
    expect(res.missingFacts).toEqual(["person.ageYears"]);
    expect(regime(assess(adult(14)), "general_education")?.status).toBe("ELIGIBLE");
  });
  it("Decree 09/2013 Art. 23: Law 66 hardship allowance without the household fact — a missing fact of the item, the loan still applies", () => {
    const base = { status: "identified_victim", identifiedOn: "2024-04-01", nationality: "vietnamese", location: "in_vietnam", financialDifficulty: true } as const;
    const res = assess({ asOf: "2024-05-01", person: base });
    const o = regime(res, "hardship_allowance_and_loan");
    expect(o?.status).toBe("ELIGIBLE");
    expect(o?.content.items.map((i) => [i.item, i.applies, i.missingFacts])).toEqual([
      ["initial_hardship_allowance", "unknown", ["person.poorHousehold"]],
      ["loan_support", "yes", []],
    ]);
    expect(o?.reasons.find((r) => r.code === "eligibility.item-condition-unknown")?.params["missing"]).toEqual(["person.poorHousehold"]);
    const poor = regime(assess({ asOf: "2024-05-01", person: { ...base, poorHousehold: true } }), "hardship_allowance_and_loan");
    expect(poor?.content.items.map((i) => i.applies)).toEqual(["yes", "yes"]);
    const notPoor = regime(assess({ asOf: "2024-05-01", person: { ...base, poorHousehold: false } }), "hardship_allowance_and_loan");
    expect(notPoor?.content.items.map((i) => i.applies)).toEqual(["no", "yes"]);
    expect(notPoor?.reasons.find((r) => r.code === "eligibility.items-apply")?.params["items"]).toEqual([{ vi: "Hỗ trợ vay vốn", en: "Loan support" }]);
  });
});

describe("authorities after the 01/07/2025 reorganisation", () => {
  const p = { status: "identified_victim", identifiedOn: "2025-05-01", nationality: "vietnamese", location: "in_vietnam", financialDifficulty: true } as const;
  it("a Law 66/2011 case decided before 01/07/2025 names the district labour office; decided after, today's body", () => {
    expect(regime(assess({ asOf: "2025-06-01", person: p }), "medical")?.authority).toContain("cấp huyện");
    const after = regime(assess({ asOf: "2025-09-01", person: p }), "medical");
    expect(after?.authority).toContain("Cơ quan chuyên môn về y tế cấp tỉnh");
    expect(after?.authority).not.toContain("cấp huyện");
    expect(after?.basis.some((b) => b.instrument === "53/2024/QH15" && b.article === 27 && b.note?.includes("86/2025") === true)).toBe(true);
  });
  it("Law 53/2024 Art. 27 as amended by Law 86/2025: no default names a district body", () => {
    const res = assess({ asOf: "2025-09-01", person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "in_vietnam", ageYears: 16 } });
    expect(res.regimes.map((o) => o.authority ?? "").filter((a) => a.includes("cấp huyện"))).toEqual([]);
  });
  it("the province profile overrides the default for the period it covers", () => {
    const province: SupportProfile = {
      id: "test-province",
      version: "1",
      name: { vi: "Tỉnh thử", en: "Test province" },
      instruments: [{ id: "test-province:1/2025/QĐ-UBND" }],
      overrides: {
        "support.authorities": [
          {
            from: "2025-07-01" as never,
            value: { medical: "Sở Y tế tỉnh thử" },
            basis: [{ instrument: "test-province:1/2025/QĐ-UBND", effective: { from: "2025-07-01" as never }, confidence: "unverified" }],
          },
        ],
      },
    };
    const request = { asOf: "2025-09-01", province: "test-province", person: p } as const;
    expect(regime(assess(request, { provinces: [province] }), "medical")?.authority).toBe("Sở Y tế tỉnh thử");
    expect(regime(assess({ ...request, asOf: "2025-06-01" }, { provinces: [province] }), "medical")?.authority).toContain("cấp huyện");
  });
});

describe("whatWouldChange suggests only changes that can happen", () => {
  it("never back-dates an identification, never un-identifies a victim, never moves where someone was trafficked, never changes a known age, never crosses laws by regime id", () => {
    fc.assert(
      fc.property(arbitraryEligibilityRequest(), (request) => {
        const r = assessEligibility(request);
        const results = Result.isSuccess(r) ? [r.success] : [];
        const violations = results.flatMap((res) =>
          res.whatWouldChange.flatMap((w) =>
            w.options.flatMap((option) => {
              const after = assessEligibility(applyChanges(request, option), { whatWouldChange: false });
              return [
                ...option.filter((c) => c.fact === "person.identifiedOn" && (c.from !== null || c.to !== request.asOf)).map(() => "back-dated identification"),
                ...option.filter((c) => (c.fact === "person.status" || c.fact === "person.accompanies.status") && c.from === "identified_victim").map(() => "un-identified victim"),
                ...option.filter((c) => c.fact.endsWith("traffickedIn") && c.from !== null).map(() => "changed where the person was trafficked"),
                ...option.filter((c) => c.fact === "person.ageYears" && c.from !== null).map(() => "changed a known age"),
                ...(Result.isSuccess(after) && after.success.law === res.law ? [] : [`${w.regime}: other law`]),
              ];
            }),
          ),
        );
        expect(violations).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
  it("a victim identified on 01/08/2025 is never told to have been identified before 01/07/2025", () => {
    const res = assess({ asOf: "2025-09-01", person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "foreign", traffickedIn: "vietnam" } });
    expect(res.whatWouldChange.flatMap((w) => w.options.flat()).filter((c) => c.fact === "person.identifiedOn")).toEqual([]);
  });
});
