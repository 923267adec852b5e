import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { unreadClause } from "./point-entry.js";

const PERIOD = { from: isoDate("2013-03-01"), to: isoDate("2025-06-30") };
const SOURCE = "lawnet.vn / luatvietnam.vn summaries of Decree 09/2013";
const NOTE = "Read through lawnet.vn / luatvietnam.vn summaries; signed 11/01/2013, in force 01/03/2013 (closing article recalled, not read in a copy — unverified). Official heading not read; `title` summarises the cited content.";

/**
 * Decree 09/2013/NĐ-CP detailing the support regimes of Law 66/2011/QH12: the articles the
 * support items cite.
 * @category law
 * @since 0.3.0
 */
export const decree09Articles: ReadonlyArray<ArticleEntry> = [
  {
    instrument: "09/2013/NĐ-CP",
    article: 19,
    title: { vi: "Hỗ trợ nhu cầu thiết yếu và chi phí đi lại", en: "Essential needs and travel costs", fr: "Besoins essentiels et frais de déplacement" },
    effective: PERIOD,
    confidence: "secondary",
    source: SOURCE,
    clauses: [unreadClause(1), { clause: 2, gloss: { vi: "Hỗ trợ chi phí đi lại", en: "Travel costs" }, points: [] }],
    note: NOTE,
  },
  {
    instrument: "09/2013/NĐ-CP",
    article: 23,
    title: { vi: "Hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu và vay vốn", en: "Education, vocational training, initial hardship allowance and loans", fr: "Enseignement, formation professionnelle, allocation initiale et prêts" },
    effective: PERIOD,
    confidence: "secondary",
    source: SOURCE,
    clauses: [],
    note: `Tuition and initial hardship allowance for poor households. ${NOTE}`,
  },
];
