import { Result } from "effect";
import { describe, expect, it } from "vitest";
import { isoDate } from "../prelude/date.js";
import { evaluateKpiRecords, evaluateKpis } from "./evaluate.js";
import { countsFromAsyncRecords, countsFromRecords, makeKpiCounter, MAX_RECORD_ISSUES } from "./records.js";
import type { KpiRecord } from "./schema.js";

const period = { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") };
const counts = (records: Iterable<KpiRecord>) => {
  const r = countsFromRecords(records, period);
  return Result.isSuccess(r) ? r.success : r.failure;
};

describe("countsFromRecords — cohorts of the period", () => {
  it("counts a report received in the period, and its steps taken by the period's end", () => {
    expect(
      counts([
        { receivedOn: "2022-03-01", classifiedOn: "2022-03-02", resolvedOn: "2022-04-01" },
        { receivedOn: "2022-12-20", classifiedOn: "2022-12-21", resolvedOn: "2023-01-10" },
        { receivedOn: "2021-12-30", classifiedOn: "2022-01-02", resolvedOn: "2022-02-01" },
      ]),
    ).toMatchObject({ reportsReceived: 2, reportsClassified: 2, reportsResolved: 1 });
  });
  it("counts each stage of a case by its own opening day", () => {
    const record: KpiRecord = {
      initiatedOn: "2021-11-01",
      solvedOn: "2021-12-01",
      procuracyAcceptedOn: "2022-02-01",
      indictedOn: "2022-03-01",
      courtAcceptedOn: "2022-05-01",
      triedOn: "2023-01-15",
    };
    expect(counts([record])).toMatchObject({ casesInitiated: 0, casesSolved: 0, casesHandledByProcuracy: 1, casesIndicted: 1, casesAcceptedByCourts: 1, casesTried: 0 });
  });
  it("places suspects and victims in the period by the detection day (H1-2023: 5 cases, 6 suspects, 4 rescued)", () => {
    const h1 = { from: isoDate("2023-01-01"), to: isoDate("2023-06-30") };
    const rows: KpiRecord[] = [
      { detectedOn: "2023-01-10", suspects: 2, victimsRescued: 1 },
      { detectedOn: "2023-02-10", suspects: 1, victimsRescued: 1 },
      { detectedOn: "2023-03-10", suspects: 1 },
      { detectedOn: "2023-05-10", suspects: 1, victimsRescued: 2 },
      { detectedOn: "2023-06-30", suspects: 1 },
      { detectedOn: "2023-07-01", suspects: 9, victimsRescued: 9 },
    ];
    const r = countsFromRecords(rows, h1);
    expect(Result.isSuccess(r) && r.success).toMatchObject({ casesDetected: 5, suspects: 6, victimsRescued: 4, victimsIdentified: 0 });
  });
  it("counts zeros for a period without records", () => {
    expect(counts([])).toMatchObject({ reportsReceived: 0, casesTried: 0, suspects: 0 });
  });
});

describe("countsFromRecords — bad records are issues with paths", () => {
  it.each([
    ["a malformed day", { receivedOn: "2022-3-1" }, "records[0].receivedOn"],
    ["a day that does not exist", { receivedOn: "2022-02-30" }, "records[0].receivedOn"],
    ["a step before the one it follows", { receivedOn: "2022-03-02", resolvedOn: "2022-03-01" }, "records[0].resolvedOn"],
    ["a step without the one it follows", { triedOn: "2022-03-01" }, "records[0].triedOn"],
    ["a negative number of victims", { detectedOn: "2022-03-01", victimsRescued: -1 }, "records[0].victimsRescued"],
    ["victims without a detection day", { victimsRescued: 2 }, "records[0].detectedOn"],
    ["an unknown field", { receivedOn: "2022-03-01", receivedAt: "x" }, "records[0].receivedAt"],
  ] as const)("%s", (_, record, path) => {
    const r = countsFromRecords([record as KpiRecord], period);
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.path)).toContain(path);
  });
  it("stops after a bounded number of issues", () => {
    function* bad() {
      for (let i = 0; i < 1_000_000; i++) yield { receivedOn: "nope" } as KpiRecord;
    }
    const r = countsFromRecords(bad(), period);
    expect(Result.isFailure(r) && r.failure.issues.length).toBe(MAX_RECORD_ISSUES + 1);
  });
  it("evaluateKpiRecords reports bad headers and non-iterables without throwing", () => {
    const bad = evaluateKpiRecords({ province: "nghe-an", period: { from: "2022-13-01", to: "2022-12-31" }, records: [] });
    expect(Result.isFailure(bad) && bad.failure._tag === "InvalidFacts" && bad.failure.issues[0]?.path).toBe("period.from");
    const notIterable = evaluateKpiRecords({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, records: null as unknown as KpiRecord[] });
    expect(Result.isFailure(notIterable) && notIterable.failure._tag === "InvalidFacts" && notIterable.failure.issues[0]?.path).toBe("records");
  });
});

