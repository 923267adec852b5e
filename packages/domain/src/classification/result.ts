import * as z from "zod";
import { CitationSchema } from "../prelude/citation.js";
import { MessageSchema } from "../prelude/message.js";
import { ReceiptSchema } from "../prelude/receipt.js";

/** Crime categories of Art. 9 BLHS. @category classification @since 0.1.0 */
export const CrimeCategory = z.enum(["less_serious", "serious", "very_serious", "extremely_serious"]).meta({ id: "CrimeCategory" });
export type CrimeCategory = z.infer<typeof CrimeCategory>;

const Range = z.object({ min: z.number(), max: z.number() });

/** zod schema of {@link Charge}. @category classification @since 0.2.0 */
export const ChargeSchema = z
  .object({
    article: z.enum(["150", "151"]),
    clause: z.number().int(),
    points: z.array(z.string()),
    penalty: z.object({ prisonYears: Range, life: z.boolean() }),
    /** Supplementary penalties a court may add (clause 4), in English; `additionalPenaltyDetails` has amounts and Vietnamese. */
    additionalPenalties: z.array(z.string()),
    additionalPenaltyDetails: z.array(z.object({ kind: z.string(), fine: Range.optional(), years: Range.optional(), vi: z.string(), en: z.string() })),
    category: CrimeCategory,
    /** Number of victims counted under this article. */
    victimCount: z.number().int(),
    /** Citations rendered in Vietnamese legal style, most specific first. */
    basis: z.array(z.string()).min(1),
    /** The same citations as structured data (with effective period and confidence). */
    citations: z.array(CitationSchema).min(1),
  })
  .meta({ id: "Charge", title: "Charge" });
/** A charge: the article, the highest clause whose conditions hold, and every point that holds in it. @category classification @since 0.1.0 */
export type Charge = z.infer<typeof ChargeSchema>;

/** zod schema of {@link Screening}: a coded message with the article it points at. @category classification @since 0.2.0 */
export const ScreeningSchema = MessageSchema.extend({
  article: z.enum(["152", "153", "154", "348", "349"]),
  relation: z.enum(["instead_of", "beside"]),
}).meta({ id: "Screening", title: "Neighbouring offence" });
/** A neighbouring offence the facts point at, instead of or beside trafficking. @category classification @since 0.1.0 */
export type Screening = z.infer<typeof ScreeningSchema>;

/** One step of the reasoning: a coded {@link Message}. @category classification @since 0.1.0 */
export const ExplanationStepSchema = MessageSchema;
/** @category classification @since 0.1.0 */
export type ExplanationStep = z.infer<typeof ExplanationStepSchema>;

/** zod schema of {@link Classification}, for API documentation and clients. @category classification @since 0.1.0 */
export const ClassificationSchema = z
  .object({
    status: z.enum(["TRAFFICKING", "NOT_TRAFFICKING", "INSUFFICIENT_DATA"]),
    charges: z.array(ChargeSchema),
    screening: z.array(ScreeningSchema),
    /** Fields that would decide the answer, most useful first (only when INSUFFICIENT_DATA). */
    missingFacts: z.array(z.string()),
    explanation: z.array(ExplanationStepSchema),
    receipt: ReceiptSchema,
  })
  .meta({ id: "Classification", title: "Case classification" });
/** The outcome of {@link classify}. @category classification @since 0.1.0 */
export type Classification = z.infer<typeof ClassificationSchema>;
