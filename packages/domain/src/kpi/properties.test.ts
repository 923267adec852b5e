import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareFractions, fraction } from "../prelude/fraction.js";
import { arbitraryKpiCounts, arbitraryKpiPeriod, arbitraryKpiRecords } from "../testing/kpi.js";
import { evaluateKpiRecords, evaluateKpis } from "./evaluate.js";
import type { KpiReport } from "./result.js";
import { countsFromRecords } from "./records.js";
import type { KpiCounts, KpiRecord } from "./schema.js";

const evaluate = (counts: KpiCounts, period: { from: string; to: string }): KpiReport => {
  const r = evaluateKpis({ province: "nghe-an", period, counts }, { evaluatedAt: "2026-11-25T00:00:00.000Z" });
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};

// A deliberately naive reference count (filters over arrays), to check the single-pass counter.
const referenceCounts = (records: ReadonlyArray<KpiRecord>, from: string, to: string) => {
  const inP = (d: string | undefined) => d !== undefined && from <= d && d <= to;
  const by = (d: string | undefined) => d !== undefined && d <= to;
  const received = records.filter((r) => inP(r.receivedOn));
  const initiated = records.filter((r) => inP(r.initiatedOn));
  const procuracy = records.filter((r) => inP(r.procuracyAcceptedOn));
  const court = records.filter((r) => inP(r.courtAcceptedOn));
  const detected = records.filter((r) => inP(r.detectedOn));
  const sum = (f: (r: KpiRecord) => number | undefined) => detected.reduce((s, r) => s + (f(r) ?? 0), 0);
  return {
    reportsReceived: received.length,
    reportsClassified: received.filter((r) => by(r.classifiedOn)).length,
    reportsResolved: received.filter((r) => by(r.resolvedOn)).length,
    casesInitiated: initiated.length,
    casesSolved: initiated.filter((r) => by(r.solvedOn)).length,
    casesHandledByProcuracy: procuracy.length,
    casesIndicted: procuracy.filter((r) => by(r.indictedOn)).length,
    casesAcceptedByCourts: court.length,
    casesTried: court.filter((r) => by(r.triedOn)).length,
    casesDetected: detected.length,
    suspects: sum((r) => r.suspects),
    victimsIdentified: sum((r) => r.victimsIdentified),
    victimsRescued: sum((r) => r.victimsRescued),
    victimsSupported: sum((r) => r.victimsSupported),
  };
};

describe("KPI properties", () => {
  it("every rate lies in [0, 1] and every status is decided or explained", () => {
    fc.assert(
      fc.property(arbitraryKpiCounts({ allowMissing: true }), arbitraryKpiPeriod(), (counts, period) => {
        const indicators = evaluate(counts, period).indicators;
        const rates = indicators.flatMap((i) => (i.rate === null ? [] : [i.rate]));
        expect(rates.filter((r) => compareFractions(r, fraction(0, 1)) < 0 || compareFractions(r, fraction(1, 1)) > 0)).toEqual([]);
        expect(indicators.filter((i) => (i.status === "not_applicable") !== (i.reason !== undefined))).toEqual([]);
        expect(indicators.filter((i) => (i.percent === null) !== (i.rate === null))).toEqual([]);
      }),
    );
  });

  it("adding a resolved report never lowers the resolution rate, nor turns met into not met", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((received) => fc.tuple(fc.constant(received), fc.integer({ min: 0, max: received - 1 }))), ([received, resolved]) => {
        const before = evaluate({ reportsReceived: received, reportsResolved: resolved }, { from: "2022-01-01", to: "2022-12-31" }).indicators[1];
        const after = evaluate({ reportsReceived: received, reportsResolved: resolved + 1 }, { from: "2022-01-01", to: "2022-12-31" }).indicators[1];
        expect(compareFractions(after?.rate ?? fraction(-1, 1), before?.rate ?? fraction(2, 1))).toBeGreaterThan(0);
        expect(before?.status === "met" && after?.status !== "met").toBe(false);
      }),
    );
  });

  it("a new resolved report (received and resolved) never lowers the resolution rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }).chain((received) => fc.tuple(fc.constant(received), fc.integer({ min: 0, max: received }))), ([received, resolved]) => {
        const period = { from: "2022-01-01", to: "2022-12-31" };
        const before = evaluate({ reportsReceived: received, reportsResolved: resolved }, period).indicators[1]?.rate ?? fraction(0, 1);
        const after = evaluate({ reportsReceived: received + 1, reportsResolved: resolved + 1 }, period).indicators[1]?.rate;
        expect(after === null || after === undefined ? -1 : compareFractions(after, before)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("the single-pass record counter agrees with a naive reference count", () => {
    fc.assert(
      fc.property(arbitraryKpiRecords(), ({ period, records }) => {
        const r = countsFromRecords(records, period);
        expect(Result.isSuccess(r) && r.success).toEqual(referenceCounts(records, period.from, period.to));
      }),
      { numRuns: 200 },
    );
  });

  it("the records path and the counts path give the same indicators and figures", () => {
    fc.assert(
      fc.property(arbitraryKpiRecords(), ({ period, records }) => {
        const viaRecords = evaluateKpiRecords({ province: "nghe-an", period, records }, { evaluatedAt: "x" });
        const counts = countsFromRecords(records, period);
        const viaCounts = Result.isSuccess(counts) ? evaluate(counts.success, period) : undefined;
        const strip = (r: KpiReport | undefined) => r && { figures: r.figures, indicators: r.indicators.map((i) => ({ ...i, provenance: { ...i.provenance, source: "-" } })) };
        expect(strip(Result.isSuccess(viaRecords) ? viaRecords.success : undefined)).toEqual(strip(viaCounts));
        expect(viaCounts).toBeDefined();
      }),
      { numRuns: 100 },
    );
  });
});
