import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";

/**
 * Decision 33/QĐ-TTg of 07/01/2026 approving the programme 2026–2030: Điều 1 approves it. Its
 * numeric targets are unknown.
 * @category law
 * @since 0.3.0
 */
export const decision33Article1: ArticleEntry = {
  instrument: "33/QĐ-TTg",
  article: 1,
  title: { vi: "Phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2026–2030", en: "Approval of the 2026–2030 programme on preventing and combating trafficking", fr: "Approbation du programme 2026–2030 de lutte contre la traite" },
  effective: { from: isoDate("2026-01-07") },
  confidence: "secondary",
  source: "thuviennhadat.vn/vbpl/quyet-dinh-33-qd-ttg-2026-chuong-trinh-phong-chong-mua-ban-nguoi-2026-2030-688548.html (excerpt: header, Art. 2, general objective)",
  clauses: [],
  note: "No numeric target found in what was read.",
};
