import { Result } from "effect";
import { describe, expect, it } from "vitest";
import type { Citation } from "../prelude/citation.js";
import { isoDate } from "../prelude/date.js";
import { percent } from "../prelude/fraction.js";
import { evaluateKpis, evaluateKpisUnsafe, type EvaluateKpisOptions } from "./evaluate.js";
import type { KpiId } from "./indicators.js";
import type { KpiReport } from "./result.js";
import type { KpiCounts } from "./schema.js";
import { implies, type KpiProvinceTargets } from "./targets.js";

const AT = "2026-11-25T00:00:00.000Z";
const ALL: KpiCounts = {
  reportsReceived: 40, reportsClassified: 40, reportsResolved: 37,
  casesInitiated: 12, casesSolved: 11, casesHandledByProcuracy: 20, casesIndicted: 19, casesAcceptedByCourts: 10, casesTried: 9,
};
const run = (province: string, from: string, to: string, options: EvaluateKpisOptions = {}, counts: KpiCounts = ALL) =>
  evaluateKpis({ province, period: { from, to }, counts }, { evaluatedAt: AT, ...options });
const ok = (r: ReturnType<typeof run>): KpiReport => {
  if (Result.isFailure(r)) throw new Error(`${r.failure._tag}: ${r.failure.message}`);
  return r.success;
};
const ind = (r: KpiReport, id: KpiId) => r.indicators.find((i) => i.id === id);

// A province plan as a province package declares it (structurally a ProvinceProfile's KPI part).
const LOCAL: Citation = { instrument: "quang-tri:12/KH-UBND", effective: { from: isoDate("2024-03-01") }, confidence: "unverified" };
const quangTri = (op: "gte" | "gt", value: string, from = "2024-03-01", to = "2024-12-31"): KpiProvinceTargets => ({
  id: "quang-tri",
  overrides: {
    "kpi.targets": [
      { from: isoDate(from), to: isoDate(to), basis: [LOCAL], value: { reports_resolved: { op, value: percent(value), wording: { vi: value, en: value }, basis: [LOCAL], confidence: "unverified" } } },
    ],
  },
});

describe("Decision 193/QĐ-TTg binds every province (issue 17, item 10)", () => {
  it.each(["hai-phong", "quang-tri", "national"])("%s 2024 is measured against Decision 193/QĐ-TTg", (province) => {
    const r = ok(run(province, "2024-01-01", "2024-12-31"));
    expect(r.indicators.map((i) => [i.code, i.status])).toEqual([["K1", "met"], ["K2", "met"], ["K3", "met"], ["K4", "met"], ["K5", "met"]]);
    expect(r.indicators.every((i) => i.basis.length === 1 && i.basis[0]?.instrument === "193/QĐ-TTg")).toBe(true);
  });

  it("a stricter provincial target overrides Decision 193/QĐ-TTg, both cited", () => {
    const r = ok(run("quang-tri", "2024-04-01", "2024-06-30", { provinces: [quangTri("gte", "95")] }));
    expect(ind(r, "reports_resolved")).toMatchObject({ status: "not_met", target: { op: "gte", text: "≥ 95%" }, provenance: { targets: { table: "province", version: { from: "2024-03-01", to: "2024-12-31" } } } });
    expect(ind(r, "reports_resolved")?.basis.map((c) => c.instrument)).toEqual(["quang-tri:12/KH-UBND", "193/QĐ-TTg"]);
    expect(ind(r, "cases_solved")?.basis.map((c) => c.instrument)).toEqual(["193/QĐ-TTg"]);
  });

  it("a laxer provincial target never loosens Decision 193/QĐ-TTg's: 36/40 (90%) against ≥ 80% and > 90% is not met", () => {
    const r = ok(run("quang-tri", "2024-04-01", "2024-06-30", { provinces: [quangTri("gte", "80")] }, { reportsReceived: 40, reportsResolved: 36 }));
    expect(ind(r, "reports_resolved")).toMatchObject({ status: "not_met", target: { op: "gt", text: "> 90%" } });
    expect(ind(r, "reports_resolved")?.basis.map((c) => c.instrument)).toEqual(["193/QĐ-TTg", "quang-tri:12/KH-UBND"]);
  });

  it("a stricter provincial target in force over part of the period only is an UnsupportedPeriod naming its first day", () => {
    const r = run("quang-tri", "2024-01-01", "2024-12-31", { provinces: [quangTri("gte", "95")] });
    expect(Result.isFailure(r) && r.failure._tag === "UnsupportedPeriod" ? r.failure.asOf : undefined).toBe("2024-03-01");
  });

  it("of the profiles passed as provinces, only the input province's is read (the option assessEligibility takes)", () => {
    const other: KpiProvinceTargets = { ...quangTri("gte", "99"), id: "hai-phong" };
    const r = ok(run("quang-tri", "2024-04-01", "2024-06-30", { provinces: [other, quangTri("gte", "95")] }));
    expect(ind(r, "reports_resolved")).toMatchObject({ target: { text: "≥ 95%" }, provenance: { targets: { table: "province" } } });
    const none = ok(run("nghe-an", "2024-04-01", "2024-06-30", { provinces: [other, quangTri("gte", "95")] }));
    expect(none.indicators.every((i) => i.provenance.targets.table === "built-in" && i.basis[0]?.instrument === "193/QĐ-TTg")).toBe(true);
  });

  it("the deprecated province option still reads one profile", () => {
    const r = ok(run("quang-tri", "2024-04-01", "2024-06-30", { province: quangTri("gte", "95") }));
    expect(ind(r, "reports_resolved")).toMatchObject({ status: "not_met", target: { text: "≥ 95%" } });
  });

  it("a profile of another province passed alone as province is InvalidFacts, never silently ignored", () => {
    const r = run("hai-phong", "2024-01-01", "2024-12-31", { province: quangTri("gte", "95") });
    expect(Result.isFailure(r) && r.failure._tag === "InvalidFacts" ? r.failure.issues.map((i) => i.path) : []).toEqual(["province"]);
  });

  it("after the 2021–2025 programme: UnsupportedPeriod naming the successor programme's missing targets", () => {
    const r = run("hai-phong", "2026-01-01", "2026-12-31");
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnsupportedPeriod");
    expect(Result.isFailure(r) && r.failure.message).toContain("Decision 33/QĐ-TTg");
  });

  it("compares targets exactly: ≥ 92.5% implies > 90%, ≥ 90% does not", () => {
    expect(implies({ op: "gte", value: percent("92.5") }, { op: "gt", value: percent(90) })).toBe(true);
    expect(implies({ op: "gte", value: percent(90) }, { op: "gt", value: percent(90) })).toBe(false);
    expect(implies({ op: "gt", value: percent(90) }, { op: "gte", value: percent(90) })).toBe(true);
    expect(implies({ op: "eq", value: percent(100) }, { op: "gte", value: percent(100) })).toBe(true);
    expect(implies({ op: "gte", value: percent(100) }, { op: "eq", value: percent(100) })).toBe(true);
  });
});

