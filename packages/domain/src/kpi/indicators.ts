import type { Citation } from "../prelude/citation.js";
import type { Label } from "../prelude/label.js";

/**
 * The five enforcement indicators of the national programme and of Nghệ An's plans, by stable id
 * (the API and the resolution module use these ids).
 *
 * **Law** — Decision 193/QĐ-TTg (2021–2025) and Nghệ An Plan 179/KH-UBND (2022) word the same
 * four enforcement targets (K1–K5; K1 and K2 share one sentence).
 *
 * @category kpi
 * @since 0.1.0
 */
export const KPI_IDS = ["reports_classified", "reports_resolved", "cases_solved", "cases_indicted", "cases_tried"] as const;

/** One indicator id, e.g. `"reports_resolved"`. @category kpi @since 0.1.0 */
export type KpiId = (typeof KPI_IDS)[number];

/**
 * The counts an indicator is computed from (numerators and denominators), named once here and in
 * the `KpiCounts` schema.
 * @category kpi
 * @since 0.1.0
 */
export const RATE_COUNT_NAMES = [
  "reportsReceived",
  "reportsClassified",
  "reportsResolved",
  "casesInitiated",
  "casesSolved",
  "casesHandledByProcuracy",
  "casesIndicted",
  "casesAcceptedByCourts",
  "casesTried",
] as const;

/**
 * The figures reported per period without a target (cases, suspects, victims), as Nghệ An
 * Dispatch 6654/UBND-NC reports them for the first half of 2023.
 * @category kpi
 * @since 0.1.0
 */
export const FIGURE_NAMES = ["casesDetected", "suspects", "victimsIdentified", "victimsRescued", "victimsSupported"] as const;

/** Every count a KPI input may carry: the rate counts, then the figures. @category kpi @since 0.1.0 */
export const COUNT_NAMES = [...RATE_COUNT_NAMES, ...FIGURE_NAMES] as const;

/** A count used in a rate. @category kpi @since 0.1.0 */
export type RateCountName = (typeof RATE_COUNT_NAMES)[number];
/** A reported figure. @category kpi @since 0.1.0 */
export type FigureName = (typeof FIGURE_NAMES)[number];
/** Any count of a KPI input. @category kpi @since 0.1.0 */
export type CountName = (typeof COUNT_NAMES)[number];

/**
 * One indicator as typed data: which counts make its rate, its names and the plan's wording.
 *
 * **Gotchas** — the target (comparison and value) is **not** here: it is a dated parameter per
 * province and period (see `kpiTargets`), because a province may word it differently.
 * @category kpi
 * @since 0.1.0
 */
export interface KpiDefinition {
  readonly id: KpiId;
  /** The indicator's code in the plans (K1–K5). */
  readonly code: "K1" | "K2" | "K3" | "K4" | "K5";
  readonly label: Label & { readonly fr: string };
  /** The plan's sentence, Vietnamese as reported for Decision 193/QĐ-TTg, with translations. */
  readonly wording: Label & { readonly fr: string };
  readonly numerator: RateCountName;
  readonly denominator: RateCountName;
  /** The agency that usually reports it (inference, kpi.md "Reports" column, [M]). */
  readonly reportedBy: Label;
  /**
   * The periods the target can be judged on: `year` for a target worded "hàng năm" (each year) —
   * a calendar year, or a year to date with `provisional: true`; `period` for any reporting period.
   */
  readonly judgedOn: "year" | "period";
}

const POLICE: Label = { vi: "Cơ quan điều tra (Công an)", en: "Investigation agencies (Police)" };
const PROCURACY: Label = { vi: "Viện kiểm sát nhân dân", en: "People's Procuracy" };
const COURTS: Label = { vi: "Tòa án nhân dân", en: "People's Courts" };

const REPORTS_SENTENCE = {
  vi: "100% tố giác, tin báo về tội phạm, kiến nghị khởi tố liên quan đến mua bán người được tiếp nhận, phân loại, tỷ lệ giải quyết đạt trên 90%",
  en: "100% of denunciations, crime reports and prosecution recommendations related to human trafficking are received and classified, with a resolution rate over 90%",
  fr: "100 % des dénonciations, signalements d'infractions et propositions de poursuites liés à la traite sont reçus et classés, avec un taux de traitement supérieur à 90 %",
} as const;

