import { issuesOf } from "../prelude/issue.js";
import { defineCatalogue, messagesOf } from "../prelude/message.js";

const notCoveredEntry = {
  params: ["situation", "article"],
  vi: "{situation} — không thuộc đối tượng quy định tại Điều {article}",
  en: "{situation} — not covered by Art. {article}",
  fr: "{situation} — hors du champ de l'art. {article}",
} as const;

/**
 * The message catalogue of eligibility: every reason of a regime's status, in Vietnamese,
 * English and French.
 * @category eligibility
 * @since 0.2.0
 */
export const eligibilityMessages = defineCatalogue({
  "eligibility.issue.after-as-of": {
    params: ["field", "date", "asOf"],
    vi: "{field} ({date, date}) là sau ngày quyết định ({asOf, date})",
    en: "{field} ({date, date}) is after the decision date ({asOf, date})",
    fr: "{field} ({date, date}) est postérieure à la date de décision ({asOf, date})",
  },
  "eligibility.issue.age-disagrees": {
    params: ["field", "ageYears", "birthDate", "computed", "asOf"],
    vi: "{field}: {ageYears} tuổi không khớp với ngày sinh {birthDate, date}; theo ngày sinh, người này {computed} tuổi vào ngày {asOf, date}",
    en: "{field}: {ageYears} disagrees with the date of birth {birthDate, date}, which gives {computed} on {asOf, date}",
    fr: "{field} : {ageYears} ans ne concorde pas avec la date de naissance {birthDate, date}, qui donne {computed} ans le {asOf, date}",
  },
  "eligibility.issue.not-yet-identified": {
    params: ["field", "status"],
    vi: "{field}: người có tình trạng “{status}” chưa được xác định là nạn nhân, nên chưa có ngày được xác định",
    en: "{field}: a person whose status is “{status}” has not been identified as a victim yet, so has no identification date",
    fr: "{field} : une personne dont la situation est « {status} » n'est pas encore identifiée comme victime et n'a donc pas de date d'identification",
  },
  "eligibility.issue.accompanies-without-minor": {
    params: ["field", "status"],
    vi: "{field} chỉ dùng khi tình trạng là “{status}”",
    en: "{field} is given only when the status is “{status}”",
    fr: "{field} n'est indiquée que lorsque la situation est « {status} »",
  },
  "eligibility.issue.minor-identified-on": {
    params: ["field", "other"],
    vi: "{field}: đối với người dưới 18 tuổi đi cùng, ngày được xác định là ngày của nạn nhân được đi cùng và phải trùng với {other}",
    en: "{field}: for an accompanying minor, the identification date is the accompanied victim's and must equal {other}",
    fr: "{field} : pour un mineur accompagnant, la date d'identification est celle de la victime accompagnée et doit être égale à {other}",
  },
  "eligibility.issue.province-not-loaded": {
    params: ["field", "province", "loaded", "any"],
    vi: "{field}: chưa nạp hồ sơ của tỉnh được yêu cầu{province, select, other {}}; {any, select, true {các tỉnh đã nạp: {loaded}} other {chưa nạp hồ sơ tỉnh nào}}",
    en: "{field}: no profile is loaded for the province asked for{province, select, other {}}; {any, select, true {loaded: {loaded}} other {none is loaded}}",
    fr: "{field} : aucun profil n'est chargé pour la province demandée{province, select, other {}} ; {any, select, true {chargés : {loaded}} other {aucun n'est chargé}}",
  },
  "eligibility.transitional": {
    params: [],
    vi: "Được xác định là nạn nhân trước ngày 01/07/2025 (hoặc đi cùng người đó): áp dụng Luật 66/2011/QH12 theo quy định chuyển tiếp",
    en: "Identified before 01/07/2025 (or accompanying such a person): Law 66/2011/QH12 applies under the transitional provision",
    fr: "Identifiée avant le 01/07/2025 (ou accompagnant une telle personne) : la loi 66/2011/QH12 s'applique au titre de la disposition transitoire",
  },
  "eligibility.missing-facts": {
    params: ["missing", "missingNames"],
    vi: "Cần thêm thông tin: {missingNames}{missing, select, other {}}",
    en: "More facts needed: {missingNames}{missing, select, other {}}",
    fr: "Faits manquants : {missingNames}{missing, select, other {}}",
  },
  "eligibility.same-whatever-missing": {
    params: ["missing", "missingNames"],
    vi: "Kết quả như nhau trong mọi trường hợp còn thiếu thông tin ({missingNames}){missing, select, other {}}",
    en: "The same in every case the missing facts allow ({missingNames}){missing, select, other {}}",
    fr: "Le même résultat quels que soient les faits manquants ({missingNames}){missing, select, other {}}",
  },
  "eligibility.not-covered.victim-abroad": notCoveredEntry,
  "eligibility.not-covered.stateless-non-resident": notCoveredEntry,
  "eligibility.not-covered.foreigner-trafficked-abroad": notCoveredEntry,
  "eligibility.not-covered.stateless-verified-abroad": notCoveredEntry,
  "eligibility.not-covered.accompanying-adult": notCoveredEntry,
  "eligibility.not-covered.accompanying-uncovered-person": notCoveredEntry,
  "eligibility.not-covered.no-verification-category": notCoveredEntry,
  "eligibility.stateless-as-foreigner": {
    params: [],
    vi: "Người không quốc tịch không thường trú tại Việt Nam là người nước ngoài theo khoản 1 Điều 3 Luật 47/2014/QH13",
    en: "A stateless person without permanent residence in Vietnam is a foreigner under Law 47/2014/QH13 Art. 3(1)",
    fr: "Un apatride sans résidence permanente au Viet Nam est un étranger au sens de l'art. 3(1) de la loi 47/2014/QH13",
  },
  "eligibility.delivered-abroad": {
    params: ["regime"],
    vi: "“{regime}”: được bảo đảm ở nước ngoài, qua cơ quan đại diện Việt Nam, trong khi chờ trở về",
    en: "“{regime}”: provided abroad, through the Vietnamese mission, pending return",
    fr: "« {regime} » : fourni à l'étranger, par la représentation du Viet Nam, en attendant le retour",
  },
  "eligibility.delivered-after-return": {
    params: ["regime"],
    vi: "“{regime}”: quyền được hưởng không phụ thuộc nơi ở; được thực hiện sau khi trở về Việt Nam",
    en: "“{regime}”: the entitlement does not depend on where the person is; it is provided after return to Vietnam",
    fr: "« {regime} » : le droit ne dépend pas du lieu ; il est fourni après le retour au Viet Nam",
  },
  "eligibility.items-apply": {
    params: ["items"],
    vi: "Nội dung được hưởng: {items}",
    en: "Items that apply: {items}",
    fr: "Éléments applicables : {items}",
  },
  "eligibility.item-not-applicable": {
    params: ["item", "condition"],
    vi: "“{item}” không áp dụng: điều kiện “{condition}” không được đáp ứng",
    en: "“{item}” does not apply: the condition “{condition}” is not met",
    fr: "« {item} » ne s'applique pas : la condition « {condition} » n'est pas remplie",
  },
  "eligibility.item-condition-unknown": {
    params: ["item", "condition", "missing", "missingNames"],
    vi: "“{item}”: chưa biết có đáp ứng điều kiện “{condition}” không — cần thêm thông tin: {missingNames}{missing, select, other {}}",
    en: "“{item}”: whether the condition “{condition}” is met is unknown — facts needed: {missingNames}{missing, select, other {}}",
    fr: "« {item} » : on ignore si la condition « {condition} » est remplie — faits manquants : {missingNames}{missing, select, other {}}",
  },
  "eligibility.no-item-applies": {
    params: ["regime"],
    vi: "Không có nội dung nào của chế độ “{regime}” áp dụng cho người này",
    en: "No item of “{regime}” applies to this person",
    fr: "Aucun élément de « {regime} » ne s'applique à cette personne",
  },
  "eligibility.entitled": {
    params: ["category", "regime"],
    vi: "{category}: được hưởng chế độ “{regime}”",
    en: "{category}: entitled to “{regime}”",
    fr: "{category} : droit à « {regime} »",
  },
  "eligibility.case-by-case": {
    params: ["category", "regime"],
    vi: "{category}: chế độ “{regime}” tùy từng trường hợp, cơ quan có thẩm quyền quyết định",
    en: "{category}: “{regime}” case by case, decided by the competent authority",
    fr: "{category} : « {regime} » au cas par cas, décidé par l'autorité compétente",
  },
  "eligibility.not-listed": {
    params: ["category", "regime"],
    vi: "{category}: chế độ “{regime}” không được liệt kê cho đối tượng này",
    en: "{category}: “{regime}” is not listed for the category",
    fr: "{category} : « {regime} » n'est pas prévu pour cette catégorie",
  },
  "amount.unknown": {
    params: ["item", "reason"],
    vi: "Chưa có mức tiền cho “{item}”: {reason}",
    en: "No amount for “{item}”: {reason}",
    fr: "Pas de montant pour « {item} » : {reason}",
  },
  "amount.floor-only": {
    params: ["item"],
    vi: "“{item}”: chỉ có mức tối thiểu, không phải một khoản cố định",
    en: "“{item}”: only a minimum is set, not a fixed sum",
    fr: "« {item} » : seul un minimum est fixé, pas une somme fixe",
  },
  "province.local-rate": {
    params: ["province", "items"],
    vi: "Mức chi của {province} áp dụng cho: {items}",
    en: "{province} sets the level of: {items}",
    fr: "{province} fixe le niveau de : {items}",
  },
  "province.priority": {
    params: ["group"],
    vi: "Nhóm ưu tiên của địa phương: {group}",
    en: "Local priority group: {group}",
    fr: "Groupe prioritaire local : {group}",
  },
});

/** Builds an eligibility {@link Message} from the catalogue. @internal */
export const say = messagesOf(eligibilityMessages);

/** Builds an eligibility {@link Issue} from the catalogue. @internal */
export const issueOf = issuesOf(eligibilityMessages);
