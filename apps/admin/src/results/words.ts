/**
 * Renders domain outputs as words a lawyer reads, in vi/en/fr: citations in each language's legal
 * style, the domain's coded messages (explanation steps, liability reasons) in the reader's
 * language, fact names and values. The one place the admin turns domain data into words.
 */
import type { Charge, ExplanationStep } from "@ctip-vn/domain/classification";
import { formatBasis, type Basis } from "@ctip-vn/domain/eligibility";
import { article150, article151, article152, article153, article154, article348, article349, formatCitation, type ArticleEntry } from "@ctip-vn/domain/law";
import type { Locale } from "../i18n/index.js";
import { t, tDyn } from "../i18n/index.js";
import type { Question } from "../interview/engine.js";
import { formatDate, formatNumber } from "../lib/format.js";

const PENAL = "100/2015/QH13";
const ARTICLES: Record<string, ArticleEntry> = { "150": article150, "151": article151, "152": article152, "153": article153, "154": article154, "348": article348, "349": article349 };

/** The Penal Code as Vietnamese legal writing cites it. */
const PENAL_VI = "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)";
const fixPenalName = (s: string, l: Locale) => (l === "vi" ? s.replace("Bộ luật Hình sự 2015", PENAL_VI) : s);

/** A Penal Code citation in the legal style of a language: "điểm a khoản 1 Điều 150 Bộ luật Hình sự năm 2015 (…)". */
export const penalCitation = (article: number, clause: number | undefined, points: ReadonlyArray<string>, l: Locale): string => {
  if (points.length <= 1) return fixPenalName(formatCitation({ instrument: PENAL, article, ...(clause === undefined ? {} : { clause }), ...(points[0] === undefined ? {} : { point: points[0] as never }) } as never, l), l);
  const base = fixPenalName(formatCitation({ instrument: PENAL, article, ...(clause === undefined ? {} : { clause }) } as never, l), l);
  if (l === "vi") return `điểm ${points.join(", ")} ${base}`;
  if (l === "en") return `${base}(${points.join(", ")})`;
  return `${base}, points ${points.slice(0, -1).join(", ")} et ${points.at(-1) ?? ""}`;
};

/** Any citation object (charges, regimes) in a language. */
export const basisText = (b: Basis, l: Locale): string => fixPenalName(formatBasis(b, l), l);

/** A Penal Code basis string as the domain writes it in Vietnamese ("điểm a khoản 1 Điều 150 Bộ luật Hình sự 2015"), re-rendered in a language. */
export const basisStringText = (s: string, l: Locale): string => {
  const m = /^(?:điểm (\S+) )?(?:khoản (\d+) )?Điều (\d+) Bộ luật Hình sự (?:2015|năm 2015 \(sửa đổi, bổ sung năm 2017\))$/.exec(s);
  if (m === null) return l === "vi" ? s : s;
  return penalCitation(Number(m[3]), m[2] === undefined ? undefined : Number(m[2]), m[1] === undefined ? [] : [m[1]], l);
};

/** The name of an offence article ("Tội mua bán người"). */
export const articleTitle = (article: string | number, l: Locale): string => {
  const a = ARTICLES[String(article)];
  return a === undefined ? "" : a.title[l];
};

