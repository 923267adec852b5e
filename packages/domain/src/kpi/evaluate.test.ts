import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { isoDate } from "../prelude/date.js";
import { fraction, percent } from "../prelude/fraction.js";
import { evaluateKpis } from "./evaluate.js";
import type { IndicatorResult, KpiReport } from "./result.js";
import type { KpiId } from "./indicators.js";
import type { KpiCounts, KpiInputJson } from "./schema.js";
import { kpiTargets, type KpiTargetTable } from "./targets.js";

const YEAR_2022 = { from: "2022-01-01", to: "2022-12-31" };
const EVALUATED_AT = "2026-11-25T00:00:00.000Z";

const report = (counts: KpiCounts, period = YEAR_2022, province = "nghe-an"): KpiReport => {
  const r = evaluateKpis({ province, period, counts }, { evaluatedAt: EVALUATED_AT });
  if (Result.isFailure(r)) throw new Error(`expected a report, got ${r.failure._tag}: ${r.failure.message}`);
  return r.success;
};
const indicator = (r: KpiReport, id: KpiId): IndicatorResult => {
  const found = r.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};
const failure = (input: unknown, options = {}) => {
  const r = evaluateKpis(input as KpiInputJson, options);
  return Result.isFailure(r) ? r.failure : undefined;
};

// Decision 193/QĐ-TTg, binding Nghệ An in 2022 — each indicator met, not met and at its boundary.
const scenarios: ReadonlyArray<{ name: string; id: KpiId; counts: KpiCounts; status: string; percent: string }> = [
  { name: "K1 100% tiếp nhận, phân loại — 40/40 met", id: "reports_classified", counts: { reportsReceived: 40, reportsClassified: 40 }, status: "met", percent: "100.0%" },
  { name: "K1 — 39/40 is not all of them", id: "reports_classified", counts: { reportsReceived: 40, reportsClassified: 39 }, status: "not_met", percent: "97.5%" },
  { name: "K1 — 999/1000 shows 99.9%, never 100%", id: "reports_classified", counts: { reportsReceived: 1000, reportsClassified: 999 }, status: "not_met", percent: "99.9%" },
  { name: "K2 trên 90% — 28/30 met", id: "reports_resolved", counts: { reportsReceived: 30, reportsResolved: 28 }, status: "met", percent: "93.3%" },
  { name: "K2 trên 90% — 27/30 is exactly 90%, not over", id: "reports_resolved", counts: { reportsReceived: 30, reportsResolved: 27 }, status: "not_met", percent: "90.0%" },
  { name: "K2 trên 90% — 901/1000 met", id: "reports_resolved", counts: { reportsReceived: 1000, reportsResolved: 901 }, status: "met", percent: "90.1%" },
  { name: "K2 trên 90% — 9001/10000 shows more decimals", id: "reports_resolved", counts: { reportsReceived: 10000, reportsResolved: 9001 }, status: "met", percent: "90.01%" },
  { name: "K3 trên 90% — 10/11 met", id: "cases_solved", counts: { casesInitiated: 11, casesSolved: 10 }, status: "met", percent: "90.9%" },
  { name: "K3 trên 90% — 9/10 is exactly 90%, not over", id: "cases_solved", counts: { casesInitiated: 10, casesSolved: 9 }, status: "not_met", percent: "90.0%" },
  { name: "K3 — 5/10 not met", id: "cases_solved", counts: { casesInitiated: 10, casesSolved: 5 }, status: "not_met", percent: "50.0%" },
  { name: "K4 95% — 19/20 is exactly 95%: met", id: "cases_indicted", counts: { casesHandledByProcuracy: 20, casesIndicted: 19 }, status: "met", percent: "95.0%" },
  { name: "K4 95% — 18/20 not met", id: "cases_indicted", counts: { casesHandledByProcuracy: 20, casesIndicted: 18 }, status: "not_met", percent: "90.0%" },
  { name: "K4 95% — 1899/2000 shows 94.9%, never 95.0%", id: "cases_indicted", counts: { casesHandledByProcuracy: 2000, casesIndicted: 1899 }, status: "not_met", percent: "94.9%" },
  { name: "K5 90% — 9/10 is exactly 90%: met", id: "cases_tried", counts: { casesAcceptedByCourts: 10, casesTried: 9 }, status: "met", percent: "90.0%" },
  { name: "K5 90% — 899/1000 shows 89.9%, never 90.0%", id: "cases_tried", counts: { casesAcceptedByCourts: 1000, casesTried: 899 }, status: "not_met", percent: "89.9%" },
  { name: "K5 90% — 8/10 not met", id: "cases_tried", counts: { casesAcceptedByCourts: 10, casesTried: 8 }, status: "not_met", percent: "80.0%" },
];

