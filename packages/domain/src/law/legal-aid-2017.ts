import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { point, unreadClause, unreadPoint } from "./point-entry.js";

/**
 * Law on Legal Aid 2017 (11/2017/QH14), Art. 7 (persons entitled to legal aid): clause 7 point g,
 * trafficking victims in financial difficulty (repealed from 01/07/2025), and clause 6a added by
 * Law 53/2024/QH15 (a lettered clause the citation cannot number: cited as the article, with a note).
 * @category law
 * @since 0.3.0
 */
export const legalAidArticle7: ArticleEntry = {
  instrument: "11/2017/QH14",
  article: 7,
  title: { vi: "Người được trợ giúp pháp lý", en: "Persons entitled to legal aid", fr: "Bénéficiaires de l'aide juridictionnelle" },
  effective: { from: isoDate("2018-01-01") },
  confidence: "secondary",
  source: "pbgdpl.gov.vn (Ministry of Justice note on legal aid for trafficking victims)",
  clauses: [
    ...[1, 2, 3, 4, 5, 6].map(unreadClause),
    {
      clause: 7,
      gloss: { vi: "Người có khó khăn về tài chính thuộc một số trường hợp", en: "Persons in financial difficulty in certain cases" },
      points: [...(["a", "b", "c", "d", "đ", "e"] as const).map(unreadPoint), { ...point("g", "Nạn nhân của hành vi mua bán người", "Victims of trafficking"), confidence: "secondary" }],
    },
  ],
  note: "Clause 7(g) repealed by Law 53/2024/QH15 from 01/07/2025; clause 6a (victims, persons being verified, accompanying under-18s) added by it. Heading recalled, not read in a copy.",
};
