import * as z from "zod";
import { CitationSchema } from "../prelude/citation.js";
import { MessageSchema } from "../prelude/message.js";
import { ReceiptSchema } from "../prelude/receipt.js";

/** Crime categories of Art. 9 BLHS. @category classification @since 0.1.0 */
export const CrimeCategory = z.enum(["less_serious", "serious", "very_serious", "extremely_serious"]).meta({ id: "CrimeCategory" });
export type CrimeCategory = z.infer<typeof CrimeCategory>;

const Range = z.object({ min: z.number(), max: z.number() });

/**
 * zod schema of {@link ApplicablePenalty}: the prison bracket that can be imposed on this
 * offender after the caps for persons under 18 (Art. 91(5), Art. 101). @category classification @since 0.3.0
 */
export const ApplicablePenaltySchema = z
  .object({
    /** `min` is `null` where the law sets no minimum for the offender's age (Art. 101). */
    prisonYears: z.object({ min: z.number().nullable(), max: z.number() }),
    life: z.boolean(),
    /** The provisions that capped the bracket; empty when it equals the statutory bracket. */
    basis: z.array(CitationSchema),
  })
  .meta({ id: "ApplicablePenalty", title: "Penalty applicable to the offender" });
/** The bracket after the caps for an offender under 18; equal to `penalty` for an adult. @category classification @since 0.3.0 */
export type ApplicablePenalty = z.infer<typeof ApplicablePenaltySchema>;

/** zod schema of {@link Charge}. @category classification @since 0.2.0 */
export const ChargeSchema = z
  .object({
    article: z.enum(["150", "151"]),
    clause: z.number().int(),
    points: z.array(z.string()),
    /** The clause's statutory bracket (Art. 9's category follows it). */
    penalty: z.object({ prisonYears: Range, life: z.boolean() }),
    /** The bracket for this offender: `penalty` after Art. 91(5) and Art. 101 for an offender under 18. */
    applicablePenalty: ApplicablePenaltySchema,
    /**
     * `true` when the case is INSUFFICIENT_DATA: the charge helps intake but is not a conclusion;
     * `clauseRange` then gives the clauses the missing facts could still lead to.
     */
    provisional: z.boolean(),
    clauseRange: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
    /** Supplementary penalties a court may add (clause 4), in English (none for an offender under 18, Art. 91(6)); `additionalPenaltyDetails` has amounts and Vietnamese. */
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
  article: z.enum(["152", "153", "154", "348", "349", "350"]),
  relation: z.enum(["instead_of", "beside"]),
}).meta({ id: "Screening", title: "Neighbouring offence" });
/** A neighbouring offence the facts point at, instead of or beside trafficking. @category classification @since 0.1.0 */
export type Screening = z.infer<typeof ScreeningSchema>;

/** One step of the reasoning: a coded {@link Message}. @category classification @since 0.1.0 */
export const ExplanationStepSchema = MessageSchema;
/** @category classification @since 0.1.0 */
export type ExplanationStep = z.infer<typeof ExplanationStepSchema>;

/**
 * zod schema of {@link Question}: what to ask to learn one missing fact, in the reader's language.
 * @category classification
 * @since 0.3.0
 */
export const QuestionSchema = MessageSchema.extend({
  /** The field path in `missingFacts` (or `liability.missingFacts`) this question fills. */
  fact: z.string(),
}).meta({ id: "Question", title: "Question for a missing fact" });
/** @category classification @since 0.3.0 */
export type Question = z.infer<typeof QuestionSchema>;

/**
 * zod schema of {@link Liability}: who can be charged, apart from what was done (Art. 12; the caps
 * of Arts 91 and 101 under 18).
 * @category classification
 * @since 0.3.0
 */
export const LiabilitySchema = z
  .object({
    status: z.enum(["liable", "not_liable", "unknown"]),
    /** The offender's age in completed years on the offence date, `null` when unknown. */
    offenderAge: z.number().int().nullable(),
    reasons: z.array(MessageSchema),
    basis: z.array(CitationSchema),
    /** Facts that would decide liability (the conduct's are in the top-level `missingFacts`). */
    missingFacts: z.array(z.string()),
    questions: z.array(QuestionSchema),
  })
  .meta({ id: "Liability", title: "Criminal liability of the offender" });
/** @category classification @since 0.3.0 */
export type Liability = z.infer<typeof LiabilitySchema>;

/** zod schema of {@link Classification}, for API documentation and clients. @category classification @since 0.1.0 */
export const ClassificationSchema = z
  .object({
    /** What the conduct is; who can be charged for it is `liability`. */
    status: z.enum(["TRAFFICKING", "NOT_TRAFFICKING", "INSUFFICIENT_DATA"]),
    charges: z.array(ChargeSchema),
    screening: z.array(ScreeningSchema),
    /** Fields that would decide the answer, most useful first (only when INSUFFICIENT_DATA). */
    missingFacts: z.array(z.string()),
    /** For each entry of `missingFacts`, the question to ask (vi, en), in the same order. */
    questions: z.array(QuestionSchema),
    liability: LiabilitySchema,
    explanation: z.array(ExplanationStepSchema),
    receipt: ReceiptSchema,
  })
  .meta({ id: "Classification", title: "Case classification" });
/** The outcome of {@link classify}. @category classification @since 0.1.0 */
export type Classification = z.infer<typeof ClassificationSchema>;
