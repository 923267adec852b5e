import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryEligibilityRequest, eligibilityViolations, monotonicityViolations } from "../testing/eligibility.js";
import { applyChanges, assessEligibility, assessEligibilityJson } from "./assess.js";
import { formatCitation } from "../law/format.js";
import { categories, matrix, regimesByLaw } from "./rules.js";
import { eligibilityScenarios } from "./scenarios.js";
import { eligibilityJsonSchemas, EligibilityResult, type EligibilityRequestInput } from "./schema.js";
import { supportItems } from "./parameters.js";
import { instruments } from "../law/instruments.js";
import { addDays } from "../prelude/date.js";

const symbol = { ELIGIBLE: "✔", INELIGIBLE: "–", DISCRETIONARY: "case", INSUFFICIENT_DATA: "?" } as const;

const assess = (request: EligibilityRequestInput): EligibilityResult => {
  const r = assessEligibility(request, { evaluatedAt: "2026-11-25T00:00:00.000Z" });
  if (!Result.isSuccess(r)) throw new Error(r.failure.message);
  return r.success;
};
const regime = (res: EligibilityResult, id: string) => res.regimes.find((o) => o.regime === id);

const cells = eligibilityScenarios.flatMap((s) =>
  s.expect.statuses.map((status, i) => ({ name: s.name, request: s.request, law: s.expect.law, regime: regimesByLaw[s.expect.law][i]?.regime ?? "", status })),
);

describe("eligibility matrices, one scenario per cell", () => {
  it.each(cells)("$name → $regime: $status", ({ request, law, regime: id, status }) => {
    const res = assess(request);
    expect(res.law).toBe(law);
    expect(symbol[regime(res, id)?.status ?? "INSUFFICIENT_DATA"]).toBe(status);
  });
  it.each(eligibilityScenarios.filter((s) => s.expect.category !== undefined))("$name → category", (s) => {
    expect(assess(s.request).category?.id).toBe(s.expect.category);
  });
  it.each(eligibilityScenarios.filter((s) => s.expect.missingFacts !== undefined))("$name → missing facts in ask-first order", (s) => {
    expect(assess(s.request).missingFacts).toEqual(s.expect.missingFacts);
  });
  it("covers every (category × regime) row of both matrices", () => {
    const covered = new Set(eligibilityScenarios.map((s) => `${s.expect.law}|${s.expect.category ?? ""}`));
    const rows = matrix.map((r) => `${r.law}|${r.category}`);
    expect(rows.filter((r) => !covered.has(r))).toEqual([]);
    expect(matrix).toHaveLength(8 * 10 + 3 * 6);
  });
  it("cites the clause of the category and the point of the regime", () => {
    const res = assess(eligibilityScenarios[0]?.request ?? { asOf: "2025-09-01", person: {} });
    expect(regime(res, "legal_aid")?.basis.slice(0, 2).map((b) => formatCitation(b, "vi"))).toEqual([
      "khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024",
      "điểm đ khoản 1 Điều 37 Luật Phòng, chống mua bán người 2024",
    ]);
  });
  it("cites unnumbered paragraphs of Art. 37(3)", () => {
    const res = assess({ asOf: "2025-09-01", person: { status: "under_verification", nationality: "vietnamese", location: "abroad" } });
    expect(formatCitation(regime(res, "medical")?.basis[0] ?? { instrument: "", effective: { from: "2025-07-01" as never }, confidence: "verified" }, "vi")).toBe(
      "đoạn 1 khoản 3 Điều 37 Luật Phòng, chống mua bán người 2024",
    );
  });
  it("reports DISCRETIONARY with its basis (Art. 37(4))", () => {
    const res = assess({ asOf: "2025-09-01", person: { status: "under_verification", nationality: "foreign", traffickedIn: "vietnam" } });
    const o = regime(res, "medical");
    expect(o?.status).toBe("DISCRETIONARY");
    expect(o?.reasons[0]?.code).toBe("eligibility.case-by-case");
    expect(o?.basis.some((b) => b.article === 37 && b.clause === 4)).toBe(true);
  });
  it("says why a category is not covered, never silently", () => {
    const res = assess({ asOf: "2024-05-01", person: { status: "under_verification", nationality: "vietnamese" } });
    expect(res.regimes.map((o) => o.reasons[0]?.code)).toEqual(Array(6).fill("eligibility.not-covered.no-verification-category"));
    expect(res.regimes[0]?.reasons[0]?.text.en).toContain("not covered by Art. 32");
  });
});

