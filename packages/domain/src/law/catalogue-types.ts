import type { Confidence } from "../prelude/confidence.js";
import type { Period } from "../prelude/date.js";
import type { Label } from "../prelude/label.js";
import type { VndRange } from "../prelude/money.js";
import type { PointLetter } from "../prelude/point-letter.js";
import type { InstrumentId } from "./instruments.js";

/** A prison bracket: `min`–`max` years, or life imprisonment as an alternative. @category law @since 0.1.0 */
export interface PrisonPenalty {
  readonly prisonYears: { readonly min: number; readonly max: number };
  readonly life: boolean;
}

/** Kinds of supplementary penalty (hình phạt bổ sung). @category law @since 0.1.0 */
export type AdditionalPenaltyKind = "fine" | "probation" | "residence_ban" | "position_ban" | "confiscation";

/** One supplementary penalty a court may add. @category law @since 0.1.0 */
export interface AdditionalPenalty {
  readonly kind: AdditionalPenaltyKind;
  readonly fine?: VndRange;
  readonly years?: { readonly min: number; readonly max: number };
  readonly label: Label & { readonly fr: string };
}

/** A point (điểm) of a clause, with a short gloss of its wording. @category law @since 0.1.0 */
export interface PointEntry {
  readonly point: PointLetter;
  readonly gloss: Label;
  readonly confidence?: Confidence;
}

/** A clause (khoản): its gloss, its penalty bracket when it sets one, and its points. @category law @since 0.1.0 */
export interface ClauseEntry {
  readonly clause: number;
  readonly gloss: Label;
  readonly penalty?: PrisonPenalty;
  readonly additional?: ReadonlyArray<AdditionalPenalty>;
  readonly points: ReadonlyArray<PointEntry>;
}

/** An article (Điều) as encoded: title, the period its wording is in force, and its structure. @category law @since 0.1.0 */
export interface ArticleEntry {
  readonly instrument: InstrumentId;
  readonly article: number;
  readonly title: Label & { readonly fr: string };
  /** Period in which the encoded wording applies. */
  readonly effective: Period;
  readonly confidence: Confidence;
  /** Where the encoded wording was read. */
  readonly source: string;
  readonly clauses: ReadonlyArray<ClauseEntry>;
  readonly note?: string;
}