/**
 * The indicator catalogue, K1 to K5.
 *
 * **Law** — the wording of Decision 193/QĐ-TTg and Nghệ An Plan 179/KH-UBND (how it was read is
 * the `confidence` and `source` of each target's citation). "khởi tố" (initiation of a criminal case) is the K3
 * denominator; "truy tố" (indictment) is the K4 numerator.
 *
 * **When to use** — labels, forms and explanations of the indicators; the resolution module links
 * the articles that set targets to these ids.
 *
 * **Gotchas** — the K4 and K5 denominators ("số vụ án … hàng năm") are ambiguous in the plans
 * (legal reference, open question 9); this library reads them as the cases the Procuracy handled
 * and the cases the courts accepted in the period.
 *
 * **Example**
 * ```ts
 * KPI_DEFINITIONS.find((d) => d.id === "cases_solved")?.denominator // "casesInitiated"
 * ```
 * @category kpi
 * @since 0.1.0
 */
export const KPI_DEFINITIONS: ReadonlyArray<KpiDefinition> = [
  {
    id: "reports_classified",
    code: "K1",
    label: {
      vi: "Tỷ lệ tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người được tiếp nhận, phân loại",
      en: "Share of trafficking denunciations, crime reports and prosecution recommendations received and classified",
      fr: "Part des dénonciations, signalements et propositions de poursuites relatifs à la traite reçus et classés",
    },
    wording: REPORTS_SENTENCE,
    numerator: "reportsClassified",
    denominator: "reportsReceived",
    reportedBy: POLICE,
    judgedOn: "period",
  },
  {
    id: "reports_resolved",
    code: "K2",
    label: {
      vi: "Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người",
      en: "Resolution rate of trafficking denunciations, crime reports and prosecution recommendations",
      fr: "Taux de traitement des dénonciations, signalements et propositions de poursuites relatifs à la traite",
    },
    wording: REPORTS_SENTENCE,
    numerator: "reportsResolved",
    denominator: "reportsReceived",
    reportedBy: POLICE,
    judgedOn: "period",
  },
  {
    id: "cases_solved",
    code: "K3",
    label: {
      vi: "Tỷ lệ điều tra, khám phá các vụ án mua bán người",
      en: "Investigation and discovery rate of trafficking cases",
      fr: "Taux d'enquête et d'élucidation des affaires de traite",
    },
    wording: {
      vi: "Tỷ lệ điều tra, khám phá các vụ án mua bán người đạt trên 90% tổng số án khởi tố",
      en: "The investigation and discovery rate of trafficking cases is over 90% of all cases initiated",
      fr: "Le taux d'enquête et d'élucidation des affaires de traite dépasse 90 % des affaires ouvertes",
    },
    numerator: "casesSolved",
    denominator: "casesInitiated",
    reportedBy: POLICE,
    judgedOn: "period",
  },
  {
    id: "cases_indicted",
    code: "K4",
    label: {
      vi: "Tỷ lệ vụ án mua bán người được giải quyết và truy tố",
      en: "Share of trafficking cases resolved and indicted",
      fr: "Part des affaires de traite traitées et renvoyées en jugement (mise en accusation)",
    },
    wording: {
      vi: "95% số vụ án mua bán người hàng năm được giải quyết và truy tố",
      en: "95% of trafficking cases each year are resolved and indicted",
      fr: "95 % des affaires de traite de chaque année sont traitées et font l'objet d'une mise en accusation",
    },
    numerator: "casesIndicted",
    denominator: "casesHandledByProcuracy",
    reportedBy: PROCURACY,
    judgedOn: "year",
  },
  {
    id: "cases_tried",
    code: "K5",
    label: {
      vi: "Tỷ lệ vụ án mua bán người được giải quyết, xét xử",
      en: "Share of trafficking cases resolved and tried",
      fr: "Part des affaires de traite traitées et jugées",
    },
    wording: {
      vi: "90% số vụ án mua bán người hàng năm được giải quyết, xét xử",
      en: "90% of trafficking cases each year are resolved and tried",
      fr: "90 % des affaires de traite de chaque année sont traitées et jugées",
    },
    numerator: "casesTried",
    denominator: "casesAcceptedByCourts",
    reportedBy: COURTS,
    judgedOn: "year",
  },
];

