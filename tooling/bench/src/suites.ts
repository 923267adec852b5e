import { ageOn, compareFractions, formatCitation, fraction, isoDate, percent } from "@ctip-vn/domain";
import { classifyCase, type CaseFactsInput } from "@ctip-vn/domain/classification";
import { arbitraryCompleteCaseFacts } from "@ctip-vn/domain/testing";
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
