import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";

/**
 * Law on Promulgation of Legal Documents 2015 (80/2015/QH13), Art. 151: when documents of
 * provincial councils and committees take effect (clause 1: no earlier than 10 days from
 * signing; clause 2: the shortened procedure).
 * @category law
 * @since 0.3.0
 */
export const law80Article151: ArticleEntry = {
  instrument: "80/2015/QH13",
  article: 151,
  title: { vi: "Thời điểm có hiệu lực của văn bản quy phạm pháp luật của chính quyền địa phương", en: "When local-government normative documents take effect", fr: "Entrée en vigueur des textes normatifs des autorités locales" },
  effective: { from: isoDate("2016-07-01") },
  confidence: "secondary",
  source: "danluatold.thuvienphapluat.vn/xac-dinh-hieu-luc-cua-van-ban-quy-pham-phap-luat-180934.aspx?PostID=537356 (article quoted in full)",
  clauses: [
    { clause: 1, gloss: { vi: "Có hiệu lực không sớm hơn 10 ngày kể từ ngày ký ban hành", en: "In force no earlier than 10 days from signing" }, points: [] },
    { clause: 2, gloss: { vi: "Văn bản ban hành theo trình tự, thủ tục rút gọn có thể có hiệu lực kể từ ngày thông qua hoặc ký ban hành", en: "The shortened procedure: may take effect from adoption or signing" }, points: [] },
  ],
  note: "Heading summarised from the quoted article.",
};
