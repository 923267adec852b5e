import { isoDate, type IsoDate } from "../prelude/date.js";
import type { Confidence } from "../prelude/confidence.js";
import type { Label } from "../prelude/label.js";

/** Kinds of instrument, in Vietnamese legal usage. @category law @since 0.1.0 */
export type InstrumentKind =
  | "code"
  | "law"
  | "decree"
  | "circular"
  | "joint_circular"
  | "judicial_resolution"
  | "pm_decision"
  | "council_resolution"
  | "provincial_plan"
  | "provincial_dispatch"
  | "party_document";

/**
 * One legal instrument as typed data.
 *
 * `issued` is the date of adoption or signature; `effective` the first day in force; `superseded`
 * the first day it no longer applies (when known). Each date and the title carry the confidence
 * of the source they come from (see `confidence`).
 * @category law
 * @since 0.1.0
 */
export interface Instrument {
  readonly number: string;
  readonly kind: InstrumentKind;
  readonly title: Label & { readonly fr: string };
  /** How the instrument is named inside a Vietnamese citation ("Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)"). */
  readonly citeAs: Label & { readonly fr: string };
  readonly issuer: Label;
  readonly issued?: IsoDate;
  readonly effective?: IsoDate;
  readonly superseded?: IsoDate;
  readonly amends?: ReadonlyArray<string>;
  readonly amendedBy?: ReadonlyArray<string>;
  readonly supersededBy?: string;
  /**
   * @deprecated since 0.3.0 — the registry holds national instruments only; a province declares
   * its own in its profile (`defineProvince({ instruments })`).
   */
  readonly province?: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

const NATIONAL_ASSEMBLY: Label = { vi: "Quốc hội", en: "National Assembly" };
const GOVERNMENT: Label = { vi: "Chính phủ", en: "Government" };
const PRIME_MINISTER: Label = { vi: "Thủ tướng Chính phủ", en: "Prime Minister" };

/**
 * Every national instrument the product relies on, keyed by its official number. Provincial
 * instruments (council resolutions, plans) live in their province's package, declared through
 * `defineProvince`.
 *
 * **Law** — dates and titles from the legal reference; `confidence` records whether each entry was
 * read in the instrument itself (`verified`), a secondary source (`secondary`), or is an inference
 * (`unverified`).
 * @category law
 * @since 0.1.0
 */
export const instruments = {
  "100/2015/QH13": {
    number: "100/2015/QH13",
    kind: "code",
    title: { vi: "Bộ luật Hình sự", en: "Penal Code", fr: "Code pénal" },
    citeAs: { vi: "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)", en: "Penal Code 2015", fr: "Code pénal de 2015" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2015-11-27"),
    effective: isoDate("2018-01-01"),
    amendedBy: ["12/2017/QH14", "86/2025/QH15"],
    confidence: "verified",
    note: "Articles encoded in the wording consolidated after Law 12/2017/QH14 (Pháp điển copy).",
  },
  "12/2017/QH14": {
    number: "12/2017/QH14",
    kind: "law",
    title: {
      vi: "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13",
      en: "Law amending and supplementing a number of articles of Penal Code No. 100/2015/QH13",
      fr: "Loi modifiant et complétant certains articles du Code pénal n° 100/2015/QH13",
    },
    citeAs: { vi: "Luật số 12/2017/QH14", en: "Law No. 12/2017/QH14", fr: "Loi n° 12/2017/QH14" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2017-06-20"),
    effective: isoDate("2018-01-01"),
    amends: ["100/2015/QH13"],
    confidence: "verified",
  },
  "86/2025/QH15": {
    number: "86/2025/QH15",
    kind: "law",
    title: {
      vi: "Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự",
      en: "Law amending and supplementing a number of articles of the Penal Code",
      fr: "Loi modifiant et complétant certains articles du Code pénal",
    },
    citeAs: { vi: "Luật số 86/2025/QH15", en: "Law No. 86/2025/QH15", fr: "Loi n° 86/2025/QH15" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2025-06-25"),
    effective: isoDate("2025-07-01"),
    amends: ["100/2015/QH13", "53/2024/QH15"],
    confidence: "secondary",
    note: "Its effect on Arts 150–154, 348 and 349 is unknown; none of them carried the death penalty.",
  },
  "02/2019/NQ-HĐTP": {
    number: "02/2019/NQ-HĐTP",
    kind: "judicial_resolution",
    title: {
      vi: "Nghị quyết hướng dẫn áp dụng Điều 150 về tội mua bán người và Điều 151 về tội mua bán người dưới 16 tuổi của Bộ luật Hình sự",
      en: "Resolution guiding the application of Article 150 (trafficking in persons) and Article 151 (trafficking in persons under 16) of the Penal Code",
      fr: "Résolution guidant l'application des articles 150 (traite des personnes) et 151 (traite des personnes de moins de 16 ans) du Code pénal",
    },
    citeAs: { vi: "Nghị quyết số 02/2019/NQ-HĐTP", en: "Resolution No. 02/2019/NQ-HĐTP", fr: "Résolution n° 02/2019/NQ-HĐTP" },
    issuer: { vi: "Hội đồng Thẩm phán Tòa án nhân dân tối cao", en: "Judges' Council of the Supreme People's Court" },
    issued: isoDate("2019-01-11"),
    effective: isoDate("2019-03-15"),
    confidence: "verified",
  },
  "66/2011/QH12": {
    number: "66/2011/QH12",
    kind: "law",
    title: {
      vi: "Luật Phòng, chống mua bán người",
      en: "Law on Prevention and Combat of Human Trafficking",
      fr: "Loi sur la prévention et la lutte contre la traite des êtres humains",
    },
    citeAs: { vi: "Luật Phòng, chống mua bán người 2011", en: "Law on Human Trafficking 2011", fr: "Loi de 2011 sur la traite des êtres humains" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2011-03-29"),
    effective: isoDate("2012-01-01"),
    superseded: isoDate("2025-07-01"),
    supersededBy: "53/2024/QH15",
    confidence: "secondary",
  },
  "53/2024/QH15": {
    number: "53/2024/QH15",
    kind: "law",
    title: {
      vi: "Luật Phòng, chống mua bán người",
      en: "Law on Prevention and Combat of Human Trafficking",
      fr: "Loi sur la prévention et la lutte contre la traite des êtres humains",
    },
    citeAs: { vi: "Luật Phòng, chống mua bán người 2024", en: "Law on Human Trafficking 2024", fr: "Loi de 2024 sur la traite des êtres humains" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2024-11-28"),
    effective: isoDate("2025-07-01"),
    amendedBy: ["86/2025/QH15"],
    confidence: "verified",
  },
  "62/2012/NĐ-CP": {
    number: "62/2012/NĐ-CP",
    kind: "decree",
    title: {
      vi: "Nghị định quy định căn cứ xác định nạn nhân bị mua bán và bảo vệ an toàn cho nạn nhân, người thân thích của họ",
      en: "Decree on grounds for identifying trafficking victims and protecting the safety of victims and their relatives",
      fr: "Décret sur les critères d'identification des victimes de la traite et la protection de leur sécurité",
    },
    citeAs: { vi: "Nghị định số 62/2012/NĐ-CP", en: "Decree No. 62/2012/NĐ-CP", fr: "Décret n° 62/2012/NĐ-CP" },
    issuer: GOVERNMENT,
    issued: isoDate("2012-08-13"),
    superseded: isoDate("2025-07-01"),
    confidence: "unverified",
  },
  "09/2013/NĐ-CP": {
    number: "09/2013/NĐ-CP",
    kind: "decree",
    title: {
      vi: "Nghị định quy định chi tiết một số điều của Luật Phòng, chống mua bán người",
      en: "Decree detailing a number of articles of the Law on Prevention and Combat of Human Trafficking",
      fr: "Décret précisant certains articles de la loi sur la lutte contre la traite des êtres humains",
    },
    citeAs: { vi: "Nghị định số 09/2013/NĐ-CP", en: "Decree No. 09/2013/NĐ-CP", fr: "Décret n° 09/2013/NĐ-CP" },
    issuer: GOVERNMENT,
    issued: isoDate("2013-01-11"),
    effective: isoDate("2013-03-01"),
    superseded: isoDate("2025-07-01"),
    supersededBy: "162/2025/NĐ-CP",
    confidence: "secondary",
    note: "Signed 11/01/2013 [S: luatvietnam.vn]. In force 01/03/2013: recalled wording of the closing article, not found in a stored copy (searched) — unverified; it respects the 45-day minimum of Law 17/2008 Art. 78.",
  },
  "162/2025/NĐ-CP": {
    number: "162/2025/NĐ-CP",
    kind: "decree",
    title: {
      vi: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống mua bán người",
      en: "Decree detailing a number of articles of, and measures to implement, the Law on Prevention and Combat of Human Trafficking",
      fr: "Décret précisant certains articles de la loi sur la lutte contre la traite des êtres humains et les mesures d'application",
    },
    citeAs: { vi: "Nghị định số 162/2025/NĐ-CP", en: "Decree No. 162/2025/NĐ-CP", fr: "Décret n° 162/2025/NĐ-CP" },
    issuer: GOVERNMENT,
    issued: isoDate("2025-06-29"),
    effective: isoDate("2025-07-01"),
    confidence: "secondary",
  },
  "84/2019/TT-BTC": {
    number: "84/2019/TT-BTC",
    kind: "circular",
    title: {
      vi: "Thông tư quy định nội dung, mức chi cho công tác hỗ trợ nạn nhân và chế độ hỗ trợ nạn nhân",
      en: "Circular on the contents and levels of spending for victim-support work and victim-support regimes",
      fr: "Circulaire sur les contenus et niveaux de dépenses pour l'aide aux victimes",
    },
    citeAs: { vi: "Thông tư số 84/2019/TT-BTC", en: "Circular No. 84/2019/TT-BTC", fr: "Circulaire n° 84/2019/TT-BTC" },
    issuer: { vi: "Bộ Tài chính", en: "Ministry of Finance" },
    issued: isoDate("2019-11-27"),
    effective: isoDate("2020-01-13"),
    confidence: "secondary",
    note: "Signed 27/11/2019 [S]. In force 13/01/2020: recalled wording of the closing article, not found in a stored copy (searched) — unverified; it respects the 45-day minimum of Law 80/2015 Art. 151(1).",
  },
  "11/2017/QH14": {
    number: "11/2017/QH14",
    kind: "law",
    title: { vi: "Luật Trợ giúp pháp lý", en: "Law on Legal Aid", fr: "Loi sur l'aide juridique" },
    citeAs: { vi: "Luật Trợ giúp pháp lý 2017", en: "Law on Legal Aid 2017", fr: "Loi de 2017 sur l'aide juridique" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2017-06-20"),
    effective: isoDate("2018-01-01"),
    amendedBy: ["53/2024/QH15"],
    confidence: "unverified",
    note: "Art. 7(7)(g) and clause 6a read through the Ministry of Justice note on pbgdpl.gov.vn [S]; number and dates of the law not read in a copy.",
  },
  "47/2014/QH13": {
    number: "47/2014/QH13",
    kind: "law",
    title: {
      vi: "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
      en: "Law on Entry, Exit, Transit and Residence of Foreigners in Vietnam",
      fr: "Loi sur l'entrée, la sortie, le transit et la résidence des étrangers au Viet Nam",
    },
    citeAs: {
      vi: "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014",
      en: "Law on Foreigners' Entry and Residence 2014",
      fr: "Loi de 2014 sur l'entrée et la résidence des étrangers",
    },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2014-06-16"),
    effective: isoDate("2015-01-01"),
    confidence: "unverified",
    note: "Art. 3(1) quoted by a thuvienphapluat.vn Q&A [S]; dates of the law not read in a copy.",
  },
  "80/2015/QH13": {
    number: "80/2015/QH13",
    kind: "law",
    title: {
      vi: "Luật Ban hành văn bản quy phạm pháp luật",
      en: "Law on Promulgation of Legal Documents",
      fr: "Loi sur la promulgation des documents normatifs",
    },
    citeAs: { vi: "Luật Ban hành văn bản quy phạm pháp luật 2015", en: "Law on Legal Documents 2015", fr: "Loi de 2015 sur les documents normatifs" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2015-06-22"),
    effective: isoDate("2016-07-01"),
    superseded: isoDate("2025-04-01"),
    supersededBy: "64/2025/QH15",
    confidence: "secondary",
    note: "Number, adoption 22/06/2015 and in-force 01/07/2016 from the consolidated text's heading (docx.com.vn copy); replaced from 01/04/2025, the in-force date of Law 64/2025/QH15 (tcvn.gov.vn); Art. 151 read as quoted on danluatold.thuvienphapluat.vn.",
  },
  "64/2025/QH15": {
    number: "64/2025/QH15",
    kind: "law",
    title: {
      vi: "Luật Ban hành văn bản quy phạm pháp luật",
      en: "Law on Promulgation of Legal Documents",
      fr: "Loi sur la promulgation des documents normatifs",
    },
    citeAs: { vi: "Luật Ban hành văn bản quy phạm pháp luật 2025", en: "Law on Legal Documents 2025", fr: "Loi de 2025 sur les documents normatifs" },
    issuer: NATIONAL_ASSEMBLY,
    issued: isoDate("2025-02-19"),
    effective: isoDate("2025-04-01"),
    confidence: "verified",
    note: "Number and date verified; the in-force date 01/04/2025 from a secondary source (tcvn.gov.vn: adopted 19/02/2025, in force 01/04/2025); Art. 53 verified (hethongphapluat.com).",
  },
  "34/2016/NĐ-CP": {
    number: "34/2016/NĐ-CP",
    kind: "decree",
    title: {
      vi: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật",
      en: "Decree detailing the Law on Promulgation of Legal Documents",
      fr: "Décret précisant la loi sur la promulgation des documents normatifs",
    },
    citeAs: { vi: "Nghị định số 34/2016/NĐ-CP", en: "Decree No. 34/2016/NĐ-CP", fr: "Décret n° 34/2016/NĐ-CP" },
    issuer: GOVERNMENT,
    issued: isoDate("2016-05-14"),
    effective: isoDate("2016-07-01"),
    supersededBy: "78/2025/NĐ-CP",
    confidence: "secondary",
  },
  "78/2025/NĐ-CP": {
    number: "78/2025/NĐ-CP",
    kind: "decree",
    title: {
      vi: "Nghị định quy định chi tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật",
      en: "Decree detailing the Law on Promulgation of Legal Documents (2025)",
      fr: "Décret précisant la loi de 2025 sur la promulgation des documents normatifs",
    },
    citeAs: { vi: "Nghị định số 78/2025/NĐ-CP", en: "Decree No. 78/2025/NĐ-CP", fr: "Décret n° 78/2025/NĐ-CP" },
    issuer: GOVERNMENT,
    confidence: "secondary",
  },
  "193/QĐ-TTg": {
    number: "193/QĐ-TTg",
    kind: "pm_decision",
    title: {
      vi: "Quyết định phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2021–2025 và định hướng đến năm 2030",
      en: "Decision approving the Programme on prevention and combat of human trafficking 2021–2025, vision to 2030",
      fr: "Décision approuvant le programme de lutte contre la traite des êtres humains 2021–2025, horizon 2030",
    },
    citeAs: { vi: "Quyết định số 193/QĐ-TTg ngày 09/02/2021", en: "Decision No. 193/QĐ-TTg of 9 February 2021", fr: "Décision n° 193/QĐ-TTg du 9 février 2021" },
    issuer: PRIME_MINISTER,
    issued: isoDate("2021-02-09"),
    effective: isoDate("2021-02-09"),
    confidence: "secondary",
  },
  "33/QĐ-TTg": {
    number: "33/QĐ-TTg",
    kind: "pm_decision",
    title: {
      vi: "Quyết định phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2026–2030, tầm nhìn đến năm 2035",
      en: "Decision approving the Programme on prevention and combat of human trafficking 2026–2030, vision to 2035",
      fr: "Décision approuvant le programme de lutte contre la traite des êtres humains 2026–2030, horizon 2035",
    },
    citeAs: { vi: "Quyết định số 33/QĐ-TTg ngày 07/01/2026", en: "Decision No. 33/QĐ-TTg of 7 January 2026", fr: "Décision n° 33/QĐ-TTg du 7 janvier 2026" },
    issuer: PRIME_MINISTER,
    issued: isoDate("2026-01-07"),
    effective: isoDate("2026-01-07"),
    confidence: "secondary",
  },
} as const satisfies Record<string, Instrument>;

/** Ids of the instruments in {@link instruments}; a typo is a type error. @category law @since 0.1.0 */
export type InstrumentId = keyof typeof instruments;

/** All instrument ids. @category law @since 0.1.0 */
export const instrumentIds = Object.keys(instruments) as InstrumentId[];

/** Whether `id` names a registered instrument. @category law @since 0.1.0 */
export const isInstrumentId = (id: string): id is InstrumentId => Object.hasOwn(instruments, id);

/** The registered instrument for an id. @category law @since 0.1.0 */
export const instrument = (id: InstrumentId): Instrument => instruments[id];
