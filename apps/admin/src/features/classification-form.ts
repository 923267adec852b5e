import type { CaseFactsInput } from "@ctip-vn/domain/classification";

/** One victim row of the form: every fact known, nothing aggravating until staff tick it. */
export interface VictimForm {
  readonly ageYears: number;
  readonly injuryPercent: number;
  readonly outcome: "none" | "death" | "suicide";
  readonly bodyPartRemoved: boolean;
  readonly inOffenderCare: boolean;
  readonly takenAcrossBorder: boolean;
}

export const blankVictim = (): VictimForm => ({ ageYears: 18, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false });

/** A new case: the lists start as "known none", so staff tick only what the file shows. */
export const emptyCase = (today = new Date().toISOString().slice(0, 10)): CaseFactsInput => ({
  offenceDate: today,
  acts: [],
  purposes: [],
  means: [],
  circumstances: [],
  humanitarianPurpose: false,
});

/** Adds `value` when absent, removes it when present. */
export const toggle = <T,>(list: ReadonlyArray<T>, value: T): T[] => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
