import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryKpiCounts, arbitraryKpiPeriod } from "../testing/kpi.js";
import { evaluateKpis } from "./evaluate.js";
import { COUNT_NAMES, KPI_DEFINITIONS, NESTED_COUNTS } from "./indicators.js";
import { calendarPeriod, publicationRecord, publishable, publishKpis } from "./publish.js";
import type { KpiReport, PublishedKpiReport } from "./result.js";
import type { KpiCounts } from "./schema.js";

const evaluate = (counts: KpiCounts, period = { from: "2022-01-01", to: "2022-12-31" }): KpiReport => {
  const r = evaluateKpis({ province: "nghe-an", period, counts }, { evaluatedAt: "2026-11-25T00:00:00.000Z" });
  if (Result.isFailure(r)) throw new Error(r.failure.message);
  return r.success;
};
const paths = (p: PublishedKpiReport) => p.suppressed.map((s) => `${s.path} ${s.code.replace("kpi.suppressed.", "")}`);

describe("publishable — small-count suppression", () => {
  it("withholds counts from 1 to k − 1 everywhere they appear, and the rates built on them", () => {
    const p = publishable(evaluate({ casesInitiated: 5, casesSolved: 5, casesDetected: 5, suspects: 6, victimsRescued: 4, victimsIdentified: 0 }));
    expect(p.counts).toEqual({ casesInitiated: null, casesSolved: null, casesDetected: null, suspects: null, victimsIdentified: 0, victimsRescued: null });
    expect(p.figures).toEqual({ casesDetected: null, suspects: null, victimsIdentified: 0, victimsRescued: null, victimsSupported: null });
    const k3 = p.indicators.find((i) => i.id === "cases_solved");
    expect(k3).toMatchObject({ status: "suppressed", rate: null, percent: null, value: { numerator: null, denominator: null } });
    expect(paths(p)).toContain("indicators[2].status rate");
    expect(paths(p)).toContain("figures.suspects small-count");
  });

  it("withholds a count that subtraction from a published total would reveal (100 received, 95 resolved → 5)", () => {
    const p = publishable(evaluate({ reportsReceived: 100, reportsClassified: 100, reportsResolved: 95 }));
    expect(p.counts).toEqual({ reportsReceived: 100, reportsClassified: 100, reportsResolved: null });
    expect(p.indicators[0]).toMatchObject({ status: "met", percent: "100.0%" });
    expect(p.indicators[1]).toMatchObject({ status: "suppressed", value: { numerator: null, denominator: 100 } });
    expect(paths(p)).toContain("counts.reportsResolved subtraction");
  });

  it("would otherwise leak through a rate: 10/11 'over 90%' gives the 10 away", () => {
    const internal = evaluate({ casesInitiated: 11, casesSolved: 10 });
    expect(internal.indicators[2]?.status).toBe("met");
    const p = publishable(internal);
    expect(p.indicators[2]).toMatchObject({ status: "suppressed", value: { numerator: null, denominator: 11 } });
  });

  it("publishes zeros, and large counts with large differences", () => {
    const p = publishable(evaluate({ reportsReceived: 40, reportsClassified: 40, reportsResolved: 27, casesInitiated: 0, casesSolved: 0 }));
    expect(p.suppressed).toEqual([]);
    expect(p.indicators.map((i) => i.status)).toEqual(["met", "not_met", "not_applicable", "not_applicable", "not_applicable"]);
  });

  it("leaves the internal report exact and replaces its receipt", () => {
    const internal = evaluate({ casesDetected: 5 });
    const p = publishable(internal);
    expect(internal.figures.casesDetected).toBe(5);
    expect(internal.view).toBe("internal");
    expect(p.view).toBe("public");
    expect(p.receipt.inputHash).not.toBe(internal.receipt.inputHash);
    expect(p.receipt.evaluatedAt).toBe(internal.receipt.evaluatedAt);
    const other = publishable(evaluate({ casesDetected: 6 }));
    expect(other.receipt).toEqual(p.receipt);
  });

  it("honours k", () => {
    const report = evaluate({ casesDetected: 5, suspects: 12 });
    expect(publishable(report, { k: 5 }).figures).toMatchObject({ casesDetected: 5, suspects: 12 });
    expect(publishable(report, { k: 13 }).figures).toMatchObject({ casesDetected: null, suspects: null });
    expect(() => publishable(report, { k: 0 })).toThrow(RangeError);
  });
});

