import { issuesOf } from "../prelude/issue.js";
import { defineCatalogue, messagesOf } from "../prelude/message.js";

/**
 * The message catalogue of resolution validation: every problem a draft can have, in Vietnamese,
 * English and French.
 * @category resolution
 * @since 0.2.0
 */
export const resolutionMessages = defineCatalogue({
  "resolution.parse.missing": {
    params: ["field", "part"],
    vi: "{field}: không tìm thấy {part, select, doctype {dòng “NGHỊ QUYẾT” (văn bản không phải là nghị quyết)} number {dòng “Số: …” ở phần đầu} date {dòng “<địa danh>, ngày … tháng … năm …” ở phần đầu} enacting {dòng “QUYẾT NGHỊ:” kết thúc phần căn cứ} article {điều nào dạng “Điều 1. …”} signature {phần ký “TM. HỘI ĐỒNG NHÂN DÂN”} effective {ngày có hiệu lực (“có hiệu lực từ ngày …”) trong câu thông qua hoặc điều khoản thi hành} other {dòng “KHÓA …, KỲ HỌP THỨ …”}}",
    en: "{field}: {part, select, doctype {no “NGHỊ QUYẾT” line (not a resolution)} number {no “Số: …” line in the header} date {no “<place>, ngày … tháng … năm …” line in the header} enacting {no “QUYẾT NGHỊ:” line ending the preamble} article {no article “Điều 1. …”} signature {no “TM. HỘI ĐỒNG NHÂN DÂN” signature block} effective {no effective date (“có hiệu lực từ ngày …”) in the adoption sentence or the closing article} other {no “KHÓA …, KỲ HỌP THỨ …” line}}",
    fr: "{field} : {part, select, doctype {pas de ligne « NGHỊ QUYẾT » (ce n'est pas une résolution)} number {pas de ligne « Số: … » dans l'en-tête} date {pas de ligne « <lieu>, ngày … tháng … năm … » dans l'en-tête} enacting {pas de ligne « QUYẾT NGHỊ: » terminant le préambule} article {aucun article « Điều 1. … »} signature {pas de bloc de signature « TM. HỘI ĐỒNG NHÂN DÂN »} effective {pas de date d'entrée en vigueur (« có hiệu lực từ ngày … ») dans la phrase d'adoption ni dans l'article final} other {pas de ligne « KHÓA …, KỲ HỌP THỨ … »}}",
  },
  "resolution.issue.unknown-term": {
    params: ["field", "date"],
    vi: "Hồ sơ của tỉnh không có khóa Hội đồng nhân dân nào vào ngày {date, date}: hãy nhập {field} (ví dụ XVIII)",
    en: "The province profile knows no term of the council on {date, date}: give the {field} (e.g. XVIII)",
    fr: "Le profil de la province ne connaît aucune mandature du conseil au {date, date} : indiquer la {field} (par ex. XVIII)",
  },
  "resolution.parse.stray-text": {
    params: ["line"],
    vi: "Dòng {line}: có nội dung trước Điều 1",
    en: "Line {line}: text before the first article",
    fr: "Ligne {line} : texte avant le premier article",
  },
  "resolution.parse.date-mismatch": {
    params: ["headerLine", "headerDate", "sentenceLine", "sentenceDate"],
    vi: "Ngày ở phần đầu (dòng {headerLine}, {headerDate, date}) khác ngày thông qua trong câu “thông qua ngày …”{sentenceLine, select, 0 {} other { (dòng {sentenceLine})}} ({sentenceDate, date}): cần kiểm tra ngày Hội đồng nhân dân thông qua",
    en: "The header date (line {headerLine}, {headerDate}) differs from the adoption date “thông qua ngày …”{sentenceLine, select, 0 {} other { (line {sentenceLine})}} ({sentenceDate}): check which one the council adopted",
    fr: "La date de l'en-tête (ligne {headerLine}, {headerDate, date}) diffère de la date d'adoption « thông qua ngày … »{sentenceLine, select, 0 {} other { (ligne {sentenceLine})}} ({sentenceDate, date}) : vérifier celle que le conseil a adoptée",
  },
  "resolution.number-malformed": {
    params: ["field", "value", "form"],
    vi: "{field, select, term {Khóa “{value}” phải là số La Mã} other {{form, select, non_normative {Số, ký hiệu “{value}” của nghị quyết cá biệt không đúng dạng <số>/NQ-HĐND} looks_non_normative {Số, ký hiệu “{value}” không đúng dạng <số>/<năm>/NQ-HĐND của nghị quyết quy phạm pháp luật; dạng <số>/NQ-HĐND là của nghị quyết cá biệt (kind: \"non-normative\")} other {Số, ký hiệu “{value}” không đúng dạng <số>/<năm>/NQ-HĐND}}}}",
    en: "{field, select, term {Term \"{value}\" must be a Roman numeral} other {{form, select, non_normative {Number \"{value}\" of a non-normative resolution is not of the form <n>/NQ-HĐND} looks_non_normative {Number \"{value}\" is not of the form <n>/<year>/NQ-HĐND of a normative resolution; <n>/NQ-HĐND numbers a non-normative resolution (kind: \"non-normative\")} other {Number \"{value}\" is not of the form <n>/<year>/NQ-HĐND}}}}",
  },
  "resolution.number-year-mismatch": {
    params: ["numberYear", "adoptionYear"],
    vi: "Năm trong số ký hiệu ({numberYear}) khác năm thông qua ({adoptionYear})",
    en: "The year in the number ({numberYear}) differs from the year of adoption ({adoptionYear})",
    fr: "L'année du numéro ({numberYear}) diffère de l'année d'adoption ({adoptionYear})",
  },
  "resolution.empty": {
    params: ["what"],
    vi: "{what} không có nội dung",
    en: "{what} is empty",
    fr: "{what} : vide",
  },
  "resolution.unknown-instrument": {
    params: ["instrument"],
    vi: "Văn bản “{instrument}” chưa có trong danh mục",
    en: "Instrument \"{instrument}\" is not in the registry",
    fr: "L'acte « {instrument} » n'est pas dans le registre",
  },
  "resolution.legal-basis-missing": {
    params: [],
    vi: "Thiếu căn cứ ban hành (dòng “Căn cứ …”)",
    en: "No legal basis (a \"Căn cứ …\" line) in the preamble",
    fr: "Aucun fondement juridique (ligne « Căn cứ … ») dans le préambule",
  },
  "resolution.chapter-sequence": {
    params: ["position", "expected", "actual"],
    vi: "Chương thứ {position} phải được đánh số “{expected}”, không phải “{actual}”",
    en: "Chapter {position} must be numbered \"{expected}\", not \"{actual}\"",
    fr: "Le chapitre {position} doit être numéroté « {expected} », non « {actual} »",
  },
  "resolution.chapter-untitled": {
    params: ["chapter"],
    vi: "Chương {chapter} không có tên",
    en: "Chapter {chapter} has no title",
    fr: "Le chapitre {chapter} n'a pas de titre",
  },
  "resolution.article-sequence": {
    params: ["position", "actual"],
    vi: "Điều thứ {position} của nghị quyết phải là Điều {position}, không phải Điều {actual} (đánh số liên tục trong toàn văn bản)",
    en: "The article at position {position} must be Article {position}, not {actual} (articles are numbered through the whole document)",
    fr: "L'article en position {position} doit être l'article {position}, non {actual} (numérotation continue dans tout le document)",
  },
  "resolution.article-untitled": {
    params: ["article"],
    vi: "Điều {article} không có tên",
    en: "Article {article} has no title",
    fr: "L'article {article} n'a pas de titre",
  },
  "resolution.clause-sequence": {
    params: ["position", "article", "actual"],
    vi: "Khoản thứ {position} của Điều {article} phải là khoản {position}, không phải khoản {actual}",
    en: "The clause at position {position} of Article {article} must be numbered {position}, not {actual}",
    fr: "L'alinéa en position {position} de l'article {article} doit être numéroté {position}, non {actual}",
  },
  "resolution.point-overflow": {
    params: ["clause", "article", "position", "last"],
    vi: "Khoản {clause} Điều {article} có điểm thứ {position}: không có chữ cái nào được quy định sau “{last}”",
    en: "Clause {clause} of Article {article} has a point {position}: no letter is defined after \"{last}\"",
    fr: "L'alinéa {clause} de l'article {article} a un point {position} : aucune lettre n'est définie après « {last} »",
  },
  "resolution.point-sequence": {
    params: ["position", "clause", "article", "expected", "actual"],
    vi: "Điểm thứ {position} của khoản {clause} Điều {article} phải là điểm “{expected}”, không phải “{actual}” (thứ tự a, b, c, d, đ, e, g, h …)",
    en: "The point at position {position} of clause {clause}, Article {article} must be \"{expected}\", not \"{actual}\" (order a, b, c, d, đ, e, g, h …)",
    fr: "Le point en position {position} de l'alinéa {clause}, article {article} doit être « {expected} », non « {actual} » (ordre a, b, c, d, đ, e, g, h …)",
  },
  "resolution.duplicate-id": {
    params: ["eId", "first"],
    vi: "Định danh “{eId}” trùng với {first} (số hoặc chữ cái bị lặp)",
    en: "Id \"{eId}\" repeats {first} (a number or letter is used twice)",
    fr: "L'identifiant « {eId} » répète {first} (un numéro ou une lettre est utilisé deux fois)",
  },
  "resolution.effective-unchecked": {
    params: ["adoptedOn"],
    vi: "Chưa mã hóa quy tắc về thời điểm có hiệu lực cho văn bản thông qua ngày {adoptedOn}",
    en: "No effective-date rule is encoded for a document adopted on {adoptedOn}",
    fr: "Aucune règle de date d'entrée en vigueur n'est encodée pour un acte adopté le {adoptedOn}",
  },
  "resolution.effective-too-early": {
    params: ["effectiveFrom", "earliest", "rule", "note", "exemption"],
    vi: "Ngày có hiệu lực {effectiveFrom} sớm hơn ngày sớm nhất được phép {earliest}. {rule}{note, select, exemption { ({exemption}: không sớm hơn ngày thông qua)} no_special_case { (luật áp dụng vào ngày thông qua không có ngoại lệ cho trường hợp đặc biệt)} other {}}",
    en: "Effective date {effectiveFrom} is earlier than the earliest allowed, {earliest}. {rule}{note, select, exemption { ({exemption}: not before adoption)} no_special_case { (the law in force on the adoption date has no special-case exception)} other {}}",
  },
  "resolution.legal-basis-not-in-force": {
    params: ["status", "instrument", "number", "adoptedOn", "date", "replacement", "replacementNumber"],
    vi: "{status, select, not_yet_issued {Căn cứ {instrument} ({number}) chưa được ban hành vào ngày thông qua {adoptedOn, date}: văn bản được thông qua, ký ban hành ngày {date, date}} replaced {Căn cứ {instrument} ({number}) đã hết hiệu lực từ ngày {date, date}, trước ngày thông qua {adoptedOn, date}; văn bản thay thế: {replacement} ({replacementNumber})} other {Căn cứ {instrument} ({number}) đã hết hiệu lực từ ngày {date, date}, trước ngày thông qua {adoptedOn, date}}}",
    en: "{status, select, not_yet_issued {The legal basis {instrument} ({number}) did not exist on the adoption date {adoptedOn}: it was adopted or signed on {date}} replaced {The legal basis {instrument} ({number}) is no longer in force since {date}, before the adoption date {adoptedOn}; replaced by {replacement} ({replacementNumber})} other {The legal basis {instrument} ({number}) is no longer in force since {date}, before the adoption date {adoptedOn}}}",
  },
  "resolution.legal-basis-order": {
    params: ["position", "consideration"],
    vi: "Dòng “Căn cứ …” thứ {position} đứng sau dòng “Xét …” thứ {consideration}: các căn cứ ban hành phải đứng trước phần “Xét …”",
    en: "\"Căn cứ …\" line {position} follows \"Xét …\" line {consideration}: the legal bases come before the \"Xét …\" lines",
  },
  "resolution.not-nfc": {
    params: [],
    vi: "Văn bản chưa chuẩn hóa Unicode NFC",
    en: "Text is not Unicode NFC-normalised",
    fr: "Le texte n'est pas normalisé en Unicode NFC",
  },
});

/** Builds a resolution {@link Message} from the catalogue. @internal */
export const say = messagesOf(resolutionMessages);

/** Builds a resolution {@link Issue} from the catalogue. @internal */
export const issueOf = issuesOf(resolutionMessages);
