import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";

const FROM = isoDate("2025-07-01");
const HEADING_NOT_READ = "Official heading not read; `title` summarises the cited content.";

/**
 * Decree 162/2025/NĐ-CP detailing the support regimes of Law 53/2024/QH15: the articles the
 * support items cite.
 * @category law
 * @since 0.3.0
 */
export const decree162Articles: ReadonlyArray<ArticleEntry> = [
  {
    instrument: "162/2025/NĐ-CP",
    article: 17,
    title: { vi: "Hỗ trợ nhu cầu thiết yếu", en: "Essential-needs support", fr: "Aide aux besoins essentiels" },
    effective: { from: FROM },
    confidence: "secondary",
    source: "vietnamnet.vn (article 2475624, on Decree 162/2025 Art. 17)",
    clauses: [],
    note: HEADING_NOT_READ,
  },
  {
    instrument: "162/2025/NĐ-CP",
    article: 24,
    title: { vi: "Hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu", en: "General education, vocational training and initial hardship allowance", fr: "Enseignement général, formation professionnelle et allocation initiale" },
    effective: { from: FROM },
    confidence: "secondary",
    source: "vietnamnet.vn (Ministry of Public Security answer on Decree 162/2025)",
    clauses: [],
    note: `General education for victims under 18 and accompanying under-18s. ${HEADING_NOT_READ}`,
  },
];
