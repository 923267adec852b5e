import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";

const PERIOD = { from: isoDate("2012-01-01"), to: isoDate("2025-06-30") };
const HEADING_NOT_READ = "Official heading not read; `title` summarises the cited content.";

/** One of Arts 33–38: the content of a regime of Art. 32(1), in the regime's own name. */
const regimeArticle = (article: number, title: ArticleEntry["title"]): ArticleEntry => ({
  instrument: "66/2011/QH12",
  article,
  title,
  effective: PERIOD,
  confidence: "secondary",
  source: "../shared/legal/victim-support.md §4 (Art. 26 quoted: support claimed \"under Arts 33–38\"; regimes of Art. 32(1))",
  clauses: [],
  note: `The regime's content as named in Art. 32(1); the article's wording was not read. ${HEADING_NOT_READ}`,
});

/**
 * Articles of the Law on Prevention and Combat of Human Trafficking 2011 (66/2011/QH12) cited by
 * eligibility beside Art. 32 (see `law66Article32`): return through a mission (Art. 26) and the
 * regimes' own articles (Arts 33–35, 37, 38).
 * @category law
 * @since 0.3.0
 */
export const law66Articles: ReadonlyArray<ArticleEntry> = [
  {
    instrument: "66/2011/QH12",
    article: 26,
    title: { vi: "Tiếp nhận nạn nhân trở về qua cơ quan đại diện của Việt Nam ở nước ngoài", en: "Reception of victims returning through a Vietnamese mission abroad", fr: "Accueil des victimes rentrant par une mission vietnamienne à l'étranger" },
    effective: PERIOD,
    confidence: "secondary",
    source: "thuvienphapluat.vn mirror quoting Law 66/2011 Art. 26",
    clauses: [],
    note: HEADING_NOT_READ,
  },
  regimeArticle(33, { vi: "Hỗ trợ nhu cầu thiết yếu và chi phí đi lại", en: "Essential needs and travel costs", fr: "Besoins essentiels et frais de déplacement" }),
  regimeArticle(34, { vi: "Hỗ trợ y tế", en: "Medical support", fr: "Aide médicale" }),
  regimeArticle(35, { vi: "Hỗ trợ tâm lý", en: "Psychological support", fr: "Soutien psychologique" }),
  regimeArticle(37, { vi: "Hỗ trợ học văn hóa, học nghề", en: "General education and vocational training", fr: "Enseignement général et formation professionnelle" }),
  regimeArticle(38, { vi: "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn", en: "Initial hardship allowance and loan support", fr: "Allocation initiale et aide au prêt" }),
];
