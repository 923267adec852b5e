import type { Confidence } from "../prelude/confidence.js";
import { isoDate } from "../prelude/date.js";
import type { Label } from "../prelude/label.js";
import type { PointLetter } from "../prelude/point-letter.js";
import type { Citation } from "../prelude/citation.js";
import { articleEntry, cite } from "../law/index.js";
import type { SupportLawId } from "./governing-law.js";

const LAW53_FROM = isoDate("2025-07-01");

/** Support regimes of Law 53/2024/QH15, Art. 37(1), in point order. @category eligibility @since 0.1.0 */
export const LAW_53_REGIMES = [
  "essential_needs",
  "medical",
  "interpretation",
  "legal_support",
  "legal_aid",
  "travel",
  "psychological",
  "general_education",
  "vocational_and_employment",
  "hardship_allowance_and_loan",
] as const;

/** Support regimes of Law 66/2011/QH12, Art. 32(1), in point order. @category eligibility @since 0.1.0 */
export const LAW_66_REGIMES = [
  "essential_needs_and_travel",
  "medical",
  "psychological",
  "legal_aid",
  "education_and_vocational",
  "hardship_allowance_and_loan",
] as const;

/** A regime id of Law 53/2024. @category eligibility @since 0.1.0 */
export type Law53RegimeId = (typeof LAW_53_REGIMES)[number];
/** A regime id of Law 66/2011. @category eligibility @since 0.1.0 */
export type Law66RegimeId = (typeof LAW_66_REGIMES)[number];
/** Any support regime id (`medical`, `legal_aid`, … exist under both laws). @category eligibility @since 0.1.0 */
export type RegimeId = Law53RegimeId | Law66RegimeId;
/** Regime ids of a given law. @category eligibility @since 0.1.0 */
export type RegimeIdOf<L extends SupportLawId> = L extends "53/2024/QH15" ? Law53RegimeId : Law66RegimeId;

/** Every regime id, both laws, without duplicates. @category eligibility @since 0.1.0 */
export const REGIME_IDS = [
  "essential_needs",
  "medical",
  "interpretation",
  "legal_support",
  "legal_aid",
  "travel",
  "psychological",
  "general_education",
  "vocational_and_employment",
  "hardship_allowance_and_loan",
  "essential_needs_and_travel",
  "education_and_vocational",
] as const satisfies ReadonlyArray<RegimeId>;

/** A regime as the law lists it: its point letter in the regimes clause, and its name. @category eligibility @since 0.1.0 */
export interface RegimeDefinition {
  readonly regime: RegimeId;
  readonly point: PointLetter;
  readonly label: Label;
  readonly basis: Citation;
}

/** A regime: its label is the gloss of its point in the law catalogue, its basis the checked citation of that point. */
const regimeOf = (instrument: SupportLawId, article: number, regime: RegimeId, point: PointLetter): RegimeDefinition => {
  const gloss = articleEntry(instrument, article)?.clauses.find((c) => c.clause === 1)?.points.find((p) => p.point === point)?.gloss;
  if (gloss === undefined) throw new RangeError(`${instrument} Art. ${article}(1)(${point}) is not in the law catalogue`);
  return { regime, point, label: { vi: gloss.vi, en: gloss.en }, basis: cite(instrument, { article, clause: 1, point }) };
};
const regime53 = (regime: Law53RegimeId, point: PointLetter): RegimeDefinition => regimeOf("53/2024/QH15", 37, regime, point);
const regime66 = (regime: Law66RegimeId, point: PointLetter): RegimeDefinition => regimeOf("66/2011/QH12", 32, regime, point);

/**
 * The support regimes of each law, in point order, each cited to its point.
 *
 * **Law** — Law 53/2024/QH15 Art. 37(1) a–k (hethongphapluat.com copy, [V]); Law 66/2011/QH12
 * Art. 32(1) a–e (thuvienphapluat.vn quotation, [V]).
 * @category eligibility
 * @since 0.1.0
 */
