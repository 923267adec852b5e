import { evaluateKpis } from "@ctip-vn/domain/kpi";
import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { haiPhong } from "./profile.js";

describe("Decision 193/QĐ-TTg binds every province — Hải Phòng 2024", () => {
  it("Hải Phòng 2024 KPIs are evaluated against Decision 193/QĐ-TTg (the city's Plan 77/KH-BCĐ799 sets no targets)", () => {
    const r = evaluateKpis(
      {
        province: "hai-phong",
        period: { from: "2024-01-01", to: "2024-12-31" },
        counts: { reportsReceived: 40, reportsClassified: 40, reportsResolved: 36, casesInitiated: 12, casesSolved: 11, casesHandledByProcuracy: 20, casesIndicted: 19, casesAcceptedByCourts: 10, casesTried: 8 },
      },
      { provinces: [haiPhong], evaluatedAt: "2026-11-25T00:00:00.000Z" },
    );
    if (Result.isFailure(r)) throw new Error(r.failure.message);
    expect(r.success.indicators.map((i) => [i.code, i.status, i.target?.text, i.basis.map((c) => c.instrument)])).toEqual([
      ["K1", "met", "≥ 100%", ["193/QĐ-TTg"]],
      ["K2", "not_met", "> 90%", ["193/QĐ-TTg"]], // 36/40 = 90%: not over 90%
      ["K3", "met", "> 90%", ["193/QĐ-TTg"]],
      ["K4", "met", "≥ 95%", ["193/QĐ-TTg"]],
      ["K5", "not_met", "≥ 90%", ["193/QĐ-TTg"]],
    ]);
    expect(r.success.indicators[0]?.provenance.targets).toEqual({ province: "hai-phong", version: { from: "2021-01-01", to: "2025-12-31" }, table: "built-in" });
  });
});
