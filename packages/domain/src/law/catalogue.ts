import { type Citation } from "../prelude/citation.js";
import type { Confidence } from "../prelude/confidence.js";
import { addDays, covers, type IsoDate, type Period } from "../prelude/date.js";
import type { PointLetter } from "../prelude/point-letter.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { instruments, type Instrument, type InstrumentId } from "./instruments.js";
import { resolution02of2019 } from "./judicial-guidance.js";
import { LAW_86_2025_IN_FORCE, penalCodeArticles } from "./penal-code.js";
import { law53Article37, law66Article32 } from "./victim-support.js";
import { decision193Article1 } from "./decision-193-2021.js";
import { decision33Article1 } from "./decision-33-2026.js";
import { decree09Articles } from "./decree-09-2013.js";
import { decree162Articles } from "./decree-162-2025.js";
import { decree34Article62 } from "./decree-34-2016.js";
import { law47Article3 } from "./law-47-2014.js";
import { law53Articles } from "./law-53-2024.js";
import { law64Articles } from "./law-64-2025.js";
import { law66Articles } from "./law-66-2011.js";
import { law80Article151 } from "./law-80-2015.js";
import { legalAidArticle7 } from "./legal-aid-2017.js";

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
registerArticles([...law53Articles, ...law66Articles, law47Article3, legalAidArticle7, ...decree162Articles, ...decree09Articles]);
registerArticles([decision193Article1, decision33Article1, decree34Article62, law80Article151, ...law64Articles]);

/** The encoded article, or `undefined`. @category law @since 0.1.0 */
export const articleEntry = (instrument: InstrumentId, article: number): ArticleEntry | undefined => catalogue.get(key(instrument, article));

/** All encoded articles. @category law @since 0.1.0 */
export const encodedArticles = (): ArticleEntry[] => [...catalogue.values()];

/** Where to point in an instrument: Điều, and optionally khoản and điểm. @category law @since 0.1.0 */
export interface Locator {
  readonly article: number;
  readonly clause?: number;
  /** An unnumbered paragraph (đoạn) of the clause. @since 0.3.0 */
  readonly paragraph?: number;
  readonly point?: PointLetter;
}

/**
 * What a use of a provision adds to its citation: a lower confidence for this reading, a note on
 * why it is cited here, or the part of the provision's period this use covers (which must lie
 * inside it). The provision itself (period, confidence, source) stays in the catalogue.
 * @category law
 * @since 0.3.0
 */
export interface CiteOptions {
  readonly confidence?: Confidence;
  readonly note?: string;
  readonly during?: Period;
}

const within = (inner: Period, outer: Period): boolean =>
  inner.from >= outer.from && (outer.to === undefined || (inner.to !== undefined && inner.to <= outer.to));

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
export const cite = (instrument: InstrumentId, at: Locator, options?: Confidence | CiteOptions): Citation => {
  const o: CiteOptions = typeof options === "string" ? { confidence: options } : (options ?? {});
  if (o.during !== undefined || o.note !== undefined) return citeChecked(instrument, at, o);
  // A citation is a function of its locator and confidence: checked and built once, then copied
  // (a caller may change its copy; the catalogue's `effective` period is shared, as it always was).
  const k = `${instrument}|${at.article}|${at.clause ?? ""}|${at.paragraph ?? ""}|${at.point ?? ""}|${o.confidence ?? ""}`;
  let c = citedOnce.get(k);
  if (c === undefined) {
    c = citeChecked(instrument, at, o);
    if (citedOnce.size >= 10_000) citedOnce.clear();
    citedOnce.set(k, c);
  }
  return { ...c };
};
const citedOnce = new Map<string, Citation>();

const citeChecked = (instrument: InstrumentId, at: Locator, o: CiteOptions): Citation => {
  const confidence = o.confidence;
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
  const effective: Period =
    entry.effective.to === undefined && inst.superseded !== undefined ? { from: entry.effective.from, to: addDays(inst.superseded, -1) } : entry.effective;
  if (o.during !== undefined && !within(o.during, effective))
    throw new RangeError(`Điều ${at.article} ${instrument} is in force ${effective.from}…${effective.to ?? ""}, not over ${o.during.from}…${o.during.to ?? ""}`);
  return {
    instrument,
    article: at.article,
    ...(at.clause === undefined ? {} : { clause: at.clause }),
    ...(at.paragraph === undefined ? {} : { paragraph: at.paragraph }),
    ...(at.point === undefined ? {} : { point: at.point }),
    effective: o.during ?? effective,
    confidence: confidence ?? pointConfidence ?? entry.confidence,
    ...(entry.source === undefined ? {} : { source: entry.source }),
    ...(o.note === undefined ? {} : { note: o.note }),
  };
};

/**
 * A checked {@link Citation} of a whole instrument, for a rule read from an instrument whose
 * article was not identified: period and confidence come from the registry.
 * @category law
 * @since 0.3.0
 */
export const citeInstrument = (instrument: InstrumentId, options: CiteOptions = {}): Citation => {
  const inst: Instrument = instruments[instrument];
  if (!("effective" in inst) || inst.effective === undefined) throw new RangeError(`${instrument} has no known date of entry into force`);
  const effective: Period = inst.superseded === undefined ? { from: inst.effective } : { from: inst.effective, to: addDays(inst.superseded, -1) };
  if (options.during !== undefined && !within(options.during, effective)) throw new RangeError(`${instrument} is in force ${effective.from}…${effective.to ?? ""}, not over the period asked`);
  return {
    instrument,
    effective: options.during ?? effective,
    confidence: options.confidence ?? inst.confidence,
    ...(options.note === undefined ? {} : { note: options.note }),
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
