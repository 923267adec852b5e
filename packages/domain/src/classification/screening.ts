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
 * Art. 153 (appropriating persons under 16), Art. 154 (trading in body parts; with Art. 123 where a
 * vital organ was removed and the victim died), Art. 348 (illegal exit, entry or stay in Vietnam,
 * for profit), Art. 349 (illegal emigration or stay abroad) and Art. 350 (forcing someone to flee
 * or stay abroad, where force was used). An offender aged 14–15 is not liable under any of them
 * except Art. 123 (Art. 12(2)).
 *
 * `trafficking` is what is known of the conduct: `undefined` (undetermined) is never read as
 * "no trafficking" — the notes that apply instead of trafficking then say "if trafficking is not
 * established". Art. 152 (swapping persons under 1) needs a swap of one infant with another, which
 * the facts cannot express, so it is never pointed at from an infant's age alone.
 * @category classification
 * @since 0.1.0
 */
export const screen = (f: CaseFacts, victims: ReadonlyArray<AgedVictim>, ctx: { readonly trafficking: boolean | undefined; readonly asOf: IsoDate }): Screening[] => {
  const c = (instrument: typeof BLHS | typeof NQ, article: number, clause?: number) =>
    citeAsOf(instrument, clause === undefined ? { article } : { article, clause }, ctx.asOf);
  const youngOffender = f.offenderAgeYears !== undefined && f.offenderAgeYears >= 14 && f.offenderAgeYears < 16;
  const liabilityBasis = youngOffender ? [c(BLHS, 12, 2)] : [];
  const out: Screening[] = [];
  const coercion = (f.means ?? []).some((m) => m === "force" || m === "threat_of_force" || m === "other_trick");
  const force = (f.means ?? []).some((m) => m === "force" || m === "threat_of_force");
  const ifNot = ctx.trafficking === undefined;
  const notTrafficking = ctx.trafficking !== true;

  const children = victims.filter((v) => v.age !== undefined && v.age < CHILD_AGE_LIMIT);
  if (children.length > 0 && notTrafficking && coercion)
    out.push(say("screening.appropriating-child", "undetermined", { youngOffender, ifNot }, [c(BLHS, 153, 1), c(BLHS, 151, 1), ...liabilityBasis], { article: "153", relation: "instead_of" }));

  const takenFrom = victims.filter((v) => v.facts.bodyPartRemoved === true);
  const bodyPartTaken = takenFrom.length > 0;
  const organPurpose = (f.purposes ?? []).includes("organ_removal");
  if (bodyPartTaken || organPurpose) {
    const died = takenFrom.some((v) => v.facts.outcome === "death");
    const article = takenFrom.some((v) => v.age !== undefined && v.age < CHILD_AGE_LIMIT) ? 151 : 150;
    out.push(
      say("screening.body-parts", bodyPartTaken ? "held" : "undetermined", { taken: bodyPartTaken, died, youngOffender, article }, [
        c(BLHS, 154, 1),
        c(NQ, 8, 1),
        ...(bodyPartTaken ? [c(NQ, 6, 2)] : []),
        ...(died ? [c(NQ, 6, 1), c(BLHS, 123, 1)] : []),
        ...liabilityBasis,
      ], { article: "154", relation: ctx.trafficking === true ? "beside" : "instead_of" }),
    );
  }

  const crossed = victims.some((v) => v.facts.takenAcrossBorder === true);
  if (crossed && notTrafficking) {
    const forProfit = (f.purposes ?? []).includes("money_or_benefit");
    out.push(say("screening.illegal-emigration", "undetermined", { youngOffender, ifNot }, [c(BLHS, 349, 1), c(NQ, 5, 3), ...liabilityBasis], { article: "349", relation: "instead_of" }));
    if (force)
      out.push(say("screening.forced-emigration", "undetermined", { ifNot, youngOffender }, [c(BLHS, 350), c(NQ, 5, 3), ...liabilityBasis], { article: "350", relation: "instead_of" }));
    out.push(say("screening.illegal-exit", forProfit ? "held" : "undetermined", { forProfit, youngOffender, ifNot }, [c(BLHS, 348, 1), ...liabilityBasis], { article: "348", relation: "instead_of" }));
  }
  return out;
};
