import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";

/**
 * Decree 34/2016/NĐ-CP (detailing the Law on Promulgation of Legal Documents 2015), Art. 62: the
 * layout of a normative document (chapters numbered in Roman numerals, titled articles).
 * @category law
 * @since 0.3.0
 */
export const decree34Article62: ArticleEntry = {
  instrument: "34/2016/NĐ-CP",
  article: 62,
  title: { vi: "Bố cục của văn bản quy phạm pháp luật", en: "Layout of a normative legal document", fr: "Structure d'un texte normatif" },
  effective: { from: isoDate("2016-07-01") },
  confidence: "verified",
  source: "../shared/legal/resolution-format.md §4 [V: DOC-34]",
  clauses: [],
  note: "Heading summarised from clause 1 (permitted layouts); clause 5(a) numbers chapters in Roman numerals.",
};
