import { defineCatalogue, messagesOf } from "../prelude/message.js";

/**
 * The message catalogue of KPIs: why an indicator is not applicable, and why a published cell
 * is withheld, in Vietnamese, English and French.
 * @category kpi
 * @since 0.2.0
 */
export const kpiMessages = defineCatalogue({
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