describe("K4/K5 \"hàng năm\": annual targets on annual periods (issue 17, item 11)", () => {
  it("one-day period: K4 and K5 are not judged, with the reason; K1–K3 are", () => {
    const r = ok(run("hai-phong", "2024-06-15", "2024-06-15"));
    expect(r.indicators.map((i) => [i.code, i.status, i.reason?.code])).toEqual([
      ["K1", "met", undefined],
      ["K2", "met", undefined],
      ["K3", "met", undefined],
      ["K4", "not_applicable", "kpi.annual-target"],
      ["K5", "not_applicable", "kpi.annual-target"],
    ]);
    expect(ind(r, "cases_indicted")?.target?.judgedOn).toBe("year");
    expect(ind(r, "reports_resolved")?.target?.judgedOn).toBe("period");
    expect(ind(r, "cases_indicted")?.reason?.text.vi).toContain("hàng năm");
  });

  it("a quarter is not a year: K4 not judged", () => {
    expect(ind(ok(run("hai-phong", "2024-04-01", "2024-06-30")), "cases_indicted")?.status).toBe("not_applicable");
  });

  it("a year to date judges K4/K5 provisionally; a calendar year finally", () => {
    const ytd = ok(run("hai-phong", "2024-01-01", "2024-06-30"));
    expect(ind(ytd, "cases_indicted")).toMatchObject({ status: "met", provisional: true });
    expect(ind(ytd, "reports_resolved")?.provisional).toBeUndefined();
    expect(ind(ok(run("hai-phong", "2024-01-01", "2024-12-31")), "cases_indicted")?.provisional).toBeUndefined();
  });
});

describe("digits is validated (issue 17, item 13)", () => {
  it.each([-1, 1.5, 50, Number.NaN, 7])("digits %s is InvalidFacts at options.digits, never a RangeError", (digits) => {
    const r = run("hai-phong", "2024-01-01", "2024-12-31", { digits });
    expect(Result.isFailure(r) && r.failure._tag === "InvalidFacts" ? r.failure.issues.map((i) => i.path) : []).toEqual(["options.digits"]);
    expect(() => evaluateKpisUnsafe({ province: "hai-phong", period: { from: "2024-01-01", to: "2024-12-31" }, counts: ALL }, { digits })).toThrow(/digits/);
  });
  it.each([[0, "92%"], [6, "92.500000%"]] as const)("digits %s is accepted", (digits, shown) => {
    expect(ind(ok(run("hai-phong", "2024-01-01", "2024-12-31", { digits })), "reports_resolved")?.percent).toBe(shown);
  });
});
