import * as z from "zod";
import { IsoDateSchema } from "../prelude/date.js";

/** The acts of Art. 150/151 clause 1 (chuyển giao, tiếp nhận, tuyển mộ, vận chuyển, chứa chấp). @category classification @since 0.1.0 */
export const Act = z.enum(["transfer", "receive", "recruit", "transport", "harbour"]).meta({ id: "Act", title: "Act" });
export type Act = z.infer<typeof Act>;

/** The purposes of Art. 150/151 clause 1 points a and b. @category classification @since 0.1.0 */
export const Purpose = z
  .enum(["money_or_benefit", "sexual_exploitation", "forced_labour", "organ_removal", "other_inhumane"])
  .meta({ id: "Purpose", title: "Purpose" });
export type Purpose = z.infer<typeof Purpose>;

/** The means of Art. 150 clause 1 (dùng vũ lực, đe dọa dùng vũ lực, lừa gạt, thủ đoạn khác). @category classification @since 0.1.0 */
export const Means = z.enum(["force", "threat_of_force", "deception", "other_trick"]).meta({ id: "Means", title: "Means" });
export type Means = z.infer<typeof Means>;

/** Aggravating circumstances about the offender or the offence. @category classification @since 0.1.0 */
export const Circumstance = z
  .enum(["organised", "professional", "base_motive", "repeat_offence", "dangerous_recidivism", "abuse_of_position", "abuse_of_adoption"])
  .meta({ id: "Circumstance", title: "Circumstance" });
export type Circumstance = z.infer<typeof Circumstance>;

/** What happened to a victim as a result. @category classification @since 0.1.0 */
export const Outcome = z.enum(["none", "death", "suicide"]).meta({ id: "VictimOutcome", title: "Victim outcome" });
export type Outcome = z.infer<typeof Outcome>;

/**
 * One victim. A field that is absent is unknown. Give `ageYears` or `birthDate` (the age is then
 * computed on the offence date; when both are given they must agree on the offence date, or the
 * facts are invalid).
 * @category classification
 * @since 0.1.0
 */
export const Victim = z
  .object({
    ageYears: z.number().int().min(0).max(130).optional().describe("Age in completed years on the offence date"),
    birthDate: IsoDateSchema.optional().describe("Date of birth (YYYY-MM-DD)"),
    injuryPercent: z.number().int().min(0).max(100).optional().describe("Body-injury rate (tỷ lệ tổn thương cơ thể), a whole percent 0–100 (the statute's ranges are whole percents)"),
    outcome: Outcome.optional(),
    bodyPartRemoved: z.boolean().optional().describe("A body part was actually taken (not only the purpose)"),
    inOffenderCare: z.boolean().optional().describe("The offender is responsible for caring for or raising the victim"),
    takenAcrossBorder: z.boolean().optional().describe("The victim was taken, or is being taken, out of Vietnam's borders"),
  })
  .strict()
  .meta({ id: "Victim", title: "Victim" });
export type Victim = z.infer<typeof Victim>;

const set = <T extends z.ZodType>(item: T) => z.array(item).refine((xs) => new Set(xs).size === xs.length, { message: "values must not repeat", params: { code: "issue.duplicates" } });

/**
 * The facts of a case. An absent field is **unknown**; an empty array is **known none**.
 *
 * **Example**
 * ```json
 * { "offenceDate": "2024-05-10", "acts": ["transfer"], "purposes": ["money_or_benefit"],
 *   "means": ["deception"], "victims": [{ "ageYears": 20 }], "circumstances": [],
 *   "humanitarianPurpose": false, "offenderAgeYears": 30 }
 * ```
 * @category classification
 * @since 0.1.0
 */
export const CaseFacts = z
  .object({
    offenceDate: IsoDateSchema.describe("Date of the offence; the law in force on that day applies"),
    acts: set(Act).optional(),
    purposes: set(Purpose).optional(),
    means: set(Means).optional(),
    victims: z.array(Victim).max(10_000).optional(),
    circumstances: set(Circumstance).optional(),
    humanitarianPurpose: z.boolean().optional().describe("Art. 151(1)(a): money changed hands for a humanitarian purpose (e.g. genuine adoption)"),
    offenderAgeYears: z.number().int().min(0).max(130).optional().describe("Offender's age in completed years on the offence date"),
  })
  .strict()
  .meta({ id: "CaseFacts", title: "Case facts" });
export type CaseFacts = z.infer<typeof CaseFacts>;
/** The JSON form of {@link CaseFacts} accepted on input (dates as plain strings). @category classification @since 0.1.0 */
export type CaseFactsInput = z.input<typeof CaseFacts>;

/** JSON Schema (draft 2020-12) of {@link CaseFacts}, for API docs and form builders. @category classification @since 0.1.0 */
export const caseFactsJsonSchema = (): Record<string, unknown> => z.toJSONSchema(CaseFacts, { io: "input" }) as Record<string, unknown>;

