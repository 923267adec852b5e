import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";

/**
 * Decision 193/QĐ-TTg approving the Programme on Prevention and Combat of Human Trafficking
 * 2021–2025: Điều 1 approves the programme whose specific objectives set the national targets.
 * @category law
 * @since 0.3.0
 */
export const decision193Article1: ArticleEntry = {
  instrument: "193/QĐ-TTg",
  article: 1,
  title: { vi: "Phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2021–2025", en: "Approval of the 2021–2025 programme on preventing and combating trafficking", fr: "Approbation du programme 2021–2025 de lutte contre la traite" },
  effective: { from: isoDate("2021-02-09") },
  confidence: "secondary",
  source: "Secondary reports of the decision's text (tintuc.vdong.vn; luatvietnam.vn header)",
  clauses: [],
  note: "The programme's specific objectives (K1–K5) are quoted in secondary reports; the article's own heading was not read.",
};