export const regimesByLaw: { readonly [L in SupportLawId]: ReadonlyArray<RegimeDefinition & { readonly regime: RegimeIdOf<L> }> } = {
  "53/2024/QH15": [
    regime53("essential_needs", "a"),
    regime53("medical", "b"),
    regime53("interpretation", "c"),
    regime53("legal_support", "d"),
    regime53("legal_aid", "đ"),
    regime53("travel", "e"),
    regime53("psychological", "g"),
    regime53("general_education", "h"),
    regime53("vocational_and_employment", "i"),
    regime53("hardship_allowance_and_loan", "k"),
  ] as ReadonlyArray<RegimeDefinition & { readonly regime: Law53RegimeId }>,
  "66/2011/QH12": [
    regime66("essential_needs_and_travel", "a"),
    regime66("medical", "b"),
    regime66("psychological", "c"),
    regime66("legal_aid", "d"),
    regime66("education_and_vocational", "đ"),
    regime66("hardship_allowance_and_loan", "e"),
  ] as ReadonlyArray<RegimeDefinition & { readonly regime: Law66RegimeId }>,
};

/** The legal status of one regime for one person. @category eligibility @since 0.1.0 */
export type RegimeStatus = "ELIGIBLE" | "INELIGIBLE" | "DISCRETIONARY" | "INSUFFICIENT_DATA";

/** The categories of person each law's matrix names. @category eligibility @since 0.1.0 */
export type CategoryId =
  | "victim_vietnamese"
  | "victim_stateless_resident"
  | "minor_accompanying_victim"
  | "verified_vietnamese_abroad"
  | "minor_accompanying_verified_abroad"
  | "verified_in_vietnam"
  | "minor_accompanying_verified_in_vietnam"
  | "foreigner_trafficked_in_vietnam"
  | "victim_vietnamese_or_stateless_resident";

/** A category of person in a law's matrix, with the clause that names it. @category eligibility @since 0.1.0 */
export interface CategoryDefinition {
  readonly law: SupportLawId;
  readonly category: CategoryId;
  readonly label: Label;
  readonly basis: Citation;
  /** The clause text, quoted or closely paraphrased (Vietnamese). */
  readonly vi: string;
}

/**
 * One cell of an eligibility matrix: a category of person × a regime, its status and basis.
 * `DISCRETIONARY` is "tùy từng trường hợp" — the authority decides case by case.
 * @category eligibility
 * @since 0.1.0
 */
export interface MatrixRow {
  readonly law: SupportLawId;
  readonly category: CategoryId;
  readonly regime: RegimeId;
  readonly status: "ELIGIBLE" | "INELIGIBLE" | "DISCRETIONARY";
  readonly basis: ReadonlyArray<Citation>;
}

const cite53 = (clause: number, paragraph?: number): Citation => cite("53/2024/QH15", { article: 37, clause, ...(paragraph === undefined ? {} : { paragraph }) });
const cite66 = (clause: number): Citation => cite("66/2011/QH12", { article: 32, clause });

