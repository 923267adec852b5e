import { type Citation } from "../prelude/citation.js";
import type { Confidence } from "../prelude/confidence.js";
import { addDays, covers, type IsoDate } from "../prelude/date.js";
import type { PointLetter } from "../prelude/point-letter.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { instruments, type Instrument, type InstrumentId } from "./instruments.js";
import { resolution02of2019 } from "./judicial-guidance.js";
import { LAW_86_2025_IN_FORCE, penalCodeArticles } from "./penal-code.js";
import { law53Article37, law66Article32 } from "./victim-support.js";

/**
 * Every article whose structure the library encodes, keyed `instrument#article`. Other modules
 * may register their own articles with {@link registerArticles} at module load.
 * @category law
 * @since 0.1.0
 */
const catalogue = new Map<string, ArticleEntry>();
const key = (instrument: InstrumentId, article: number): string => `${instrument}#${article}`;

/** Adds encoded articles to the catalogue (idempotent for the same entry). @category law @since 0.1.0 */
export const registerArticles = (entries: ReadonlyArray<ArticleEntry>): void => {
  for (const e of entries) catalogue.set(key(e.instrument, e.article), e);
};
registerArticles(penalCodeArticles);
registerArticles(resolution02of2019);
registerArticles([law66Article32, law53Article37]);

/** The encoded article, or `undefined`. @category law @since 0.1.0 */
export const articleEntry = (instrument: InstrumentId, article: number): ArticleEntry | undefined => catalogue.get(key(instrument, article));

/** All encoded articles. @category law @since 0.1.0 */
export const encodedArticles = (): ArticleEntry[] => [...catalogue.values()];

/** Where to point in an instrument: Điều, and optionally khoản and điểm. @category law @since 0.1.0 */
export interface Locator {
  readonly article: number;
  readonly clause?: number;
  readonly point?: PointLetter;
}

/**
 * Builds a checked {@link Citation}: the instrument id is checked by the compiler, the article,
 * clause and point at run time against the encoded structure (a `RangeError` names what does
 * not exist). The effective period and confidence come from the catalogue.
 *
 * **Example**
 * ```ts
 * formatCitation(cite("100/2015/QH13", { article: 150, clause: 2, point: "đ" }), "vi")
 * // "điểm đ khoản 2 Điều 150 Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)"
 * cite("100/2015/QH13", { article: 150, clause: 2, point: "g" }) // RangeError: no point g
 * ```
 * @category law
 * @since 0.1.0
 */
export const cite = (instrument: InstrumentId, at: Locator, confidence?: Confidence): Citation => {
  const entry = articleEntry(instrument, at.article);
  const inst: Instrument = instruments[instrument];
  if (entry === undefined) {
    throw new RangeError(`Điều ${at.article} of ${instrument} is not in the law catalogue`);
  }
  if (at.clause !== undefined) {
    const clause = entry.clauses.find((c) => c.clause === at.clause);
    if (clause === undefined) throw new RangeError(`Điều ${at.article} ${instrument} has no khoản ${at.clause}`);
    if (at.point !== undefined && !clause.points.some((p) => p.point === at.point))
      throw new RangeError(`khoản ${at.clause} Điều ${at.article} ${instrument} has no điểm ${at.point}`);
  } else if (at.point !== undefined) {
    throw new RangeError("A point needs its clause");
  }
  const pointConfidence = entry.clauses.find((c) => c.clause === at.clause)?.points.find((p) => p.point === at.point)?.confidence;
  return {
    instrument,
    article: at.article,
    ...(at.clause === undefined ? {} : { clause: at.clause }),
    ...(at.point === undefined ? {} : { point: at.point }),
    effective:
      entry.effective.to === undefined && inst.superseded !== undefined
        ? { from: entry.effective.from, to: addDays(inst.superseded, -1) }
        : entry.effective,
    confidence: confidence ?? pointConfidence ?? entry.confidence,
    ...(entry.source === undefined ? {} : { source: entry.source }),
  };
};

/**
 * The same citation as applied on `asOf`: Penal Code wording applied on or after 01/07/2025 is
 * downgraded to `unverified`, because Law 86/2025/QH15 amended the Code that day and its effect
 * on the encoded articles has not been checked.
 * @category law
 * @since 0.1.0
 */
export const citeAsOf = (instrument: InstrumentId, at: Locator, asOf: IsoDate): Citation => {
  const c = cite(instrument, at);
  return instrument === "100/2015/QH13" && asOf >= LAW_86_2025_IN_FORCE ? { ...c, confidence: "unverified" } : c;
};

/** Whether the encoded wording of an article applies on `asOf`. @category law @since 0.1.0 */
export const articleInForce = (instrument: InstrumentId, article: number, asOf: IsoDate): boolean => {
  const e = articleEntry(instrument, article);
  return e !== undefined && covers(e.effective, asOf);
};
