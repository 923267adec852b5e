import { fieldLabeler, type FieldLabeler } from "../prelude/issue.js";
import { COUNT_LABELS } from "./indicators.js";

/**
 * The names of the fields of a KPI request, a case record and the KPI options, for the messages
 * of invalid input: an issue names the field ("Bản ghi thứ 3: ngày khởi tố vụ án"), never its path.
 * @category kpi
 * @since 0.3.0
 */
export const kpiFieldLabel: FieldLabeler = fieldLabeler({
  root: { vi: "yêu cầu tính chỉ tiêu", en: "the KPI request", fr: "la demande d'indicateurs" },
  names: {
    ...COUNT_LABELS,
    province: { vi: "tỉnh", en: "the province", fr: "la province" },
    period: { vi: "kỳ báo cáo", en: "the reporting period", fr: "la période de référence" },
    from: { vi: "ngày đầu kỳ", en: "the first day of the period", fr: "le premier jour de la période" },
    to: { vi: "ngày cuối kỳ", en: "the last day of the period", fr: "le dernier jour de la période" },
    counts: { vi: "số liệu", en: "the counts", fr: "les effectifs" },
    records: { vi: "danh sách bản ghi", en: "the records", fr: "les enregistrements" },
    digits: { vi: "số chữ số thập phân", en: "the number of decimal places (digits)", fr: "le nombre de décimales" },
    k: { vi: "ngưỡng che số liệu nhỏ (k)", en: "the small-count threshold (k)", fr: "le seuil de masquage des petits effectifs (k)" },
    receivedOn: { vi: "ngày tiếp nhận tố giác, tin báo", en: "the date the report was received", fr: "la date de réception du signalement" },
    classifiedOn: { vi: "ngày phân loại", en: "the date the report was classified", fr: "la date de classement du signalement" },
    resolvedOn: { vi: "ngày giải quyết", en: "the date the report was resolved", fr: "la date de traitement du signalement" },
    initiatedOn: { vi: "ngày khởi tố vụ án", en: "the date the case was initiated", fr: "la date d'ouverture de l'affaire" },
    solvedOn: { vi: "ngày điều tra, khám phá", en: "the date the case was solved", fr: "la date d'élucidation de l'affaire" },
    procuracyAcceptedOn: { vi: "ngày Viện kiểm sát thụ lý", en: "the date the Procuracy took up the case", fr: "la date de saisine du parquet" },
    indictedOn: { vi: "ngày truy tố", en: "the date of indictment", fr: "la date de mise en accusation" },
    courtAcceptedOn: { vi: "ngày Tòa án thụ lý", en: "the date a court accepted the case", fr: "la date de saisine du tribunal" },
    triedOn: { vi: "ngày xét xử", en: "the date of trial", fr: "la date du jugement" },
    detectedOn: { vi: "ngày phát hiện, bắt giữ", en: "the date of detection and arrest", fr: "la date de détection et d'arrestation" },
  },
  items: { records: { vi: "bản ghi thứ {n}", en: "record {n}", fr: "enregistrement {n}" } },
  skip: ["counts", "options"],
});