describe("records path", () => {
  it("evaluates like the counts path, with provenance 'records'", () => {
    const rows: KpiRecord[] = Array.from({ length: 30 }, (_, i) => ({ receivedOn: "2022-05-01", classifiedOn: "2022-05-02", ...(i < 27 ? { resolvedOn: "2022-06-01" } : {}) }));
    const fromRecords = evaluateKpiRecords({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, records: rows });
    const fromCounts = evaluateKpis({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, counts: { reportsReceived: 30, reportsClassified: 30, reportsResolved: 27 } });
    const k2 = Result.isSuccess(fromRecords) ? fromRecords.success.indicators[1] : undefined;
    expect(k2).toMatchObject({ id: "reports_resolved", status: "not_met", value: { numerator: 27, denominator: 30 }, provenance: { source: "records" } });
    expect(Result.isSuccess(fromCounts) && fromCounts.success.indicators[1]?.status).toBe(k2?.status);
  });

  it("streams asynchronously through the same counter", async () => {
    async function* rows() {
      for (let i = 0; i < 100; i++) yield { initiatedOn: "2022-02-01", ...(i % 10 === 0 ? {} : { solvedOn: "2022-03-01" }) } satisfies KpiRecord;
    }
    const r = await countsFromAsyncRecords(rows(), period);
    expect(Result.isSuccess(r) && [r.success.casesInitiated, r.success.casesSolved]).toEqual([100, 90]);
    const counter = makeKpiCounter(period);
    expect(counter.add({ initiatedOn: "2022-02-01" })).toBe(true);
    expect(Result.isSuccess(counter.done()) && counter.done()).toMatchObject({ success: { casesInitiated: 1 } });
  });

  it("counts 1,000,000 generated records in one pass (speed is measured by the benchmark, not here)", () => {
    const days = ["2021-12-15", "2022-01-10", "2022-06-30", "2022-12-31", "2023-01-02"];
    function* generate(n: number): Generator<KpiRecord> {
      for (let i = 0; i < n; i++) {
        const day = days[i % days.length] ?? "2022-06-30";
        yield i % 3 === 0
          ? { receivedOn: day, classifiedOn: day, ...(i % 7 === 0 ? {} : { resolvedOn: day }) }
          : { initiatedOn: day, procuracyAcceptedOn: day, courtAcceptedOn: day, detectedOn: day, suspects: 1, victimsRescued: i % 2, ...(i % 11 === 0 ? {} : { solvedOn: day, indictedOn: day, triedOn: day }) };
      }
    }
    const r = countsFromRecords(generate(1_000_000), period);
    const c = Result.isSuccess(r) ? r.success : undefined;
    // Reference totals computed arithmetically: 3 of every 5 days fall in 2022.
    let received = 0;
    let resolved = 0;
    let initiated = 0;
    let solved = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const inYear = i % 5 >= 1 && i % 5 <= 3;
      if (!inYear) continue;
      if (i % 3 === 0) {
        received++;
        if (i % 7 !== 0) resolved++;
      } else {
        initiated++;
        if (i % 11 !== 0) solved++;
      }
    }
    expect(c).toMatchObject({ reportsReceived: received, reportsClassified: received, reportsResolved: resolved, casesInitiated: initiated, casesSolved: solved, casesDetected: initiated, suspects: initiated });
  }, 60_000);
});