// Every way a published report could give away a count from 1 to k − 1 (empty when it cannot).
const leaks = (p: PublishedKpiReport, k: number): string[] => {
  const small = (n: number | null | undefined) => typeof n === "number" && n >= 1 && n < k;
  const found: string[] = [];
  for (const name of COUNT_NAMES) if (small(p.counts[name])) found.push(`counts.${name}`);
  for (const [part, whole] of NESTED_COUNTS) {
    const a = p.counts[part];
    const b = p.counts[whole];
    if (typeof a === "number" && typeof b === "number" && small(b - a)) found.push(`counts.${whole} − counts.${part}`);
  }
  p.indicators.forEach((ind, i) => {
    if (KPI_DEFINITIONS[i]?.id !== ind.id) found.push(`indicators[${i}] order`);
    const { numerator, denominator } = ind.value;
    if (small(numerator) || small(denominator)) found.push(`indicators[${i}].value`);
    const decided = ind.rate !== null || ind.percent !== null || ind.status === "met" || ind.status === "not_met";
    if (decided && (numerator === null || denominator === null)) found.push(`indicators[${i}] rate of a withheld count`);
    if (decided && numerator !== null && denominator !== null && small(denominator - numerator)) found.push(`indicators[${i}] complement`);
  });
  for (const [name, v] of Object.entries(p.figures)) if (small(v)) found.push(`figures.${name}`);
  return found;
};

