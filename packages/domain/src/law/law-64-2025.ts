import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { point, unreadPoint } from "./point-entry.js";

const FROM = isoDate("2025-04-01");

/**
 * Law on Promulgation of Legal Documents 2025 (64/2025/QH15): Art. 53 (when documents take
 * effect) and Art. 57 (when they cease to be in force).
 * @category law
 * @since 0.3.0
 */
export const law64Articles: ReadonlyArray<ArticleEntry> = [
  {
    instrument: "64/2025/QH15",
    article: 53,
    title: { vi: "Thời điểm có hiệu lực của văn bản quy phạm pháp luật", en: "When normative documents take effect", fr: "Entrée en vigueur des textes normatifs" },
    effective: { from: FROM },
    confidence: "verified",
    source: "hethongphapluat.com/luat-ban-hanh-van-ban-quy-pham-phap-luat-2025/chuong-6",
    clauses: [
      {
        clause: 1,
        gloss: {
          vi: "Văn bản của chính quyền địa phương có hiệu lực không sớm hơn 10 ngày kể từ ngày thông qua hoặc ký ban hành, trừ trình tự, thủ tục rút gọn và trường hợp đặc biệt",
          en: "Local-government documents: no earlier than 10 days from adoption or signing, except the shortened procedure and special cases",
        },
        points: [],
      },
    ],
  },
  {
    instrument: "64/2025/QH15",
    article: 57,
    title: { vi: "Văn bản quy phạm pháp luật hết hiệu lực", en: "When normative documents cease to be in force", fr: "Fin de vigueur des textes normatifs" },
    effective: { from: FROM },
    confidence: "secondary",
    source: "210.245.20.102:801 mirror of a thuvienphapluat.vn Q&A page (\"Văn bản quy phạm pháp luật hết hiệu lực khi nào?\") quoting the clause",
    clauses: [{ clause: 1, gloss: { vi: "Văn bản hết hiệu lực toàn bộ hoặc một phần", en: "A document ceases to be in force in whole or in part" }, points: [unreadPoint("a"), point("b", "Được sửa đổi, bổ sung hoặc thay thế bằng văn bản mới", "Amended, supplemented or replaced by a new document")] }],
  },
];
