import { Result } from "effect";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../prelude/date.js";
import { arbitraryKpiRecords } from "../testing/kpi.js";
import { columnsFromRecords, countsFromColumns, dayOrdinal, type KpiColumns } from "./columns.js";
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

describe("columnsFromRecords — the form of each field", () => {
  it("refuses a day that is not a calendar day, a number that is not whole and an unknown field", () => {
    const r = columnsFromRecords([{ receivedOn: "2022-02-30" }, { suspects: 1.5, detectedOn: "2022-01-01" }, { openedOn: "2022-01-01" } as unknown as KpiRecord]);
    expect(paths(r)).toEqual(["records[0].receivedOn", "records[1].suspects", "records[2].openedOn"]);
  });
});
