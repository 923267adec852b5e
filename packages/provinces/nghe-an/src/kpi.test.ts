import { evaluateKpis, type KpiCounts, type KpiReport } from "@ctip-vn/domain/kpi";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { ngheAn } from "./profile.js";

const counts: KpiCounts = { reportsReceived: 30, reportsClassified: 30, reportsResolved: 28, casesInitiated: 10, casesSolved: 9 };
const evaluate = (from: string, to: string): KpiReport => {
  const r = evaluateKpis({ province: "nghe-an", period: { from, to }, counts }, { provinces: [ngheAn], evaluatedAt: "2026-11-25T00:00:00.000Z" });
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const basisOf = (r: KpiReport, id: string) => r.indicators.find((i) => i.id === id)?.basis.map((c) => c.instrument);

describe("Plan 179/KH-UBND — evaluateKpis reads the Nghệ An profile", () => {
  it("Plan 179/KH-UBND, in force from its issue date 16/03/2022, is cited with Decision 193/QĐ-TTg over 16/03–31/12/2022", () => {
    const r = evaluate("2022-03-16", "2022-12-31");
    expect(basisOf(r, "reports_resolved")).toEqual(["nghe-an:179/KH-UBND", "193/QĐ-TTg"]);
    expect(r.indicators.find((i) => i.id === "reports_resolved")).toMatchObject({ status: "met", provenance: { targets: { table: "province", version: { from: "2022-03-16", to: "2022-12-31" } } } });
    // "trên 90%" stays strict: 9/10 is not over 90%.
    expect(r.indicators.find((i) => i.id === "cases_solved")?.status).toBe("not_met");
  });

  it("Plan 179/KH-UBND does not judge 01/01–15/03/2022: that quarter is measured against Decision 193/QĐ-TTg alone", () => {
    expect(basisOf(evaluate("2022-01-01", "2022-03-15"), "reports_resolved")).toEqual(["193/QĐ-TTg"]);
    // The whole year 2022: the plan (no stricter) was not in force on 01/01, so Decision 193 alone judges it.
    expect(basisOf(evaluate("2022-01-01", "2022-12-31"), "reports_resolved")).toEqual(["193/QĐ-TTg"]);
  });

  it("Decision 193/QĐ-TTg binds Nghệ An outside the plan's year", () => {
    expect(basisOf(evaluate("2023-01-01", "2023-12-31"), "cases_solved")).toEqual(["193/QĐ-TTg"]);
  });
});
