import * as fc from "fast-check";
import type { Act, CaseFactsInput, Circumstance, Means, Purpose } from "../classification/index.js";
import { addDays, isoDate } from "../prelude/date.js";

const ACTS: ReadonlyArray<Act> = ["transfer", "receive", "recruit", "transport", "harbour"];
const PURPOSES: ReadonlyArray<Purpose> = ["money_or_benefit", "sexual_exploitation", "forced_labour", "organ_removal", "other_inhumane"];
const MEANS: ReadonlyArray<Means> = ["force", "threat_of_force", "deception", "other_trick"];
/** Every circumstance the classification knows. @category testing @since 0.1.0 */
export const CIRCUMSTANCES: ReadonlyArray<Circumstance> = ["organised", "professional", "base_motive", "repeat_offence", "dangerous_recidivism", "abuse_of_position", "abuse_of_adoption"];

const subset = <T>(xs: ReadonlyArray<T>) => fc.subarray([...xs]);

/** A victim with every fact known (age in years). @category testing @since 0.1.0 */
export const arbitraryVictim = () =>
  fc.record({
    ageYears: fc.integer({ min: 0, max: 80 }),
    injuryPercent: fc.integer({ min: 0, max: 100 }),
    outcome: fc.constantFrom("none", "death", "suicide"),
    bodyPartRemoved: fc.boolean(),
    inOffenderCare: fc.boolean(),
    takenAcrossBorder: fc.boolean(),
  });

/**
 * Case facts with every field known, offence dates in the supported period (2018 onwards), so
 * that `classifyUnsafe` always decides (`TRAFFICKING` or `NOT_TRAFFICKING`).
 * @category testing
 * @since 0.1.0
 */
export const arbitraryCompleteCaseFacts = (): fc.Arbitrary<CaseFactsInput> =>
  fc.record({
    offenceDate: fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays(isoDate("2018-01-01"), n)),
    acts: subset(ACTS),
    purposes: subset(PURPOSES),
    means: subset(MEANS),
    victims: fc.array(arbitraryVictim(), { minLength: 1, maxLength: 8 }),
    circumstances: subset(CIRCUMSTANCES),
    humanitarianPurpose: fc.boolean(),
    offenderAgeYears: fc.integer({ min: 14, max: 80 }),
  });

/**
 * Case facts where any field may be absent (unknown), for properties about missing facts.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryPartialCaseFacts = (): fc.Arbitrary<CaseFactsInput> =>
  fc.record(
    {
      offenceDate: fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays(isoDate("2018-01-01"), n)),
      acts: subset(ACTS),
      purposes: subset(PURPOSES),
      means: subset(MEANS),
      victims: fc.array(
        fc.record(
          {
            ageYears: fc.integer({ min: 0, max: 80 }),
            injuryPercent: fc.integer({ min: 0, max: 100 }),
            outcome: fc.constantFrom("none", "death", "suicide"),
            bodyPartRemoved: fc.boolean(),
            inOffenderCare: fc.boolean(),
            takenAcrossBorder: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 7 },
      ),
      circumstances: subset(CIRCUMSTANCES),
      humanitarianPurpose: fc.boolean(),
      offenderAgeYears: fc.integer({ min: 10, max: 80 }),
    },
    { requiredKeys: ["offenceDate"] },
  );

/**
 * One aggravating change to a case — adding a circumstance, a worse injury, a death, a border
 * crossing, a body part taken, a victim in the offender's care or a further victim of the same age.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryAggravation = (): fc.Arbitrary<(facts: CaseFactsInput) => CaseFactsInput> =>
  fc.oneof(
    fc.constantFrom(...CIRCUMSTANCES).map((c) => (f: CaseFactsInput) => ({ ...f, circumstances: [...new Set([...(f.circumstances ?? []), c])] })),
    fc.tuple(fc.nat(), fc.constantFrom<"injury" | "death" | "border" | "bodyPart" | "care" | "duplicate">("injury", "death", "border", "bodyPart", "care", "duplicate"), fc.integer({ min: 0, max: 100 })).map(
      ([i, kind, extra]) =>
        (f: CaseFactsInput) => {
          const victims = [...(f.victims ?? [])];
          const k = victims.length === 0 ? -1 : i % victims.length;
          const v = victims[k];
          if (v === undefined) return f;
          const worse =
            kind === "injury" ? { ...v, injuryPercent: Math.max(v.injuryPercent ?? 0, Math.min(100, (v.injuryPercent ?? 0) + extra)) }
            : kind === "death" ? { ...v, outcome: "death" as const }
            : kind === "border" ? { ...v, takenAcrossBorder: true }
            : kind === "bodyPart" ? { ...v, bodyPartRemoved: true }
            : kind === "care" ? { ...v, inOffenderCare: true }
            : v;
          return kind === "duplicate" ? { ...f, victims: [...victims, { ...v }] } : { ...f, victims: victims.map((x, j) => (j === k ? worse : x)) };
        },
    ),
  );