/** Categories of both matrices. @category eligibility @since 0.1.0 */
export const categories: ReadonlyArray<CategoryDefinition> = [
  { law: "53/2024/QH15", category: "victim_vietnamese", basis: cite53(1), label: { vi: "Nạn nhân là công dân Việt Nam", en: "Victim — Vietnamese citizen" }, vi: "Nạn nhân là công dân Việt Nam được hưởng các chế độ hỗ trợ quy định tại khoản 1" },
  { law: "53/2024/QH15", category: "victim_stateless_resident", basis: cite53(1), label: { vi: "Nạn nhân là người không quốc tịch thường trú tại Việt Nam", en: "Victim — stateless person permanently residing in Vietnam" }, vi: "Nạn nhân là người không quốc tịch thường trú tại Việt Nam" },
  { law: "53/2024/QH15", category: "minor_accompanying_victim", basis: cite53(2), label: { vi: "Người dưới 18 tuổi đi cùng nạn nhân", en: "Under-18 accompanying a victim" }, vi: "Người dưới 18 tuổi đi cùng nạn nhân được hưởng các chế độ quy định tại các điểm a, b, c, d, đ, e, g và h khoản 1" },
  { law: "53/2024/QH15", category: "verified_vietnamese_abroad", basis: cite53(3, 1), label: { vi: "Người đang trong quá trình xác định là nạn nhân là công dân Việt Nam ở nước ngoài", en: "Person being verified — Vietnamese citizen abroad" }, vi: "Người đang trong quá trình xác định là nạn nhân là công dân Việt Nam ở nước ngoài và người dưới 18 tuổi đi cùng: điểm a, b, c, d khoản 1" },
  { law: "53/2024/QH15", category: "minor_accompanying_verified_abroad", basis: cite53(3, 1), label: { vi: "Người dưới 18 tuổi đi cùng người đang trong quá trình xác định là nạn nhân ở nước ngoài", en: "Under-18 accompanying a person being verified abroad" }, vi: "Người dưới 18 tuổi đi cùng người đang trong quá trình xác định là nạn nhân ở nước ngoài: điểm a, b, c, d khoản 1" },
  { law: "53/2024/QH15", category: "verified_in_vietnam", basis: cite53(3, 2), label: { vi: "Người đang trong quá trình xác định là nạn nhân là công dân Việt Nam hoặc người không quốc tịch thường trú, ở Việt Nam", en: "Person being verified — Vietnamese citizen or stateless permanent resident, in Vietnam" }, vi: "Người đang trong quá trình xác định là nạn nhân ở Việt Nam và người dưới 18 tuổi đi cùng: điểm a, b, c, d, đ, e, g khoản 1" },
  { law: "53/2024/QH15", category: "minor_accompanying_verified_in_vietnam", basis: cite53(3, 2), label: { vi: "Người dưới 18 tuổi đi cùng người đang trong quá trình xác định là nạn nhân ở Việt Nam", en: "Under-18 accompanying a person being verified in Vietnam" }, vi: "Người dưới 18 tuổi đi cùng người đang trong quá trình xác định là nạn nhân ở Việt Nam: điểm a, b, c, d, đ, e, g khoản 1" },
  { law: "53/2024/QH15", category: "foreigner_trafficked_in_vietnam", basis: cite53(4), label: { vi: "Nạn nhân, người đang trong quá trình xác định là nạn nhân là người nước ngoài bị mua bán tại Việt Nam", en: "Foreigner trafficked in Vietnam — victim or person being verified" }, vi: "Tùy từng trường hợp được hưởng các chế độ quy định tại các điểm a, b, c, d, đ và g khoản 1" },
  { law: "66/2011/QH12", category: "victim_vietnamese_or_stateless_resident", basis: cite66(1), label: { vi: "Nạn nhân là công dân Việt Nam, người không quốc tịch thường trú tại Việt Nam", en: "Victim — Vietnamese citizen or stateless permanent resident" }, vi: "Tùy từng trường hợp được hưởng các chế độ hỗ trợ quy định tại các điều 33 đến 38" },
  { law: "66/2011/QH12", category: "foreigner_trafficked_in_vietnam", basis: cite66(2), label: { vi: "Nạn nhân là người nước ngoài bị mua bán tại Việt Nam", en: "Victim — foreigner trafficked in Vietnam" }, vi: "Được hưởng các chế độ hỗ trợ quy định tại các điều 33 đến 36" },
  { law: "66/2011/QH12", category: "minor_accompanying_victim", basis: cite66(3), label: { vi: "Người chưa thành niên đi cùng nạn nhân", en: "Minor accompanying a victim" }, vi: "Được hưởng các chế độ hỗ trợ quy định tại các điều 33, 34 và 35" },
];

type Cell = "✔" | "–" | "case";

/**
 * The matrices of Art. 37 of Law 53/2024 and Art. 32 of Law 66/2011: one line per category, one
 * cell per regime in point order. Expanded into {@link matrix} rows below.
 */