const INJURY_31_60 = "atteinte à la santé de la victime avec un taux d'atteinte corporelle de 31 % à 60 %";
const INJURY_61 = "atteinte à la santé de la victime avec un taux d'atteinte corporelle de 61 % ou plus";
/** French glosses of the points of Arts 150 and 151 (the law catalogue has vi and en only). */
const FR_GLOSS: Record<string, string> = {
  "150.1.a": "remettre ou recevoir une personne contre de l'argent, des biens ou un autre avantage matériel",
  "150.1.b": "remettre ou recevoir une personne à des fins d'exploitation sexuelle, de travail forcé, de prélèvement d'organes ou à d'autres fins inhumaines",
  "150.1.c": "recruter, transporter ou héberger une personne pour commettre un acte visé au point a ou b",
  "150.2.a": "en bande organisée",
  "150.2.b": "par motif abject",
  "150.2.c": `${INJURY_31_60}, hors le cas du point b de l'alinéa 3`,
  "150.2.d": "emmener la victime hors des frontières du Viêt Nam",
  "150.2.đ": "à l'encontre de 2 à 5 personnes",
  "150.2.e": "commis deux fois ou plus",
  "150.3.a": "à titre professionnel",
  "150.3.b": "prélèvement d'un organe de la victime",
  "150.3.c": INJURY_61,
  "150.3.d": "entraîner la mort ou le suicide de la victime",
  "150.3.đ": "à l'encontre de 6 personnes ou plus",
  "150.3.e": "récidive dangereuse",
  "151.1.a": "remettre ou recevoir une personne de moins de 16 ans contre de l'argent, des biens ou un autre avantage matériel, sauf but humanitaire",
  "151.1.b": "remettre ou recevoir une personne de moins de 16 ans à des fins d'exploitation sexuelle, de travail forcé, de prélèvement d'organes ou à d'autres fins inhumaines",
  "151.1.c": "recruter, transporter ou héberger une personne de moins de 16 ans pour commettre un acte visé au point a ou b",
  "151.2.a": "abus de fonctions ou de pouvoir",
  "151.2.b": "abus de l'adoption",
  "151.2.c": "à l'encontre de 2 à 5 personnes",
  "151.2.d": "à l'encontre d'une personne dont l'auteur a la charge",
  "151.2.đ": "emmener la victime hors des frontières du Viêt Nam",
  "151.2.e": "commis deux fois ou plus",
  "151.2.g": "par motif abject",
  "151.2.h": `${INJURY_31_60}, hors le cas du point d de l'alinéa 3`,
  "151.3.a": "en bande organisée",
  "151.3.b": "à titre professionnel",
  "151.3.c": INJURY_61,
  "151.3.d": "prélèvement d'un organe de la victime",
  "151.3.đ": "entraîner la mort ou le suicide de la victime",
  "151.3.e": "à l'encontre de 6 personnes ou plus",
  "151.3.g": "récidive dangereuse",
};

/** The statutory wording (gloss) of a point: vi and en from the law catalogue, fr from the table above. */
const pointGloss = (article: number, clause: number, point: string, l: Locale): string | undefined => {
  if (l === "fr") return FR_GLOSS[`${article}.${clause}.${point}`];
  const p = ARTICLES[String(article)]?.clauses.find((c) => c.clause === clause)?.points.find((x) => x.point === point);
  return p?.gloss[l];
};

/** The charge heading: the citation of the article, clause and points held. */
export const chargeCitation = (c: Pick<Charge, "article" | "clause" | "points">, l: Locale): string => penalCitation(Number(c.article), c.clause, c.points, l);

/** A prison bracket in words. */
export const prisonText = (p: { prisonYears: { min: number | null; max: number }; life: boolean }): string =>
  p.prisonYears.min === null ? t("cls.prisonUpTo", { max: p.prisonYears.max }) : t(p.life ? "cls.prisonOrLife" : "cls.prison", { min: p.prisonYears.min, max: p.prisonYears.max });

/** A supplementary penalty in words (vi/en from the domain, fr from the law catalogue). */
export const additionalText = (d: Charge["additionalPenaltyDetails"][number], article: string, l: Locale): string => {
  if (l !== "fr") return d[l];
  const a = ARTICLES[article]?.clauses.find((c) => c.clause === 4)?.additional?.find((x) => x.kind === d.kind);
  return a?.label.fr ?? d.vi;
};

export type StepState = "held" | "not_held" | "undetermined";
export interface StepView {
  readonly state: StepState;
  readonly text: string;
  readonly basis: ReadonlyArray<string>;
}

/**
 * One explanation step in the reader's language, from its code and params: points are glossed from
 * the law catalogue (French included) and unknown facts named by their questions; other steps use
 * the text the domain rendered from its catalogue.
 */
