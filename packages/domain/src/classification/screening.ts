import { citeAsOf } from "../law/catalogue.js";
import { formatCitation } from "../law/format.js";
import type { IsoDate } from "../prelude/date.js";
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
  const vi = (instrument: typeof BLHS | typeof NQ, article: number, clause?: number) =>
    formatCitation(citeAsOf(instrument, clause === undefined ? { article } : { article, clause }, ctx.asOf), "vi");
  const youngOffender = f.offenderAgeYears !== undefined && f.offenderAgeYears >= 14 && f.offenderAgeYears < 16;
  const liability = youngOffender ? " The offender, aged 14–15, is not liable under this article (not listed in Art. 12(2))." : "";
  const liabilityBasis = youngOffender ? [vi(BLHS, 12, 2)] : [];
  const out: Screening[] = [];
  const coercion = (f.means ?? []).some((m) => m === "force" || m === "threat_of_force" || m === "other_trick");

  const infants = victims.filter((v) => v.age !== undefined && v.age < 1);
  if (infants.length > 0)
    out.push({
      article: "152",
      relation: ctx.trafficking ? "beside" : "instead_of",
      reason: `${infants.length} victim(s) under 1 year old: swapping an infant for another is Art. 152, distinct from trafficking.${liability}`,
      basis: [vi(BLHS, 152, 1), ...liabilityBasis],
    });

  const children = victims.filter((v) => v.age !== undefined && v.age < CHILD_AGE_LIMIT);
  if (children.length > 0 && !ctx.trafficking && coercion)
    out.push({
      article: "153",
      relation: "instead_of",
      reason: `A person under 16 was taken by force, threat of force or other tricks, but no trafficking purpose or act is established: holding a child, or handing them to another to hold, is Art. 153.${liability}`,
      basis: [vi(BLHS, 153, 1), vi(BLHS, 151, 1), ...liabilityBasis],
    });

  const bodyPartTaken = victims.some((v) => v.facts.bodyPartRemoved === true);
  const organPurpose = (f.purposes ?? []).includes("organ_removal");
  if (bodyPartTaken || organPurpose) {
    const died = victims.some((v) => v.facts.bodyPartRemoved === true && v.facts.outcome === "death");
    out.push({
      article: "154",
      relation: ctx.trafficking ? "beside" : "instead_of",
      reason:
        (bodyPartTaken
          ? "A body part was taken: trading in or appropriating human tissue or body parts (Art. 154) is charged separately from the trafficking (NQ 02/2019 Art. 8)."
          : "The purpose is removal of body parts: if the tissue or body part itself was bought, sold or appropriated, Art. 154 applies.") +
        (died ? " Where a vital organ was removed and the victim died, the charge is murder (Art. 123(1)(h), NQ 02/2019 Art. 6(1))." : "") +
        liability,
      basis: [vi(BLHS, 154, 1), vi(NQ, 8, 1), ...(died ? [vi(NQ, 6, 1)] : []), ...liabilityBasis],
    });
  }

  const crossed = victims.some((v) => v.facts.takenAcrossBorder === true);
  if (crossed && !ctx.trafficking) {
    const forProfit = (f.purposes ?? []).includes("money_or_benefit");
    out.push({
      article: "349",
      relation: "instead_of",
      reason: `A person was taken abroad without an established trafficking purpose: organising or brokering someone to leave or stay abroad illegally is Art. 349 (NQ 02/2019 Art. 5(3)).${liability}`,
      basis: [vi(BLHS, 349, 1), vi(NQ, 5, 3), ...liabilityBasis],
    });
    out.push({
      article: "348",
      relation: "instead_of",
      reason: `${forProfit ? "Money or benefit was involved" : "If done for profit"}: organising or brokering another person's illegal exit from Vietnam is Art. 348 (clause 1 requires a profit motive).${liability}`,
      basis: [vi(BLHS, 348, 1), ...liabilityBasis],
    });
  }
  return out;
};