describe("publishable — properties", () => {
  const k = fc.integer({ min: 2, max: 20 });

  it("never publishes a count from 1 to k − 1, directly or by subtraction, and never a rate of a withheld count", () => {
    fc.assert(
      fc.property(arbitraryKpiCounts({ allowMissing: true, max: 60 }), arbitraryKpiPeriod(), k, (counts, period, kk) => {
        expect(leaks(publishable(evaluate(counts, period), { k: kk }), kk)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the leak check itself catches an unsuppressed report", () => {
    const internal = evaluate({ reportsReceived: 100, reportsClassified: 100, reportsResolved: 95, casesDetected: 3 });
    const naive = { ...publishable(internal, { k: 1 }), counts: internal.counts } as PublishedKpiReport;
    expect(leaks(naive, 11)).toEqual(["counts.casesDetected", "counts.reportsReceived − counts.reportsResolved",
      "counts.reportsClassified − counts.reportsResolved",
      "indicators[1] complement", "figures.casesDetected"]);
  });

  it("publishes exactly what the internal report says for every cell it does not withhold", () => {
    fc.assert(
      fc.property(arbitraryKpiCounts({ allowMissing: true, max: 60 }), k, (counts, kk) => {
        const internal = evaluate(counts);
        const p = publishable(internal, { k: kk });
        const withheld = new Set(p.suppressed.map((s) => s.path));
        const differs = [
          ...COUNT_NAMES.filter((n) => !withheld.has(`counts.${n}`) && (p.counts[n] ?? undefined) !== internal.counts[n]),
          ...p.indicators.filter((ind, i) => !withheld.has(`indicators[${i}].status`) && ind.status !== internal.indicators[i]?.status).map((ind) => ind.id),
        ];
        expect(differs).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("publishKpis — the publication ledger (issue 17, item 12)", () => {
  const YEAR = { from: "2022-01-01", to: "2022-12-31" };
  const published = (r: ReturnType<typeof publishKpis>): PublishedKpiReport => {
    if (Result.isFailure(r)) throw new Error(r.failure.message);
    return r.success;
  };

  it("overlapping publications: 2022 and 01/01–30/12/2022 would reveal a count of 3 by subtraction, so the second withholds it", () => {
    const year = published(publishKpis(evaluate({ victimsIdentified: 25, reportsReceived: 200, reportsClassified: 200 }, YEAR)));
    expect(year.counts.victimsIdentified).toBe(25);
    const ledger = [publicationRecord(year)];
    // Off calendar boundaries: refused by default.
    const refused = publishKpis(evaluate({ victimsIdentified: 22, reportsReceived: 200, reportsClassified: 200 }, { from: "2022-01-01", to: "2022-12-30" }), { ledger });
    expect(Result.isFailure(refused) && refused.failure._tag === "InvalidFacts" ? refused.failure.issues.map((i) => i.path) : []).toEqual(["period"]);
    // Allowed explicitly: the count that would give 3 away is withheld, naming the earlier period.
    const second = published(publishKpis(evaluate({ victimsIdentified: 22, reportsReceived: 200, reportsClassified: 200 }, { from: "2022-01-01", to: "2022-12-30" }), { ledger, periods: "any" }));
    expect(second.counts).toEqual({ victimsIdentified: null, reportsReceived: 200, reportsClassified: 200 });
    expect(second.figures.victimsIdentified).toBeNull();
    expect(second.suppressed.find((s) => s.path === "counts.victimsIdentified")).toMatchObject({ code: "kpi.suppressed.ledger", params: { from: "2022-01-01", to: "2022-12-31", max: 10 } });
  });

  it("a quarter published after its year withholds what the difference would reveal; a distant difference is published", () => {
    const year = published(publishKpis(evaluate({ casesInitiated: 40, casesSolved: 38 }, YEAR)));
    const q1 = published(publishKpis(evaluate({ casesInitiated: 35, casesSolved: 12 }, { from: "2022-01-01", to: "2022-03-31" }), { ledger: [publicationRecord(year)] }));
    expect(q1.counts).toEqual({ casesInitiated: null, casesSolved: 12 });
    expect(q1.indicators[2]).toMatchObject({ status: "suppressed", rate: null });
  });

  it("reads only the same province's ledger, and republishing the same figures withholds nothing more", () => {
    const year = published(publishKpis(evaluate({ victimsIdentified: 25 }, YEAR)));
    const other = { ...publicationRecord(year), province: "hai-phong", counts: { victimsIdentified: 20 } };
    const again = published(publishKpis(evaluate({ victimsIdentified: 25 }, YEAR), { ledger: [other, publicationRecord(year)] }));
    expect(again.counts.victimsIdentified).toBe(25);
  });

  it("nested figures: victims identified 25 and rescued 20 would reveal 5, so rescued is withheld", () => {
    const p = published(publishKpis(evaluate({ victimsIdentified: 25, victimsRescued: 20 }, YEAR)));
    expect(p.counts).toEqual({ victimsIdentified: 25, victimsRescued: null });
    expect(paths(p)).toContain("counts.victimsRescued subtraction");
  });

  it("publishes only whole months, quarters and years by default", () => {
    expect(["2022-02-01…2022-02-28", "2022-04-01…2022-06-30", "2022-01-01…2022-12-31", "2022-02-01…2022-03-31", "2022-03-16…2022-12-31"].map((s) => {
      const [from = "", to = ""] = s.split("…");
      return calendarPeriod({ from, to });
    })).toEqual(["month", "quarter", "year", undefined, undefined]);
  });

  it("a bad k is InvalidFacts, not a thrown RangeError", () => {
    const r = publishKpis(evaluate({}, YEAR), { k: 0 });
    expect(Result.isFailure(r) && r.failure._tag === "InvalidFacts" ? r.failure.issues.map((i) => i.path) : []).toEqual(["k"]);
  });
});