/** The definition of an indicator by id. @category kpi @since 0.1.0 */
export const kpiDefinition = (id: KpiId): KpiDefinition => KPI_DEFINITIONS.find((d) => d.id === id) as KpiDefinition;

/**
 * Names of every count, in Vietnamese and English (for forms, tables and the published view).
 * @category kpi
 * @since 0.1.0
 */
export const COUNT_LABELS: { readonly [K in CountName]: Label } = {
  reportsReceived: {
    vi: "Số tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người đã tiếp nhận",
    en: "Trafficking denunciations, crime reports and prosecution recommendations received",
  },
  reportsClassified: {
    vi: "Số tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người đã phân loại",
    en: "Trafficking denunciations, crime reports and prosecution recommendations classified",
  },
  reportsResolved: {
    vi: "Số tố giác, tin báo về tội phạm, kiến nghị khởi tố về mua bán người đã giải quyết",
    en: "Trafficking denunciations, crime reports and prosecution recommendations resolved",
  },
  casesInitiated: { vi: "Số vụ án mua bán người đã khởi tố", en: "Trafficking criminal cases initiated" },
  casesSolved: { vi: "Số vụ án mua bán người đã điều tra, khám phá", en: "Trafficking cases investigated and solved" },
  casesHandledByProcuracy: { vi: "Số vụ án mua bán người Viện kiểm sát thụ lý, giải quyết", en: "Trafficking cases handled by the Procuracy" },
  casesIndicted: { vi: "Số vụ án mua bán người đã truy tố", en: "Trafficking cases indicted" },
  casesAcceptedByCourts: { vi: "Số vụ án mua bán người Tòa án đã thụ lý", en: "Trafficking cases accepted by the courts" },
  casesTried: { vi: "Số vụ án mua bán người đã xét xử", en: "Trafficking cases tried" },
  casesDetected: { vi: "Số vụ mua bán người đã phát hiện, bắt giữ", en: "Trafficking cases detected and arrested" },
  suspects: { vi: "Số đối tượng", en: "Suspects" },
  victimsIdentified: { vi: "Số nạn nhân được xác định", en: "Victims identified" },
  victimsRescued: { vi: "Số nạn nhân được giải cứu", en: "Victims rescued" },
  victimsSupported: { vi: "Số nạn nhân được hỗ trợ", en: "Victims supported" },
};

/**
 * The national basis of the reported figures (cases, suspects, victims): none is encoded — the
 * figures carry no target, and the instrument whose report they follow (Nghệ An Dispatch
 * 6654/UBND-NC, first half of 2023) is Nghệ An's, cited by `@ctip-vn/province-nghe-an`.
 * @category kpi
 * @since 0.1.0
 */
export const FIGURES_BASIS: ReadonlyArray<Citation> = [];

/**
 * Pairs `[part, whole]` of counts where the part is a subset of the whole, so that `whole − part`
 * is itself a count (reports not yet classified, cases not yet tried, victims identified but not
 * rescued…). Publication uses them to stop small counts leaking by subtraction.
 *
 * **Gotchas** — besides each indicator's numerator ⊆ denominator, resolved reports are taken to be
 * a subset of classified ones (a report is classified before it is resolved — inference, [M]), and
 * victims rescued and victims supported a subset of victims identified (identified 25 and rescued
 * 20 reveal 5 — the example; an inference, [M]). Treating a pair as nested when it is not
 * only suppresses more, never less.
 * @category kpi
 * @since 0.1.0
 */
export const NESTED_COUNTS: ReadonlyArray<readonly [part: CountName, whole: CountName]> = [
  ...KPI_DEFINITIONS.map((d) => [d.numerator, d.denominator] as const),
  ["reportsResolved", "reportsClassified"],
  ["victimsRescued", "victimsIdentified"],
  ["victimsSupported", "victimsIdentified"],
];
