import { citeAsOf } from "../law/index.js";
import type { IsoDate } from "../prelude/date.js";
import { say } from "./messages.js";
import type { Screening } from "./result.js";
import { CHILD_AGE_LIMIT, type AgedVictim } from "./rules.js";
import type { CaseFacts } from "./schema.js";

const BLHS = "100/2015/QH13" as const;
const NQ = "02/2019/NQ-HĐTP" as const;

/**
 * Neighbouring offences the facts point at, instead of or beside trafficking:
 * Art. 152 (swapping infants under 1), Art. 153 (appropriating persons under 16), Art. 154 (trading
 * in body parts), Art. 348 (illegal exit, entry or stay in Vietnam, for profit) and Art. 349 (illegal
 * emigration or stay abroad). An offender aged 14–15 is not liable under any of them (Art. 12(2)).
 * @category classification
 * @since 0.1.0
 */
export const screen = (f: CaseFacts, victims: ReadonlyArray<AgedVictim>, ctx: { readonly trafficking: boolean; readonly asOf: IsoDate }): Screening[] => {
  const c = (instrument: typeof BLHS | typeof NQ, article: number, clause?: number) =>
    citeAsOf(instrument, clause === undefined ? { article } : { article, clause }, ctx.asOf);
  const youngOffender = f.offenderAgeYears !== undefined && f.offenderAgeYears >= 14 && f.offenderAgeYears < 16;
  const liabilityBasis = youngOffender ? [c(BLHS, 12, 2)] : [];
  const out: Screening[] = [];
  const coercion = (f.means ?? []).some((m) => m === "force" || m === "threat_of_force" || m === "other_trick");

  const infants = victims.filter((v) => v.age !== undefined && v.age < 1);
  if (infants.length > 0)
    out.push({
      article: "152",
      relation: ctx.trafficking ? "beside" : "instead_of",
      ...say("screening.infant-swap", "undetermined", { count: infants.length, youngOffender }, [c(BLHS, 152, 1), ...liabilityBasis]),
    });

  const children = victims.filter((v) => v.age !== undefined && v.age < CHILD_AGE_LIMIT);
  if (children.length > 0 && !ctx.trafficking && coercion)
    out.push({
      article: "153",
      relation: "instead_of",
      ...say("screening.appropriating-child", "undetermined", { youngOffender }, [c(BLHS, 153, 1), c(BLHS, 151, 1), ...liabilityBasis]),
    });

  const bodyPartTaken = victims.some((v) => v.facts.bodyPartRemoved === true);
  const organPurpose = (f.purposes ?? []).includes("organ_removal");
  if (bodyPartTaken || organPurpose) {
    const died = victims.some((v) => v.facts.bodyPartRemoved === true && v.facts.outcome === "death");
    out.push({
      article: "154",
      relation: ctx.trafficking ? "beside" : "instead_of",
      ...say("screening.body-parts", bodyPartTaken ? "held" : "undetermined", { taken: bodyPartTaken, died, youngOffender }, [
        c(BLHS, 154, 1),
        c(NQ, 8, 1),
        ...(died ? [c(NQ, 6, 1)] : []),
        ...liabilityBasis,
      ]),
    });
  }

  const crossed = victims.some((v) => v.facts.takenAcrossBorder === true);
  if (crossed && !ctx.trafficking) {
    const forProfit = (f.purposes ?? []).includes("money_or_benefit");
    out.push({
      article: "349",
      relation: "instead_of",
      ...say("screening.illegal-emigration", "undetermined", { youngOffender }, [c(BLHS, 349, 1), c(NQ, 5, 3), ...liabilityBasis]),
    });
    out.push({
      article: "348",
      relation: "instead_of",
      ...say("screening.illegal-exit", forProfit ? "held" : "undetermined", { forProfit, youngOffender }, [c(BLHS, 348, 1), ...liabilityBasis]),
    });
  }
  return out;
};
