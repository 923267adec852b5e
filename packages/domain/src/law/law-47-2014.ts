import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";

/**
 * Law on Entry, Exit, Transit and Residence of Foreigners in Vietnam (47/2014/QH13), Art. 3(1):
 * a foreigner includes a stateless person entering, leaving, transiting or residing in Vietnam.
 * @category law
 * @since 0.3.0
 */
export const law47Article3: ArticleEntry = {
  instrument: "47/2014/QH13",
  article: 3,
  title: { vi: "Giải thích từ ngữ", en: "Interpretation of terms", fr: "Définitions" },
  effective: { from: isoDate("2015-01-01") },
  confidence: "secondary",
  source: "thuvienphapluat.vn Q&A quoting Law 47/2014/QH13 Art. 3(1)",
  clauses: [
    {
      clause: 1,
      gloss: {
        vi: "Người nước ngoài là người mang giấy tờ xác định quốc tịch nước ngoài và người không quốc tịch nhập cảnh, xuất cảnh, quá cảnh, cư trú tại Việt Nam",
        en: "A foreigner is a person holding papers of a foreign nationality, or a stateless person, entering, leaving, transiting or residing in Vietnam",
      },
      points: [],
    },
  ],
  note: "Heading recalled as the usual definitions article, not read in a copy.",
};
