import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isoDate } from "../prelude/date.js";
import { arbitraryKpiPeriod, arbitraryKpiRecords } from "../testing/kpi.js";
import { columnsFromRecords, countsFromColumns, dayOrdinal, KPI_DAY_FIELDS, KPI_PEOPLE_FIELDS, type KpiColumns } from "./columns.js";
import { countsFromRecords } from "./records.js";
import type { KpiRecord } from "./schema.js";

const period = { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") };
const columnsOf = (records: ReadonlyArray<KpiRecord>): KpiColumns => {
  const c = columnsFromRecords(records);
  if (Result.isFailure(c)) throw new Error(c.failure.issues.map((i) => i.path).join(", "));
  return c.success;
};
const paths = (r: Result.Result<unknown, { readonly issues: ReadonlyArray<{ readonly path: string }> }>): string[] =>
  Result.isFailure(r) ? r.failure.issues.map((i) => i.path).toSorted() : [];

describe("dayOrdinal — days as numbers that compare like the days", () => {
  it("counts 0001-01-01 as 1 and 1970-01-01 as 719,163", () => {
    expect(dayOrdinal(isoDate("0001-01-01"))).toBe(1);
    expect(dayOrdinal(isoDate("1970-01-01"))).toBe(719_163);
    expect(dayOrdinal(isoDate("2022-01-01"))).toBe(738_156);
    expect(dayOrdinal(isoDate("2024-03-01")) - dayOrdinal(isoDate("2024-02-28"))).toBe(2);
  });
  it("orders days as their text does (property)", () => {
    const day = fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => isoDate(d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(Math.sign(dayOrdinal(a) - dayOrdinal(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});

describe("countsFromColumns — the cohort counts of countsFromRecords over typed arrays", () => {
  it("gives the counts of countsFromRecords for the same well-formed records (property)", () => {
    fc.assert(
      fc.property(arbitraryKpiRecords(), ({ period: p, records }) => {
        expect(countsFromColumns(columnsOf(records), p)).toEqual(countsFromRecords(records, p));
      }),
    );
  });
  it("refuses the records countsFromRecords refuses, at the same paths (steps out of order, figures without a detection day)", () => {
    const records: KpiRecord[] = [
      { receivedOn: "2022-03-01", classifiedOn: "2022-03-02" },
      { receivedOn: "2022-03-05", resolvedOn: "2022-03-01" },
      { solvedOn: "2022-04-01" },
      { suspects: 2 },
      { procuracyAcceptedOn: "2022-05-01", indictedOn: "2022-04-30", courtAcceptedOn: "2022-06-01" },
    ];
    const columns = countsFromColumns(columnsOf(records), period);
    expect(paths(columns)).toEqual(["records[1].resolvedOn", "records[2].solvedOn", "records[3].detectedOn", "records[4].indictedOn"]);
    expect(paths(columns)).toEqual(paths(countsFromRecords(records, period)));
  });
  it("gives the issues of countsFromRecords, codes, parameters and texts included", () => {
    const records: KpiRecord[] = [{ receivedOn: "2022-03-05", resolvedOn: "2022-03-01" }, { triedOn: "2022-01-01" }, { suspects: 1 }];
    const r = countsFromColumns(columnsOf(records), period);
    const expected = countsFromRecords(records, period);
    expect(Result.isFailure(r) && r.failure.issues).toEqual(Result.isFailure(expected) && expected.failure.issues);
  });
  it("refuses a day that is not an ordinal, a negative number and a column of the wrong length", () => {
    const bad = countsFromColumns({ length: 2, receivedOn: Int32Array.of(-5, 0), suspects: Int32Array.of(0, -1), detectedOn: Int32Array.of(0, dayOrdinal(isoDate("2022-02-02"))) }, period);
    expect(paths(bad)).toEqual(["records[0].receivedOn", "records[1].suspects"]);
    expect(paths(countsFromColumns({ length: 3, triedOn: new Int32Array(2) }, period))).toEqual(["columns.triedOn"]);
  });
  it("counts nothing for absent columns and stops after 100 issues", () => {
    expect(countsFromColumns({ length: 5 }, period)).toEqual(countsFromRecords([{}, {}, {}, {}, {}], period));
    const many = countsFromColumns({ length: 500, solvedOn: new Int32Array(500).fill(dayOrdinal(isoDate("2022-01-02"))) }, period);
    expect(Result.isFailure(many) && many.failure.issues.length).toBe(101);
  });
});

// Records whose steps are drawn on their own (so often out of order or missing the step they
// follow) and whose figures (never 0: see the Gotcha of countsFromColumns) may lack a detection day.
const arbitraryUncheckedRecords = (maxLength: number) =>
  arbitraryKpiPeriod().chain((p) => {
    const day = fc.option(
      fc.integer({ min: -60, max: 425 }).map((n) => addDays(p.from, n)),
      { nil: undefined, freq: 2 },
    );
    const figure = fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined, freq: 2 });
    const record = fc
      .tuple(fc.tuple(...KPI_DAY_FIELDS.map(() => day)), fc.tuple(...KPI_PEOPLE_FIELDS.map(() => figure)))
      .map(([days, people]) => {
        const r: Record<string, string | number> = {};
        KPI_DAY_FIELDS.forEach((f, i) => {
          const v = days[i];
          if (v !== undefined) r[f] = v;
        });
        KPI_PEOPLE_FIELDS.forEach((f, i) => {
          const v = people[i];
          if (v !== undefined) r[f] = v;
        });
        return r as KpiRecord;
      });
    return fc.array(record, { maxLength }).map((records) => ({ period: p, records }));
  });
/** The counts, or the issues (codes, paths, parameters and texts). */
const outcome = (r: ReturnType<typeof countsFromColumns>): unknown => (Result.isFailure(r) ? r.failure.issues : r.success);

describe("countsFromColumns — refused rows among counted ones", () => {
  it("gives the result of countsFromRecords, counts or issues, when rows it counted are followed by rows it refuses (property)", () => {
    fc.assert(
      fc.property(arbitraryUncheckedRecords(300), ({ period: p, records }) => {
        expect(outcome(countsFromColumns(columnsOf(records), p))).toEqual(outcome(countsFromRecords(records, p)));
      }),
    );
  });
  it("gives for each row, whatever its numbers, the issues that row gives alone, up to the cap (property)", () => {
    const value = fc.oneof(
      fc.constant(0),
      fc.integer({ min: dayOrdinal(isoDate("2021-11-01")), max: dayOrdinal(isoDate("2023-02-01")) }),
      fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
      fc.constantFrom(-1, 3_652_059, 3_652_060, -2_147_483_648, 2_147_483_647),
    );
    const fields = [...KPI_DAY_FIELDS, ...KPI_PEOPLE_FIELDS];
    const rows = fc.array(fc.tuple(...fields.map(() => value)), { maxLength: 150 });
    const columnsOfRows = (rs: ReadonlyArray<ReadonlyArray<number>>): KpiColumns =>
      Object.fromEntries([["length", rs.length], ...fields.map((f, j) => [f, Int32Array.from(rs, (r) => r[j] ?? 0)])]) as KpiColumns;
    fc.assert(
      fc.property(rows, (rs) => {
        const all = countsFromColumns(columnsOfRows(rs), period);
        const alone = rs.map((r) => countsFromColumns(columnsOfRows([r]), period));
        const expected = alone.flatMap((one, at) =>
          Result.isFailure(one) ? one.failure.issues.map((i) => `${i.code} ${i.path.replace("records[0]", `records[${at}]`)}`) : [],
        );
        const kept = expected.slice(0, 100);
        const issues = Result.isFailure(all) ? all.failure.issues.map((i) => `${i.code} ${i.path}`) : [];
        expect(issues).toEqual(kept.length === 100 ? [...kept, "kpi.issue.too-many records"] : kept);
        expect(Result.isSuccess(all)).toBe(expected.length === 0);
      }),
    );
  });
  it("finds refused rows among 200,000 (the first, the last, side by side, far apart) and counts the rest as countsFromRecords does", () => {
    const good: KpiRecord[] = [
      { receivedOn: "2022-03-01", classifiedOn: "2022-03-02", resolvedOn: "2023-01-05" },
      { initiatedOn: "2022-02-01", solvedOn: "2022-06-01", detectedOn: "2022-01-20", suspects: 2, victimsRescued: 1 },
      { procuracyAcceptedOn: "2021-12-30", indictedOn: "2022-01-03", courtAcceptedOn: "2022-02-01", triedOn: "2022-12-31" },
      {},
    ];
    const records = Array.from({ length: 200_000 }, (_, i) => good[i % good.length] as KpiRecord);
    expect(countsFromColumns(columnsOf(records), period)).toEqual(countsFromRecords(records, period));
    const bad = new Set([0, 255, 256, 65_535, 65_536, 65_537, 131_072, 199_999]);
    const refused = records.map((r, i) => (bad.has(i) ? { solvedOn: "2022-04-01" } : r));
    const r = countsFromColumns(columnsOf(refused), period);
    expect(paths(r)).toEqual([...bad].map((i) => `records[${i}].solvedOn`).toSorted());
    expect(outcome(r)).toEqual(outcome(countsFromRecords(refused, period)));
  });
  it("counts days after the year 2870, whose bits together pass the last day 9999-12-31 though each is a day", () => {
    const last = dayOrdinal(isoDate("9999-12-31"));
    expect((dayOrdinal(isoDate("2871-06-01")) | last) > last).toBe(true);
    const far = { from: isoDate("2871-01-01"), to: isoDate("9999-12-31") };
    const records: KpiRecord[] = [
      { receivedOn: "2871-06-01", classifiedOn: "9999-12-31", resolvedOn: "5000-05-05" },
      { initiatedOn: "2871-06-01", solvedOn: "9999-12-31", detectedOn: "9999-12-31", suspects: 3 },
      { receivedOn: "9999-12-31", classifiedOn: "2871-06-01" },
    ];
    const r = countsFromColumns(columnsOf(records), far);
    expect(paths(r)).toEqual(["records[2].classifiedOn"]);
    expect(outcome(r)).toEqual(outcome(countsFromRecords(records, far)));
    const counted = countsFromColumns(columnsOf(records.slice(0, 2)), far);
    expect(counted).toEqual(countsFromRecords(records.slice(0, 2), far));
    expect(Result.isSuccess(counted) && [counted.success.reportsReceived, counted.success.reportsClassified, counted.success.casesSolved, counted.success.suspects]).toEqual([1, 1, 1, 3]);
  });
});

describe("columnsFromRecords — the form of each field", () => {
  it("refuses a day that is not a calendar day, a number that is not whole and an unknown field", () => {
    const r = columnsFromRecords([{ receivedOn: "2022-02-30" }, { suspects: 1.5, detectedOn: "2022-01-01" }, { openedOn: "2022-01-01" } as unknown as KpiRecord]);
    expect(paths(r)).toEqual(["records[0].receivedOn", "records[1].suspects", "records[2].openedOn"]);
  });
});
