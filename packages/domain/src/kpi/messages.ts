import { issuesOf } from "../prelude/issue.js";
import { defineCatalogue, messagesOf } from "../prelude/message.js";

/**
 * The message catalogue of KPIs: why an indicator is not applicable, and why a published cell
 * is withheld, in Vietnamese, English and French.
 * @category kpi
 * @since 0.2.0
 */
export const kpiMessages = defineCatalogue({
  "kpi.issue.digits": {
    params: ["field", "max"],
    vi: "{field} phải là số nguyên từ 0 đến {max}",
    en: "{field} must be a whole number from 0 to {max}",
    fr: "{field} doit être un nombre entier de 0 à {max}",
  },
  "kpi.issue.k": {
    params: ["field"],
    vi: "{field} phải là số nguyên từ 1 trở lên",
    en: "{field} must be a whole number of at least 1",
    fr: "{field} doit être un nombre entier d'au moins 1",
  },
  "kpi.issue.public-period": {
    params: ["field", "from", "to"],
    vi: "{field} ({from, date} – {to, date}) không phải là một tháng, một quý hoặc một năm dương lịch trọn vẹn: chỉ công bố số liệu của kỳ trọn vẹn",
    en: "{field} ({from, date} – {to, date}) is not a whole calendar month, quarter or year: only whole periods are published",
    fr: "{field} ({from, date} – {to, date}) n'est pas un mois, un trimestre ou une année civile entiers : seules les périodes entières sont publiées",
  },
  "kpi.issue.not-records": {
    params: ["field"],
    vi: "{field} phải là một danh sách bản ghi",
    en: "{field} must be a list of records",
    fr: "{field} doit être une liste d'enregistrements",
  },
  "kpi.issue.record-object": {
    params: ["field"],
    vi: "{field} phải là một bản ghi gồm các ngày và số người",
    en: "{field} must be a record of dates and numbers of people",
    fr: "{field} doit être un enregistrement de dates et de nombres de personnes",
  },
  "kpi.issue.whole-number": {
    params: ["field"],
    vi: "{field} phải là số nguyên không âm",
    en: "{field} must be a whole number of 0 or more",
    fr: "{field} doit être un nombre entier positif ou nul",
  },
  "kpi.issue.needs-step": {
    params: ["field", "earlier"],
    vi: "{field} cần có {earlier}",
    en: "{field} needs {earlier}",
    fr: "{field} suppose {earlier}",
  },
  "kpi.issue.before-step": {
    params: ["field", "date", "earlier", "earlierDate"],
    vi: "{field} ({date, date}) là trước {earlier} ({earlierDate, date})",
    en: "{field} ({date, date}) is before {earlier} ({earlierDate, date})",
    fr: "{field} ({date, date}) précède {earlier} ({earlierDate, date})",
  },
  "kpi.issue.needs-detected": {
    params: ["field"],
    vi: "Số đối tượng và số nạn nhân cần có {field} để xếp vào kỳ báo cáo",
    en: "Numbers of suspects and victims need {field} to be placed in a period",
    fr: "Les nombres de suspects et de victimes supposent {field} pour être rattachés à une période",
  },
  "kpi.issue.too-many": {
    params: ["field", "max"],
    vi: "{field}: dừng kiểm tra sau {max} lỗi",
    en: "{field}: checking stopped after {max} problems",
    fr: "{field} : vérification arrêtée après {max} problèmes",
  },
  "kpi.issue.total-too-large": {
    params: ["field"],
    vi: "{field}: một tổng số vượt quá số nguyên lớn nhất tính chính xác được",
    en: "{field}: a total exceeds the largest exact whole number",
    fr: "{field} : un total dépasse le plus grand entier exact",
  },
  "kpi.issue.profile-mismatch": {
    params: ["field", "profile", "province"],
    vi: "{field}: hồ sơ tỉnh được truyền vào là của {profile}, không phải của tỉnh trong yêu cầu{province, select, other {}}",
    en: "{field}: the province profile passed is {profile}'s, not the province of the request{province, select, other {}}",
    fr: "{field} : le profil de province fourni est celui de {profile}, pas celui de la province demandée{province, select, other {}}",
  },
  "kpi.issue.unknown-indicator": {
    params: ["field"],
    vi: "{field}: không có chỉ tiêu này",
    en: "{field}: there is no such indicator",
    fr: "{field} : cet indicateur n'existe pas",
  },
  "kpi.issue.target-range": {
    params: ["field"],
    vi: "{field}: tỷ lệ chỉ tiêu phải từ 0% đến 100%",
    en: "{field}: a target rate lies between 0% and 100%",
    fr: "{field} : un taux cible est compris entre 0 % et 100 %",
  },
  "kpi.missing-count": {
    params: ["missing"],
    vi: "Thiếu số liệu: {missing}",
    en: "Missing count: {missing}",
    fr: "Donnée manquante : {missing}",
  },
  "kpi.zero-denominator": {
    params: [],
    vi: "Mẫu số bằng 0: không có trường hợp nào trong kỳ, không tính được tỷ lệ",
    en: "Zero denominator: nothing to measure in this period, so there is no rate",
    fr: "Dénominateur nul : rien à mesurer sur la période, donc pas de taux",
  },
  "kpi.no-target": {
    params: [],
    vi: "Không có chỉ tiêu cho chỉ số này trong kỳ",
    en: "No target is set for this indicator in this period",
    fr: "Aucune cible n'est fixée pour cet indicateur sur la période",
  },
  "kpi.annual-target": {
    params: ["from", "to"],
    vi: "Chỉ tiêu tính theo năm (hàng năm): chỉ đánh giá trên cả năm dương lịch, hoặc tạm tính từ đầu năm; kỳ {from}…{to} không đánh giá được",
    en: "Annual target (\"hàng năm\"): judged on a calendar year, or provisionally on a year to date; the period {from}…{to} cannot judge it",
    fr: "Cible annuelle (« hàng năm ») : jugée sur une année civile, ou provisoirement depuis le début de l'année ; la période {from}…{to} ne permet pas de la juger",
  },
  "kpi.suppressed.small-count": {
    params: ["max"],
    vi: "Số liệu từ 1 đến {max} được ẩn để tránh nhận diện cá nhân",
    en: "Counts from 1 to {max} are suppressed so that no one can be identified",
    fr: "Les effectifs de 1 à {max} sont masqués pour que personne ne puisse être identifié",
  },
  "kpi.suppressed.subtraction": {
    params: ["whole", "max"],
    vi: "Được ẩn vì cùng với {whole}, phép trừ sẽ làm lộ một số liệu từ 1 đến {max}",
    en: "Suppressed because, together with {whole}, subtraction would reveal a count from 1 to {max}",
    fr: "Masqué car, avec {whole}, une soustraction révélerait un effectif de 1 à {max}",
  },
  "kpi.suppressed.ledger": {
    params: ["from", "to", "max"],
    vi: "Được ẩn vì so với số liệu đã công bố cho kỳ {from}…{to}, phép trừ sẽ làm lộ một số liệu từ 1 đến {max}",
    en: "Suppressed because, against the figure already published for {from}…{to}, subtraction would reveal a count from 1 to {max}",
    fr: "Masqué car, avec le chiffre déjà publié pour {from}…{to}, une soustraction révélerait un effectif de 1 à {max}",
  },
  "kpi.suppressed.rate": {
    params: [],
    vi: "Tỷ lệ và kết quả đánh giá được ẩn vì sẽ làm lộ số liệu đã ẩn",
    en: "Rate and result suppressed because they would reveal a suppressed count",
    fr: "Taux et résultat masqués car ils révéleraient un effectif masqué",
  },
});

/** Builds a KPI {@link Message} from the catalogue. @internal */
export const say = messagesOf(kpiMessages);

/** Builds a KPI {@link Issue} from the catalogue. @internal */
export const issueOf = issuesOf(kpiMessages);
