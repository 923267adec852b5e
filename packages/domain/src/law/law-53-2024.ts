import { isoDate } from "../prelude/date.js";
import type { ArticleEntry } from "./catalogue-types.js";
import { point, unreadClause, unreadPoint } from "./point-entry.js";

const FROM = isoDate("2025-07-01");
const HEADING_NOT_READ = "Official heading not read; `title` summarises the cited content.";

/**
 * Articles of the Law on Prevention and Combat of Human Trafficking 2024 (53/2024/QH15) cited by
 * eligibility beside Art. 37 (see `law53Article37`): the support bodies (Art. 27, as amended by
 * Law 86/2025/QH15), support delivered abroad (Art. 30), legal counselling (Art. 41) and the
 * transitional provision (Art. 63).
 * @category law
 * @since 0.3.0
 */
export const law53Articles: ReadonlyArray<ArticleEntry> = [
  {
    instrument: "53/2024/QH15",
    article: 27,
    title: { vi: "Tiếp nhận và hỗ trợ nạn nhân (cơ quan chuyên môn về y tế cấp tỉnh)", en: "Reception and support of victims (provincial health body)", fr: "Accueil et aide des victimes (organe provincial de santé)" },
    effective: { from: FROM },
    confidence: "secondary",
    source: "danhmucvanbanphapluatvietnam.blogspot.com (text of Law 86/2025/QH15 Art. 2(3)(a) amending Art. 27, compiled from vbpl.vn)",
    clauses: [unreadClause(1), { clause: 2, gloss: { vi: "Cơ quan chuyên môn về y tế cấp tỉnh tiếp nhận, hỗ trợ nạn nhân", en: "The provincial health body receives and supports victims" }, points: [] }],
    note: `Encoded in its wording as amended by Law 86/2025/QH15 Art. 2(3)(a). ${HEADING_NOT_READ}`,
  },
  {
    instrument: "53/2024/QH15",
    article: 30,
    title: { vi: "Hỗ trợ nạn nhân ở nước ngoài", en: "Support of victims abroad", fr: "Aide aux victimes à l'étranger" },
    effective: { from: FROM },
    confidence: "secondary",
    source: "thuvienphapluat.vn Q&A quoting Law 53/2024 Art. 30(1)",
    clauses: [
      {
        clause: 1,
        gloss: { vi: "Cơ quan đại diện của Việt Nam ở nước ngoài hỗ trợ nạn nhân", en: "The Vietnamese mission abroad supports victims" },
        points: [unreadPoint("a"), point("b", "Hỗ trợ nhu cầu thiết yếu, phiên dịch, y tế", "Essential needs, interpretation and medical support")],
      },
    ],
    note: HEADING_NOT_READ,
  },
  {
    instrument: "53/2024/QH15",
    article: 41,
    title: { vi: "Hỗ trợ pháp luật", en: "Legal support", fr: "Aide juridique" },
    effective: { from: FROM },
    confidence: "secondary",
    source: "Snippet of Law 53/2024 Art. 41(1) (../shared/legal/victim-support.md)",
    clauses: [{ clause: 1, gloss: { vi: "Tư vấn pháp luật cho nạn nhân", en: "Legal counselling for victims" }, points: [] }],
    note: `Snippet of Art. 41(1) only. ${HEADING_NOT_READ}`,
  },
  {
    instrument: "53/2024/QH15",
    article: 63,
    title: { vi: "Quy định chuyển tiếp", en: "Transitional provision", fr: "Disposition transitoire" },
    effective: { from: FROM },
    confidence: "secondary",
    source: "Snippet of Law 53/2024 Art. 63 in a retrieval log (../shared/legal/victim-support.md)",
    clauses: [],
    note: `Art. 63 read only as a snippet; whether "identified" means the date of the confirmation document is unknown. ${HEADING_NOT_READ}`,
  },
];
