import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { point } from "./point-entry.js";


/**
 * Điều 37 Luật Phòng, chống mua bán người 2024 (53/2024/QH15) — who receives which support
 * regime. Clause 1 lists the ten regimes (points a–k); clauses 2–4 name who else receives some of
 * them; clause 5 leaves the details to the Government (Decree 162/2025/NĐ-CP).
 * @category law
 * @since 0.1.0
 */
export const law53Article37: ArticleEntry = {
  instrument: "53/2024/QH15",
  article: 37,
  title: { vi: "Đối tượng và chế độ hỗ trợ", en: "Persons supported and support regimes", fr: "Bénéficiaires et régimes d'aide" },
  effective: { from: isoDate("2025-07-01") },
  confidence: "verified",
  source: "hethongphapluat.com reproduction of Law 53/2024/QH15, Chapter V",
  clauses: [
    {
      clause: 1,
      gloss: {
        vi: "Nạn nhân là công dân Việt Nam, người không quốc tịch thường trú tại Việt Nam được hưởng các chế độ hỗ trợ",
        en: "Victims who are Vietnamese citizens or stateless persons permanently residing in Vietnam receive the support regimes",
      },
      points: [
        point("a", "Hỗ trợ nhu cầu thiết yếu", "Essential needs"),
        point("b", "Hỗ trợ y tế", "Medical support"),
        point("c", "Hỗ trợ phiên dịch", "Interpretation"),
        point("d", "Hỗ trợ pháp luật", "Legal support (counselling)"),
        point("đ", "Trợ giúp pháp lý", "Legal aid"),
        point("e", "Hỗ trợ chi phí đi lại", "Travel costs"),
        point("g", "Hỗ trợ tâm lý", "Psychological support"),
        point("h", "Hỗ trợ học văn hóa", "General education"),
        point("i", "Hỗ trợ học nghề, tư vấn, tạo điều kiện để có việc làm", "Vocational training, counselling and job facilitation"),
        point("k", "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn", "Initial hardship allowance and loan support"),
      ],
    },
    { clause: 2, gloss: { vi: "Người dưới 18 tuổi đi cùng nạn nhân", en: "Persons under 18 accompanying a victim: regimes a–h" }, points: [] },
    { clause: 3, gloss: { vi: "Người đang trong quá trình xác định là nạn nhân", en: "Persons being verified as victims, abroad (a–d) or in Vietnam (a–g)" }, points: [] },
    { clause: 4, gloss: { vi: "Nạn nhân, người đang trong quá trình xác định là nạn nhân là người nước ngoài bị mua bán tại Việt Nam", en: "Foreigners trafficked in Vietnam: case-by-case support" }, points: [] },
    { clause: 5, gloss: { vi: "Chính phủ quy định chi tiết", en: "The Government details the regimes" }, points: [] },
  ],
};

/**
 * Điều 32 Luật Phòng, chống mua bán người 2011 (66/2011/QH12) — the six support regimes before
 * 01/07/2025.
 * @category law
 * @since 0.1.0
 */
export const law66Article32: ArticleEntry = {
  instrument: "66/2011/QH12",
  article: 32,
  title: { vi: "Đối tượng và chế độ hỗ trợ nạn nhân", en: "Victims supported and support regimes", fr: "Victimes bénéficiaires et régimes d'aide" },
  effective: { from: isoDate("2012-01-01"), to: isoDate("2025-06-30") },
  confidence: "verified",
  source: "thuvienphapluat.vn Q&A quoting Law 66/2011/QH12 Art. 32",
  clauses: [
    {
      clause: 1,
      gloss: {
        vi: "Nạn nhân là công dân Việt Nam, người không quốc tịch thường trú tại Việt Nam được hưởng các chế độ hỗ trợ",
        en: "Victims who are Vietnamese citizens or stateless permanent residents receive the support regimes",
      },
      points: [
        point("a", "Hỗ trợ nhu cầu thiết yếu và chi phí đi lại", "Essential needs and travel costs"),
        point("b", "Hỗ trợ y tế", "Medical support"),
        point("c", "Hỗ trợ tâm lý", "Psychological support"),
        point("d", "Trợ giúp pháp lý", "Legal aid"),
        point("đ", "Hỗ trợ học văn hóa, học nghề", "General education and vocational training"),
        point("e", "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn", "Initial hardship allowance and loan support"),
      ],
    },
    { clause: 2, gloss: { vi: "Nạn nhân là người nước ngoài bị mua bán tại Việt Nam", en: "Foreign victims trafficked in Vietnam: regimes a–d" }, points: [] },
    { clause: 3, gloss: { vi: "Người chưa thành niên đi cùng nạn nhân", en: "Minors accompanying a victim: regimes a–c" }, points: [] },
    {
      clause: 4,
      gloss: {
        vi: "Các chế độ hỗ trợ được áp dụng tùy trường hợp quy định tại các điều 33…38",
        en: "The support regimes apply case by case, as provided in Articles 33…38",
      },
      points: [],
    },
  ],
  note: "Clauses 1–3 name who receives which regimes; the phrase \"tùy trường hợp quy định tại các điều 33…38\" is read in the Q&A quotation (TVPL-66); the rest of clause 4's wording was not read.",
};