describe("evaluateKpis — Decision 193/QĐ-TTg targets in Nghệ An (2022)", () => {
  it.each(scenarios)("$name", ({ id, counts, status, percent: shown }) => {
    const ind = indicator(report(counts), id);
    expect(ind.status).toBe(status);
    expect(ind.percent).toBe(shown);
    // Plan 179/KH-UBND is in force from 16/03/2022 only, and no stricter: the year is judged on Decision 193.
    expect(ind.basis.map((c) => c.instrument)).toEqual(["193/QĐ-TTg"]);
  });

  it("keeps the counts as entered and the exact reduced rate", () => {
    const ind = indicator(report({ reportsReceived: 30, reportsResolved: 27 }), "reports_resolved");
    expect(ind.value).toEqual({ numerator: 27, denominator: 30 });
    expect(ind.rate).toEqual(fraction(9, 10));
  });

  it("compares with the target exactly as worded", () => {
    const r = report({});
    const targets = Object.fromEntries(r.indicators.map((i) => [i.id, i.target && { op: i.target.op, value: i.target.value, text: i.target.text }]));
    expect(targets).toEqual({
      reports_classified: { op: "gte", value: percent(100), text: "≥ 100%" },
      reports_resolved: { op: "gt", value: percent(90), text: "> 90%" },
      cases_solved: { op: "gt", value: percent(90), text: "> 90%" },
      cases_indicted: { op: "gte", value: percent(95), text: "≥ 95%" },
      cases_tried: { op: "gte", value: percent(90), text: "≥ 90%" },
    });
    expect(indicator(r, "reports_resolved").target?.wording.vi).toBe("trên 90%");
    expect(indicator(r, "cases_indicted").target?.confidence).toBe("unverified");
    expect(indicator(r, "reports_resolved").target?.confidence).toBe("secondary");
  });

  it("records provenance: the input paths and the target version", () => {
    const ind = indicator(report({ casesInitiated: 4, casesSolved: 4 }), "cases_solved");
    expect(ind.provenance).toEqual({
      source: "counts",
      numerator: "counts.casesSolved",
      denominator: "counts.casesInitiated",
      targets: { province: "nghe-an", version: { from: "2021-01-01", to: "2025-12-31" }, table: "built-in" },
    });
  });

  it("gives a zero denominator not_applicable with a reason, never NaN or 100%", () => {
    const ind = indicator(report({ reportsReceived: 0, reportsClassified: 0 }), "reports_classified");
    expect(ind.status).toBe("not_applicable");
    expect(ind.rate).toBeNull();
    expect(ind.percent).toBeNull();
    expect(ind.value).toEqual({ numerator: 0, denominator: 0 });
    expect(ind.reason?.code).toBe("kpi.zero-denominator");
  });

  it("makes only the indicators missing a count not_applicable, naming the counts", () => {
    const r = report({ reportsReceived: 40, reportsClassified: 40 });
    expect(r.indicators.map((i) => [i.id, i.status])).toEqual([
      ["reports_classified", "met"],
      ["reports_resolved", "not_applicable"],
      ["cases_solved", "not_applicable"],
      ["cases_indicted", "not_applicable"],
      ["cases_tried", "not_applicable"],
    ]);
    expect(indicator(r, "reports_resolved").reason).toMatchObject({ code: "kpi.missing-count", missing: ["counts.reportsResolved"] });
    expect(indicator(r, "cases_tried").reason?.missing).toEqual(["counts.casesTried", "counts.casesAcceptedByCourts"]);
    expect(indicator(r, "reports_resolved").value).toEqual({ numerator: null, denominator: 40 });
  });

  it("reports the figures of the period, null when not given (H1-2023 as in Dispatch 6654/UBND-NC)", () => {
    const r = report({ casesDetected: 5, suspects: 6, victimsRescued: 4 }, { from: "2023-01-01", to: "2023-06-30" });
    expect(r.figures).toEqual({ casesDetected: 5, suspects: 6, victimsIdentified: null, victimsRescued: 4, victimsSupported: null });
    expect(r.indicators.every((i) => i.basis.every((c) => c.instrument === "193/QĐ-TTg"))).toBe(true);
  });

  it("stamps a receipt: asOf is the period's last day, the result hash is stable", () => {
    const a = report({ reportsReceived: 12, reportsResolved: 11 });
    const b = report({ reportsResolved: 11, reportsReceived: 12 });
    expect(a.receipt.asOf).toBe("2022-12-31");
    expect(a.receipt.evaluatedAt).toBe(EVALUATED_AT);
    expect(a.receipt.resultHash).toBe(b.receipt.resultHash);
    expect(a.receipt.inputHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("evaluateKpis — invalid input is an InvalidFacts with paths, never a throw", () => {
  it.each([
    ["a numerator above its denominator", { counts: { reportsReceived: 40, reportsResolved: 41 } }, "counts.reportsResolved"],
    ["a negative count", { counts: { casesInitiated: -1 } }, "counts.casesInitiated"],
    ["a fractional count", { counts: { suspects: 2.5 } }, "counts.suspects"],
    ["a count given as text", { counts: { suspects: "6" } }, "counts.suspects"],
    ["an unknown count name", { counts: { reportReceived: 4 } }, "counts"],
    ["a day that does not exist", { period: { from: "2022-02-29", to: "2022-12-31" } }, "period.from"],
    ["a date in another format", { period: { from: "01/01/2022", to: "2022-12-31" } }, "period.from"],
    ["a period ending before it starts", { period: { from: "2022-12-31", to: "2022-01-01" } }, "period.to"],
    ["a missing period end", { period: { from: "2022-01-01" } }, "period.to"],
    ["a malformed province", { province: "Nghệ An" }, "province"],
  ] as const)("%s", (_, patch, path) => {
    const input = { province: "nghe-an", period: YEAR_2022, counts: {}, ...patch };
    const e = failure(input);
    expect(e?._tag).toBe("InvalidFacts");
    expect(e?._tag === "InvalidFacts" ? e.issues.map((i) => i.path) : []).toContain(path);
  });

  it("rejects input that is not an object at all", () => {
    expect(() => failure(null)).not.toThrow();
    expect(failure(null)?._tag).toBe("InvalidFacts");
    expect(failure("kpi")?._tag).toBe("InvalidFacts");
  });
});

describe("evaluateKpis — targets are dated parameters", () => {
  it.each([
    ["2021-01-01", "2021-12-31", ["193/QĐ-TTg"]],
    ["2022-07-01", "2022-09-30", ["193/QĐ-TTg"]],
    ["2025-01-01", "2025-12-31", ["193/QĐ-TTg"]],
  ] as const)("%s…%s is measured against %j", (from, to, instruments) => {
    const ind = indicator(report({ casesInitiated: 10, casesSolved: 10 }, { from, to }), "cases_solved");
    expect(ind.basis.map((c) => c.instrument)).toEqual(instruments);
    expect(ind.status).toBe("met");
  });

  it.each([
    ["before the 2021–2025 programme", "2020-01-01", "2020-12-31", "2020-01-01"],
    ["Decision 33/QĐ-TTg: targets for 2026 unknown", "2026-01-01", "2026-06-30", "2026-01-01"],
    ["today's period (2026)", "2026-01-01", "2026-11-25", "2026-01-01"],
    ["straddling Decision 193 and the 2026–2030 programme", "2025-07-01", "2026-06-30", "2026-01-01"],
    ["after 2030", "2031-01-01", "2031-12-31", "2031-01-01"],
  ] as const)("%s is an UnsupportedPeriod, not a guess", (_, from, to, asOf) => {
    const e = failure({ province: "nghe-an", period: { from, to }, counts: { reportsReceived: 1, reportsClassified: 1 } });
    expect(e?._tag).toBe("UnsupportedPeriod");
    expect(e?._tag === "UnsupportedPeriod" ? e.asOf : undefined).toBe(asOf);
  });

  it("names the unknown 2026 targets explicitly", () => {
    const e = failure({ province: "nghe-an", period: { from: "2026-01-01", to: "2026-12-31" }, counts: {} });
    expect(e?.message).toContain("33/QĐ-TTg");
  });

  it("names what is missing after the programme: Decision 33/QĐ-TTg's numeric targets, and the supported years", () => {
    const e = failure({ province: "hai-phong", period: { from: "2027-01-01", to: "2027-12-31" }, counts: {} });
    expect(e?._tag).toBe("UnsupportedPeriod");
    expect(e?.message).toContain("Decision 33/QĐ-TTg");
    expect(e?._tag === "UnsupportedPeriod" ? e.supported : undefined).toEqual([{ from: "2021-01-01", to: "2025-12-31" }]);
  });

  it("evaluates the national programme when asked for province 'national'", () => {
    const ind = indicator(report({ reportsReceived: 30, reportsResolved: 28 }, YEAR_2022, "national"), "reports_resolved");
    expect(ind.basis.map((c) => c.instrument)).toEqual(["193/QĐ-TTg"]);
  });
});

describe("evaluateKpis — a province package overrides the targets", () => {
  const basis = [{ instrument: "hai-phong:77/KH-BCĐ799", article: 1, effective: { from: isoDate("2024-01-01") }, confidence: "unverified" }] as const;
  const haiPhong: KpiTargetTable = {
    "hai-phong": [
      {
        from: isoDate("2024-01-01"),
        to: isoDate("2024-12-31"),
        basis,
        value: {
          _tag: "Known",
          targets: { reports_resolved: { op: "gte", value: percent("92.5"), wording: { vi: "đạt 92,5%", en: "92.5%" }, basis, confidence: "unverified" } },
        },
      },
    ],
  };

  it("uses the province's own dated targets and comparator", () => {
    const r = evaluateKpis(
      { province: "hai-phong", period: { from: "2024-01-01", to: "2024-12-31" }, counts: { reportsReceived: 40, reportsResolved: 37, casesInitiated: 3, casesSolved: 3 } },
      { targets: haiPhong, evaluatedAt: EVALUATED_AT },
    );
    const ok = Result.isSuccess(r) ? r.success : undefined;
    expect(ok?.indicators.find((i) => i.id === "reports_resolved")).toMatchObject({ status: "met", percent: "92.5%", provenance: { targets: { table: "override" } } });
    // Decision 193/QĐ-TTg still binds the indicators the province sets no target for.
    expect(ok?.indicators.find((i) => i.id === "cases_solved")).toMatchObject({ status: "met", percent: "100.0%", basis: [{ instrument: "193/QĐ-TTg" }] });
  });

  it("keeps the built-in targets of the provinces it does not list", () => {
    const r = evaluateKpis({ province: "nghe-an", period: YEAR_2022, counts: {} }, { targets: haiPhong });
    expect(Result.isSuccess(r) && r.success.indicators[0]?.provenance.targets.table).toBe("built-in");
  });

  it("reports a malformed table as InvalidFacts", () => {
    const [first] = haiPhong["hai-phong"] ?? [];
    const bad: KpiTargetTable = { "hai-phong": first === undefined ? [] : [first, first] };
    const e = failure({ province: "hai-phong", period: { from: "2024-01-01", to: "2024-12-31" }, counts: {} }, { targets: bad });
    expect(e?._tag).toBe("InvalidFacts");
    expect(e?._tag === "InvalidFacts" ? e.issues[0]?.path : undefined).toBe("targets.hai-phong");
  });

  it("rejects a target above 100%", () => {
    const targets: KpiTargetTable = {
      ...kpiTargets,
      "nghe-an": [{ from: isoDate("2022-01-01"), to: isoDate("2022-12-31"), basis: [], value: { _tag: "Known", targets: { cases_tried: { op: "gte", value: percent(120), wording: { vi: "120%", en: "120%" }, basis: [], confidence: "unverified" } } } }],
    };
    const e = failure({ province: "nghe-an", period: YEAR_2022, counts: {} }, { targets });
    expect(e?._tag === "InvalidFacts" ? e.issues.map((i) => i.path) : []).toEqual(["targets.nghe-an[0].value.targets.cases_tried.value"]);
  });
});
