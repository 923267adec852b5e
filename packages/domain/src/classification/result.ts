import * as z from "zod";
import { CitationSchema, type Citation } from "../prelude/citation.js";
import { ReceiptSchema, type Receipt } from "../prelude/receipt.js";

/** Crime categories of Art. 9 BLHS. @category classification @since 0.1.0 */
export const CrimeCategory = z.enum(["less_serious", "serious", "very_serious", "extremely_serious"]).meta({ id: "CrimeCategory" });
export type CrimeCategory = z.infer<typeof CrimeCategory>;

/** A charge: the article, the highest clause whose conditions hold, and every point that holds in it. @category classification @since 0.1.0 */
export interface Charge {
  readonly article: "150" | "151";
  readonly clause: number;
  readonly points: ReadonlyArray<string>;
  readonly penalty: { readonly prisonYears: { readonly min: number; readonly max: number }; readonly life: boolean };
  /** Supplementary penalties a court may add (clause 4), in English; `additionalPenaltyDetails` has amounts and Vietnamese. */
  readonly additionalPenalties: ReadonlyArray<string>;
  readonly additionalPenaltyDetails: ReadonlyArray<{
    readonly kind: string;
    readonly fine?: { readonly min: number; readonly max: number };
    readonly years?: { readonly min: number; readonly max: number };
    readonly vi: string;
    readonly en: string;
  }>;
  readonly category: CrimeCategory;
  /** Number of victims counted under this article. */
  readonly victimCount: number;
  /** Citations rendered in Vietnamese legal style, most specific first. */
  readonly basis: ReadonlyArray<string>;
  /** The same citations as structured data (with effective period and confidence). */
  readonly citations: ReadonlyArray<Citation>;
}

/** A neighbouring offence the facts point at, instead of or beside trafficking. @category classification @since 0.1.0 */
export interface Screening {
  readonly article: "152" | "153" | "154" | "348" | "349";
  readonly relation: "instead_of" | "beside";
  readonly reason: string;
  readonly basis: ReadonlyArray<string>;
}

/** One step of the reasoning. @category classification @since 0.1.0 */
export interface ExplanationStep {
  readonly rule: string;
  readonly result: boolean;
  readonly basis: ReadonlyArray<string>;
}

/** The outcome of {@link classifyCase}. @category classification @since 0.1.0 */
export interface Classification {
  readonly status: "TRAFFICKING" | "NOT_TRAFFICKING" | "INSUFFICIENT_DATA";
  readonly charges: ReadonlyArray<Charge>;
  readonly screening: ReadonlyArray<Screening>;
  /** Fields that would decide the answer, most useful first (only when INSUFFICIENT_DATA). */
  readonly missingFacts: ReadonlyArray<string>;
  readonly explanation: ReadonlyArray<ExplanationStep>;
  readonly receipt: Receipt;
}

const Range = z.object({ min: z.number(), max: z.number() });

/** zod schema of {@link Classification}, for API documentation and clients. @category classification @since 0.1.0 */
export const ClassificationSchema = z
  .object({
    status: z.enum(["TRAFFICKING", "NOT_TRAFFICKING", "INSUFFICIENT_DATA"]),
    charges: z.array(
      z.object({
        article: z.enum(["150", "151"]),
        clause: z.number().int(),
        points: z.array(z.string()),
        penalty: z.object({ prisonYears: Range, life: z.boolean() }),
        additionalPenalties: z.array(z.string()),
        additionalPenaltyDetails: z.array(
          z.object({ kind: z.string(), fine: Range.optional(), years: Range.optional(), vi: z.string(), en: z.string() }),
        ),
        category: CrimeCategory,
        victimCount: z.number().int(),
        basis: z.array(z.string()).min(1),
        citations: z.array(CitationSchema).min(1),
      }),
    ),
    screening: z.array(
      z.object({ article: z.enum(["152", "153", "154", "348", "349"]), relation: z.enum(["instead_of", "beside"]), reason: z.string(), basis: z.array(z.string()) }),
    ),
    missingFacts: z.array(z.string()),
    explanation: z.array(z.object({ rule: z.string(), result: z.boolean(), basis: z.array(z.string()) })),
    receipt: ReceiptSchema,
  })
  .meta({ id: "Classification", title: "Case classification" });
