import { ageOn, compareFractions, formatCitation, fraction, isoDate, percent } from "@ctip-vn/domain";
import { classifyCase, type CaseFactsInput } from "@ctip-vn/domain/classification";
import { arbitraryCompleteCaseFacts } from "@ctip-vn/domain/testing";
import { countsFromRecords, type KpiRecord } from "@ctip-vn/domain/kpi";
import * as fc from "fast-check";

/** A named group of benchmark tasks. */
export interface Suite {
  readonly name: string;
  readonly tasks: Readonly<Record<string, () => unknown>>;
}

const birth = isoDate("2009-01-31");
const offence = isoDate("2025-01-30");
/** 10,000 generated cases with every fact known, fixed seed so runs compare. */
export const cases: ReadonlyArray<CaseFactsInput> = fc.sample(arbitraryCompleteCaseFacts(), { numRuns: 10_000, seed: 42 });
const AT = { evaluatedAt: "2026-01-01T00:00:00Z" };

const DAYS = ["2021-12-15", "2022-01-10", "2022-03-31", "2022-06-30", "2022-09-01", "2022-12-31", "2023-01-02"] as const;
/** A lazily generated stream of case records: nothing is held in memory but the current one. */
function* records(n: number): Generator<KpiRecord> {
  for (let i = 0; i < n; i++) {
    const day = DAYS[i % DAYS.length] ?? "2022-06-30";
    yield i % 3 === 0
      ? { receivedOn: day, classifiedOn: day, ...(i % 7 === 0 ? {} : { resolvedOn: day }) }
      : { initiatedOn: day, procuracyAcceptedOn: day, courtAcceptedOn: day, detectedOn: day, suspects: 1 + (i % 3), victimsRescued: i % 2, ...(i % 11 === 0 ? {} : { solvedOn: day, indictedOn: day, triedOn: day }) };
  }
}
const PERIOD = { from: isoDate("2022-01-01"), to: isoDate("2022-12-31") };

export const suites: ReadonlyArray<Suite> = [
  {
    name: "prelude",
    tasks: {
      "ageOn (birthday arithmetic)": () => ageOn(birth, offence),
      "compareFractions 9/10 vs 90%": () => compareFractions(fraction(9, 10), percent(90)),
      "formatCitation vi": () => formatCitation({ instrument: "100/2015/QH13", article: 150, clause: 2, point: "đ" }, "vi"),
    },
  },
  {
    name: "kpi",
    tasks: {
      "countsFromRecords, 1,000,000 streamed records": () => countsFromRecords(records(1_000_000), PERIOD),
    },
  },
  {
    name: "classification",
    tasks: {
      "classifyCase, 10,000 generated cases": () => {
        let trafficking = 0;
        for (const c of cases) if (classifyCase(c, AT).status === "TRAFFICKING") trafficking += 1;
        return trafficking;
      },
    },
  },
];