const table: ReadonlyArray<{ readonly law: SupportLawId; readonly category: CategoryId; readonly cells: ReadonlyArray<Cell> }> = [
  //                                                                   a    b    c    d    đ    e    g    h    i    k
  { law: "53/2024/QH15", category: "victim_vietnamese", cells: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔"] },
  { law: "53/2024/QH15", category: "victim_stateless_resident", cells: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔"] },
  { law: "53/2024/QH15", category: "minor_accompanying_victim", cells: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–"] },
  { law: "53/2024/QH15", category: "verified_vietnamese_abroad", cells: ["✔", "✔", "✔", "✔", "–", "–", "–", "–", "–", "–"] },
  { law: "53/2024/QH15", category: "minor_accompanying_verified_abroad", cells: ["✔", "✔", "✔", "✔", "–", "–", "–", "–", "–", "–"] },
  { law: "53/2024/QH15", category: "verified_in_vietnam", cells: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–", "–"] },
  { law: "53/2024/QH15", category: "minor_accompanying_verified_in_vietnam", cells: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–", "–"] },
  { law: "53/2024/QH15", category: "foreigner_trafficked_in_vietnam", cells: ["case", "case", "case", "case", "case", "–", "case", "–", "–", "–"] },
  //                                                                   a    b    c    d    đ    e
  { law: "66/2011/QH12", category: "victim_vietnamese_or_stateless_resident", cells: ["✔", "✔", "✔", "✔", "✔", "✔"] },
  { law: "66/2011/QH12", category: "foreigner_trafficked_in_vietnam", cells: ["✔", "✔", "✔", "✔", "–", "–"] },
  { law: "66/2011/QH12", category: "minor_accompanying_victim", cells: ["✔", "✔", "✔", "–", "–", "–"] },
];

/** The category definition of a law, or `undefined` when that law has no such category. @category eligibility @since 0.1.0 */
export const categoryOf = (law: SupportLawId, category: CategoryId): CategoryDefinition | undefined =>
  categories.find((c) => c.law === law && c.category === category);

/**
 * Both eligibility matrices as data: one row per (category × regime), each citing the clause that
 * names the category and the point that names the regime.
 *
 * **Law** — Law 53/2024/QH15 Art. 37(1)–(4) [V: HTPL-53]; Law 66/2011/QH12 Art. 32(1)–(3)
 * [V: TVPL-66].
 *
 * **Gotchas** — Art. 37(3) has two unnumbered paragraphs (đoạn): paragraph 1 for Vietnamese citizens
 * abroad, paragraph 2 for persons in Vietnam; both cover "and the under-18s accompanying them".
 * @category eligibility
 * @since 0.1.0
 */
export const matrix: ReadonlyArray<MatrixRow> = table.flatMap(({ law, category, cells }) => {
  const cat = categoryOf(law, category);
  return regimesByLaw[law].map((r, i): MatrixRow => {
    const cell = cells[i];
    const status = cell === "✔" ? "ELIGIBLE" : cell === "case" ? "DISCRETIONARY" : "INELIGIBLE";
    return { law, category, regime: r.regime, status, basis: cat === undefined ? [r.basis] : [cat.basis, r.basis] };
  });
});

/** The matrix row for a category and regime under a law. @category eligibility @since 0.1.0 */
export const matrixRow = (law: SupportLawId, category: CategoryId, regime: RegimeId): MatrixRow | undefined =>
  matrix.find((r) => r.law === law && r.category === category && r.regime === regime);

/** Why a person falls outside every category of the matrix. @category eligibility @since 0.1.0 */
export type NotCoveredId =
  | "victim_abroad"
  | "stateless_non_resident"
  | "foreigner_trafficked_abroad"
  | "stateless_verified_abroad"
  | "accompanying_adult"
  | "accompanying_uncovered_person"
  | "no_verification_category";

/** A situation the matrix text does not cover, with the reason and how sure we are. @category eligibility @since 0.1.0 */
export interface NotCoveredDefinition {
  readonly id: NotCoveredId;
  readonly message: Label;
  readonly confidence: Confidence;
}

/**
 * Situations outside the matrix text — reported as `INELIGIBLE` with this reason, never silently.
 *
 * **Law** — situations the matrix text does not name (foreigners trafficked abroad; stateless
 * persons being verified abroad; accompanying persons 18 or over) and the absence of a "person
 * being verified" category in Law 66/2011; how sure each reading is, is the `confidence` of the
 * definition. `victim_abroad` and `stateless_non_resident` are kept for compatibility and no longer
 * produced: victims abroad keep their category (Art. 37(1)–(2) have no location condition) and
 * stateless non-residents are foreigners (Law 47/2014/QH13 Art. 3(1)).
 * @category eligibility
 * @since 0.1.0
 */
export const notCovered: { readonly [K in NotCoveredId]: NotCoveredDefinition } = {
  /** Withdrawn in 0.3.0 — no longer produced: Art. 37(1)–(2) carry no location condition. */
  victim_abroad: {
    id: "victim_abroad",
    confidence: "unverified",
    message: { vi: "Nạn nhân đang ở nước ngoài: không thuộc đối tượng quy định tại Điều 37 (chưa trở về Việt Nam)", en: "Victim staying abroad: not covered by Art. 37 (not returned to Vietnam)" },
  },
  /** Withdrawn in 0.3.0 — no longer produced: a stateless non-resident is a foreigner (Law 47/2014/QH13 Art. 3(1)). */
  stateless_non_resident: {
    id: "stateless_non_resident",
    confidence: "unverified",
    message: { vi: "Người không quốc tịch không thường trú tại Việt Nam: không thuộc đối tượng được hỗ trợ", en: "Stateless person not permanently residing in Vietnam: not covered" },
  },
  foreigner_trafficked_abroad: {
    id: "foreigner_trafficked_abroad",
    confidence: "verified",
    message: { vi: "Người nước ngoài bị mua bán ngoài lãnh thổ Việt Nam: không thuộc đối tượng được hỗ trợ", en: "Foreigner trafficked outside Vietnam: not covered" },
  },
  stateless_verified_abroad: {
    id: "stateless_verified_abroad",
    confidence: "verified",
    message: { vi: "Người không quốc tịch đang được xác minh ở nước ngoài: khoản 3 Điều 37 chỉ nêu công dân Việt Nam ở nước ngoài", en: "Stateless person being verified abroad: Art. 37(3) names only Vietnamese citizens abroad" },
  },
  accompanying_adult: {
    id: "accompanying_adult",
    confidence: "verified",
    message: { vi: "Người đi cùng từ đủ 18 tuổi trở lên: không thuộc đối tượng được hỗ trợ", en: "Accompanying person aged 18 or over: not covered" },
  },
  accompanying_uncovered_person: {
    id: "accompanying_uncovered_person",
    confidence: "verified",
    message: { vi: "Người được đi cùng không thuộc đối tượng có người đi cùng được hỗ trợ", en: "The person accompanied is not in a category whose accompanying minors are covered" },
  },
  no_verification_category: {
    id: "no_verification_category",
    confidence: "secondary",
    message: { vi: "Luật 66/2011/QH12 không có đối tượng \"người đang trong quá trình xác định là nạn nhân\"", en: "Law 66/2011/QH12 has no \"person being verified\" category" },
  },
};

/** The article of each law that lists who gets which regime. @category eligibility @since 0.1.0 */
export const matrixArticle: { readonly [L in SupportLawId]: Citation } = {
  "53/2024/QH15": cite("53/2024/QH15", { article: 37 }),
  "66/2011/QH12": cite("66/2011/QH12", { article: 32 }),
};

/**
 * Law 53/2024 Art. 63: persons identified as victims before 01/07/2025, and the under-18s
 * accompanying them, keep the Law 66/2011 regime [S: snippet of Art. 63 in a retrieval log].
 * @category eligibility
 * @since 0.1.0
 */
export const transitionalProvision: Citation = cite("53/2024/QH15", { article: 63 });

/** First day of Law 53/2024/QH15 (the transition date). @category eligibility @since 0.1.0 */
export const TRANSITION_DATE = LAW53_FROM;