describe("the 01/07/2025 transition", () => {
  const victim = (identifiedOn: string, asOf: string): EligibilityRequestInput => ({
    asOf,
    person: { status: "identified_victim", identifiedOn, nationality: "vietnamese", location: "in_vietnam" },
  });
  it.each([
    ["2025-06-30", "2025-06-30", "66/2011/QH12", false],
    ["2025-06-30", "2025-07-01", "66/2011/QH12", true],
    ["2025-07-01", "2025-07-01", "53/2024/QH15", false],
    ["2025-06-30", "2026-11-25", "66/2011/QH12", true],
  ] as const)("identified %s, decided %s → %s (transitional %s)", (identifiedOn, asOf, law, transitional) => {
    const res = assess(victim(identifiedOn, asOf));
    expect(res.law).toBe(law);
    expect(res.transitional).toBe(transitional);
    expect(res.lawBasis.some((b) => b.article === 63)).toBe(transitional);
  });
  it("a person being verified gets nothing on 30/06/2025 and Art. 37(3) support on 01/07/2025", () => {
    const p = { status: "under_verification", nationality: "vietnamese", location: "in_vietnam" } as const;
    expect(assess({ asOf: "2025-06-30", person: p }).regimes.every((o) => o.status === "INELIGIBLE")).toBe(true);
    expect(regime(assess({ asOf: "2025-07-01", person: p }), "essential_needs")?.status).toBe("ELIGIBLE");
  });
  it("re-evaluating the same input at another date shows what changed", () => {
    // financialDifficulty: legal aid before 01/07/2025 needs it (Law on Legal Aid 2017 Art. 7(7)(g)); clause 6a does not.
    const p = { status: "identified_victim", identifiedOn: "2025-05-01", nationality: "foreign", traffickedIn: "vietnam", financialDifficulty: true } as const;
    const before = assess({ asOf: "2025-06-01", person: p });
    const after = assess({ asOf: "2025-09-01", person: p });
    expect(before.receipt.inputHash).not.toBe(after.receipt.inputHash);
    expect(after.law).toBe("66/2011/QH12");
    expect(after.regimes.map((o) => o.status)).toEqual(before.regimes.map((o) => o.status));
    expect(after.transitional).toBe(true);
  });
  it("before Law 66/2011 is an unsupported period", () => {
    const r = assessEligibility({ asOf: "2011-12-31", person: {} });
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnsupportedPeriod");
  });
});