export const stepView = (step: ExplanationStep, l: Locale, factName: (path: string) => string): StepView => {
  const p = step.params;
  const basis = step.basis.map((b) => basisText(b, l));
  if (step.code.startsWith("classification.point.")) {
    const [article, clause, point] = [Number(p["article"]), Number(p["clause"]), String(p["point"])];
    const citation = penalCitation(article, clause, [point], l);
    const gloss = pointGloss(article, clause, point, l);
    const text = gloss === undefined ? citation : t("cls.stepPoint", { citation, gloss });
    const missing = Array.isArray(p["missing"]) ? p["missing"].map((x) => factName(String(x))).join("; ") : undefined;
    return { state: step.state, basis: [], text: missing === undefined ? text : `${text} — ${t("cls.unknownFacts", { facts: missing })}` };
  }
  return { state: step.state, basis, text: labelText(step.text, l) };
};

/** The question text for a fact, filled with the victim's number: how missing facts are named, never by path. */
export const questionText = (q: Question): string => tDyn(`q.${q.key}.text`, q.key, { who: t("interview.victim", { n: q.victim ?? 1 }) });

/** A short answer value in words. */
export const valueText = (q: Question | undefined, v: unknown, l: Locale): string => {
  if (v === undefined || v === null) return t("common.unknown");
  if (typeof v === "boolean") return t(v ? "common.yes" : "common.no");
  if (Array.isArray(v)) return v.length === 0 ? t("interview.none") : v.map((x: string) => labelOf(q, x)).join("; ");
  if (typeof v === "object") {
    const o = v as { ageYears?: number; birthDate?: string };
    return o.ageYears !== undefined ? t("interview.years", { n: o.ageYears }) : t("interview.bornOn", { date: formatDate(o.birthDate ?? "", l) });
  }
  if (typeof v === "number") return q?.key === "victimInjury" ? t("interview.percent", { n: v }) : q?.key === "offenderAgeYears" ? t("interview.years", { n: v }) : formatNumber(v, l);
  const str = String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(str)) return formatDate(str, l);
  return labelOf(q, str);
};

const labelOf = (q: Question | undefined, value: string): string => {
  const kind = q?.kind;
  if (kind !== undefined && (kind.type === "choice" || kind.type === "multi")) return tDyn(`${kind.labels}.${value}`, value);
  return value;
};

const REGIME_FR: Record<string, string> = {
  essential_needs: "Besoins essentiels",
  medical: "Aide médicale",
  interpretation: "Interprétation",
  legal_support: "Aide juridique (conseil)",
  legal_aid: "Assistance juridique",
  travel: "Frais de voyage",
  psychological: "Soutien psychologique",
  general_education: "Enseignement général",
  vocational_and_employment: "Formation professionnelle et emploi",
  hardship_allowance_and_loan: "Allocation de difficulté et prêt",
  essential_needs_and_travel: "Besoins essentiels et frais de voyage",
  education_and_vocational: "Éducation et formation professionnelle",
};
/** A label object from the domain ({ vi, en, fr? }) in a language; French falls back to the catalogue above, then English. */
export const labelText = (label: { vi: string; en: string; fr?: string | undefined }, l: Locale, id?: string): string =>
  l === "fr" ? (label.fr ?? (id === undefined ? undefined : REGIME_FR[id]) ?? label.en) : label[l];

/** The full name of a support law. */
export const supportLawName = (law: string, l: Locale): string =>
  ({
    "53/2024/QH15": { vi: "Luật Phòng, chống mua bán người số 53/2024/QH15", en: "Law on Prevention and Combat of Human Trafficking No. 53/2024/QH15", fr: "loi n° 53/2024/QH15 sur la prévention et la lutte contre la traite des personnes" },
    "66/2011/QH12": { vi: "Luật Phòng, chống mua bán người số 66/2011/QH12", en: "Law on Prevention and Combat of Human Trafficking No. 66/2011/QH12", fr: "loi n° 66/2011/QH12 sur la prévention et la lutte contre la traite des personnes" },
  })[law]?.[l] ?? law;
