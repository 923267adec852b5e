import { ageOn, compareFractions, formatCitation, fraction, isoDate, percent } from "@ctip-vn/domain";

/** A named group of benchmark tasks. */
export interface Suite {
  readonly name: string;
  readonly tasks: Readonly<Record<string, () => unknown>>;
}

const birth = isoDate("2009-01-31");
const offence = isoDate("2025-01-30");

export const suites: ReadonlyArray<Suite> = [
  {
    name: "prelude",
    tasks: {
      "ageOn (birthday arithmetic)": () => ageOn(birth, offence),
      "compareFractions 9/10 vs 90%": () => compareFractions(fraction(9, 10), percent(90)),
      "formatCitation vi": () => formatCitation({ instrument: "100/2015/QH13", article: 150, clause: 2, point: "đ" }, "vi"),
    },
  },
];