describe("dated amounts and durations", () => {
  const old = (asOf: string) => assess({ asOf, person: { status: "identified_victim", identifiedOn: "2012-06-01", nationality: "vietnamese" } });
  const item = (res: EligibilityResult, id: string) => res.regimes.flatMap((o) => o.content.items).find((i) => i.item === id);
  it("Decree 09/2013 takes effect on 01/03/2013, not on its signing date 11/01/2013: no 60-day cap before", () => {
    expect(regime(old("2013-01-11"), "essential_needs_and_travel")?.durationDays).toBeNull();
    expect(regime(old("2013-02-28"), "essential_needs_and_travel")?.durationDays).toBeNull();
    expect(item(old("2013-02-28"), "law66.essential_needs_and_travel")?.amount.kind).toBe("unknown");
    expect(regime(old("2013-03-01"), "essential_needs_and_travel")?.durationDays).toBe(60);
    expect(item(old("2013-03-01"), "meals_at_facility")?.amount.kind).toBe("reference");
    expect(instruments["09/2013/NĐ-CP"]).toMatchObject({ issued: "2013-01-11", effective: "2013-03-01" });
  });
  it("Circular 84/2019 takes effect on 13/01/2020, not on its signing date 27/11/2019: travel-day meals unknown before, at least 70,000 đồng from then", () => {
    expect(item(old("2019-11-27"), "travel_day_meals")?.amount.kind).toBe("unknown");
    expect(item(old("2020-01-12"), "travel_day_meals")?.amount.kind).toBe("unknown");
    expect(item(old("2020-01-13"), "travel_day_meals")?.amount).toEqual({ kind: "floor", vnd: 70_000, unit: { vi: "người/ngày đi đường", en: "per person per day of travel" } });
    expect(regime(old("2020-01-13"), "essential_needs_and_travel")?.amountVnd).toBeNull();
    expect(item(old("2020-01-12"), "meals_at_facility")?.basis.some((b) => b.instrument === "84/2019/TT-BTC")).toBe(false);
    expect(item(old("2020-01-13"), "meals_at_facility")?.basis.some((b) => b.instrument === "84/2019/TT-BTC")).toBe(true);
  });
  it("Law 17/2008 Art. 78 and Law 80/2015 Art. 151(1): each central instrument eligibility dates takes effect at least 45 days after signing", () => {
    for (const id of ["09/2013/NĐ-CP", "84/2019/TT-BTC"] as const) {
      const i = instruments[id];
      expect(i.effective !== undefined && i.issued !== undefined && i.effective >= addDays(i.issued, 45)).toBe(true);
    }
    const starts = supportItems.flatMap((i) => i.versions.flatMap((v) => v.basis.filter((b) => b.instrument === "84/2019/TT-BTC").map(() => v.from)));
    expect(starts.every((d) => d >= "2020-01-13")).toBe(true);
  });
  it("Decree 162/2025: essential needs up to 120 days from 01/07/2025, amount unknown with a reason", () => {
    const res = assess({ asOf: "2025-07-01", person: { status: "under_verification", nationality: "vietnamese", location: "in_vietnam" } });
    const o = regime(res, "essential_needs");
    expect(o?.durationDays).toBe(120);
    expect(o?.amountVnd).toBeNull();
    expect(o?.reasons.some((r) => r.code === "amount.unknown")).toBe(true);
    expect(o?.basis.some((b) => b.instrument === "162/2025/NĐ-CP" && b.article === 17 && b.confidence === "secondary")).toBe(true);
  });
  it("ignores the fictitious 'Circular 120/2026' figures: still no amount on 25/11/2026", () => {
    const res = assess({ asOf: "2026-11-25", person: { status: "identified_victim", identifiedOn: "2026-10-15", nationality: "vietnamese", location: "in_vietnam" } });
    expect(res.regimes.every((o) => o.amountVnd === null)).toBe(true);
    expect(JSON.stringify(res)).not.toMatch(/120\/2026|400[.,]?000|3[.,]?000[.,]?000/);
  });
  it("general education: two school years under Decree 162/2025, first school year for poor households under Decree 09/2013", () => {
    const child = assess({ asOf: "2025-09-01", person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "in_vietnam", ageYears: 14 } });
    expect(item(child, "general_education.tuition_and_supplies")?.detail?.en).toBe("Two school years: the first and the following one");
    expect(item(old("2020-01-01"), "education.tuition_and_study_costs")?.condition?.en).toContain("poor households");
  });
  it("medical support includes the first-year health-insurance contribution", () => {
    const res = assess({ asOf: "2025-09-01", person: { status: "under_verification", nationality: "vietnamese", location: "in_vietnam" } });
    expect(regime(res, "medical")?.content.items.map((i) => i.item)).toEqual(["medical.care", "medical.health_insurance"]);
  });
  it("never invents a figure: no national item has a fixed amount, the only VND figure is the 70,000 floor", () => {
    const figures = supportItems.flatMap((i) => i.versions.map((v) => v.value.amount)).filter((a) => a.kind === "fixed" || a.kind === "floor");
    expect(figures).toEqual([{ kind: "floor", vnd: 70_000, unit: { vi: "người/ngày đi đường", en: "per person per day of travel" } }]);
  });
  it("authority is configurable", () => {
    const r = assessEligibility(
      { asOf: "2025-09-01", person: { status: "under_verification", nationality: "vietnamese", location: "in_vietnam" } },
      { authorities: { medical: "Sở Y tế" } },
    );
    expect(Result.isSuccess(r) && r.success.regimes.find((o) => o.regime === "medical")?.authority).toBe("Sở Y tế");
    expect(Result.isSuccess(r) && r.success.regimes.find((o) => o.regime === "travel")?.authority).toContain("Điều 27");
  });
});

describe("a child vs an adult, a foreigner vs a citizen", () => {
  const accompanying = (person: EligibilityRequestInput["person"]): EligibilityRequestInput => ({
    asOf: "2025-09-01",
    person: { status: "accompanying_minor", accompanies: { status: "identified_victim", nationality: "vietnamese", identifiedOn: "2025-08-01", location: "in_vietnam" }, ...person },
  });
  it.each([
    [{ ageYears: 17 }, "ELIGIBLE"],
    [{ ageYears: 18 }, "INELIGIBLE"],
    [{ birthDate: "2007-09-02" }, "ELIGIBLE"],
    [{ birthDate: "2007-09-01" }, "INELIGIBLE"],
  ] as const)("accompanying %j → %s", (age, status) => {
    expect(regime(assess(accompanying(age)), "essential_needs")?.status).toBe(status);
  });
  it.each([
    ["vietnamese", "ELIGIBLE"],
    ["foreign", "DISCRETIONARY"],
  ] as const)("person being verified in Vietnam, %s → %s", (nationality, status) => {
    expect(regime(assess({ asOf: "2025-09-01", person: { status: "under_verification", nationality, location: "in_vietnam", traffickedIn: "vietnam" } }), "legal_aid")?.status).toBe(status);
  });
});

describe("invalid input is a typed error with paths, never a throw", () => {
  it.each([
    [{ asOf: "2025-02-30", person: {} }, "asOf"],
    [{ asOf: "2025-09-01", person: { status: "victim" } }, "person.status"],
    [{ asOf: "2025-09-01", person: { ageYears: -1 } }, "person.ageYears"],
    [{ asOf: "2025-09-01", person: { identifiedOn: "2025-10-01" } }, "person.identifiedOn"],
    [{ asOf: "2025-09-01", person: { birthDate: "2010-02-01", ageYears: 12 } }, "person.ageYears"],
    [{ asOf: "2025-09-01", person: { status: "under_verification", identifiedOn: "2025-08-01" } }, "person.identifiedOn"],
    [{ asOf: "2025-09-01", person: { nickname: "x" } }, "person"],
    [{ asOf: "2025-09-01", province: "nghe-an", person: {} }, "province"],
    [null, ""],
  ] as const)("%j → issue at %s", (input, path) => {
    const r = assessEligibilityJson(input);
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidFacts");
    expect(Result.isFailure(r) && r.failure._tag === "InvalidFacts" && r.failure.issues.map((i) => i.path)).toContain(path);
  });
});

describe("contract and data", () => {
  it("results validate against the published schema and round-trip as JSON", () => {
    for (const s of eligibilityScenarios) {
      const res = assess(s.request);
      expect(EligibilityResult.safeParse(JSON.parse(JSON.stringify(res))).success).toBe(true);
    }
  });
  it("exports JSON Schemas for the request and the result", () => {
    const { request, result } = eligibilityJsonSchemas();
    expect(JSON.stringify(request)).toContain("permanentResidentInVietnam");
    expect(JSON.stringify(result)).toContain("whatWouldChange");
  });
  it("keeps every Vietnamese text NFC with diacritics", () => {
    const strings = (v: unknown): string[] =>
      typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : v !== null && typeof v === "object" ? Object.values(v).flatMap(strings) : [];
    const all = strings([categories, regimesByLaw, supportItems, eligibilityScenarios]);
    expect(all.filter((s) => s !== s.normalize("NFC"))).toEqual([]);
    expect(all).toContain("Hỗ trợ nhu cầu thiết yếu");
    expect(all.join(" ")).toMatch(/đ/);
  });
  it("the receipt records asOf, version, no province, and stable hashes", () => {
    const a = assess(eligibilityScenarios[0]?.request ?? { asOf: "2025-09-01", person: {} });
    expect(a.receipt).toMatchObject({ asOf: "2025-09-01", evaluatedAt: "2026-11-25T00:00:00.000Z", province: null });
    expect(a.receipt.resultHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("whatWouldChange", () => {
  it("suggests the smallest change for a foreigner's travel costs, and the change works", () => {
    const request: EligibilityRequestInput = { asOf: "2025-09-01", person: { status: "under_verification", nationality: "foreign", traffickedIn: "vietnam", location: "in_vietnam" } };
    const w = assess(request).whatWouldChange.find((x) => x.regime === "travel");
    expect(w?.options[0]).toEqual([{ fact: "person.nationality", from: "foreign", to: "vietnamese" }]);
    expect(regime(assess(applyChanges(request, w?.options[0] ?? [])), "travel")?.status).toBe("ELIGIBLE");
  });
  it("finds two-fact changes when one is not enough", () => {
    const request: EligibilityRequestInput = { asOf: "2025-09-01", person: { status: "under_verification", nationality: "foreign", permanentResidentInVietnam: false, traffickedIn: "abroad", location: "abroad", ageYears: 30 } };
    const w = assess(request).whatWouldChange.find((x) => x.regime === "legal_aid");
    expect(w?.options[0]?.map((c) => c.fact).toSorted()).toEqual(["person.location", "person.nationality"]);
    expect(regime(assess(applyChanges(request, w?.options[0] ?? [])), "legal_aid")?.status).toBe("ELIGIBLE");
  });
  it("never changes a known age (a fact on the day, not a choice); an unknown one is asked as under 18 or not", () => {
    const accompanies = { status: "identified_victim" as const, nationality: "foreign" as const, identifiedOn: "2025-08-01", location: "in_vietnam" as const };
    const known = assess({ asOf: "2025-09-01", person: { status: "accompanying_minor", ageYears: 19, accompanies } });
    expect(known.whatWouldChange.flatMap((w) => w.options.flat()).filter((c) => c.fact === "person.ageYears")).toEqual([]);
    const unknown = assess({ asOf: "2025-09-01", person: { status: "accompanying_minor", accompanies } });
    const w = unknown.whatWouldChange.find((x) => x.regime === "essential_needs");
    expect(w?.options[0]?.map((c) => c.fact).toSorted()).toEqual(["person.accompanies.nationality", "person.ageYears"]);
    expect(w?.options[0]?.find((c) => c.fact === "person.ageYears")).toEqual({ fact: "person.ageYears", from: null, to: 17 });
  });
});

describe("properties", () => {
  it("every result satisfies the eligibility invariants", () => {
    fc.assert(
      fc.property(arbitraryEligibilityRequest(), (request) => {
        expect(eligibilityViolations(request)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
  it("filling in unknown facts never changes a decided regime", () => {
    fc.assert(
      fc.property(arbitraryEligibilityRequest(), arbitraryEligibilityRequest(), (partial, other) => {
        expect(monotonicityViolations(partial, other.person)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
