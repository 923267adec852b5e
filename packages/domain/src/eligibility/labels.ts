import { fieldLabeler, type FieldLabeler, type OptionLabeler } from "../prelude/issue.js";
import type { Label } from "../prelude/label.js";
import { regimesByLaw, type RegimeId, type RegimeStatus } from "./rules.js";
import type { Location, Nationality, PersonStatus, TraffickedIn } from "./schema.js";

type Labels<K extends string> = { readonly [P in K]: Label & { readonly fr: string } };

/** Labels of a person's status, for forms and reports. @category eligibility @since 0.2.0 */
export const PERSON_STATUS_LABELS: Labels<PersonStatus> = {
  identified_victim: { vi: "Nạn nhân đã được xác định", en: "Identified victim", fr: "Victime identifiée" },
  under_verification: { vi: "Người đang trong quá trình xác định là nạn nhân", en: "Person being verified as a victim", fr: "Personne en cours d'identification" },
  accompanying_minor: { vi: "Người dưới 18 tuổi đi cùng", en: "Accompanying person under 18", fr: "Mineur accompagnant" },
};

/** Labels of nationality. @category eligibility @since 0.2.0 */
export const NATIONALITY_LABELS: Labels<Nationality> = {
  vietnamese: { vi: "Công dân Việt Nam", en: "Vietnamese citizen", fr: "Citoyen vietnamien" },
  foreign: { vi: "Người nước ngoài", en: "Foreigner", fr: "Étranger" },
  stateless: { vi: "Người không quốc tịch", en: "Stateless person", fr: "Apatride" },
};

/** Labels of where the person is. @category eligibility @since 0.2.0 */
export const LOCATION_LABELS: Labels<Location> = {
  in_vietnam: { vi: "Ở Việt Nam", en: "In Vietnam", fr: "Au Viêt Nam" },
  abroad: { vi: "Ở nước ngoài", en: "Abroad", fr: "À l'étranger" },
};

/** Labels of where the person was trafficked. @category eligibility @since 0.2.0 */
export const TRAFFICKED_IN_LABELS: Labels<TraffickedIn> = {
  vietnam: { vi: "Trên lãnh thổ Việt Nam", en: "In Vietnam", fr: "Au Viêt Nam" },
  abroad: { vi: "Ở nước ngoài", en: "Abroad", fr: "À l'étranger" },
};

/** Labels of a regime's status. @category eligibility @since 0.2.0 */
export const REGIME_STATUS_LABELS: Labels<RegimeStatus> = {
  ELIGIBLE: { vi: "Được hỗ trợ", en: "Eligible", fr: "Éligible" },
  INELIGIBLE: { vi: "Không thuộc diện", en: "Not eligible", fr: "Non éligible" },
  DISCRETIONARY: { vi: "Xem xét theo từng trường hợp", en: "Case by case", fr: "Au cas par cas" },
  INSUFFICIENT_DATA: { vi: "Chưa đủ dữ kiện", en: "Insufficient facts", fr: "Faits insuffisants" },
};

/**
 * Labels of every regime id, from the regime definitions of both laws (a regime id shared by
 * both laws, such as `medical`, has the same name in each).
 * @category eligibility
 * @since 0.2.0
 */
export const REGIME_LABELS: { readonly [R in RegimeId]: Label } = Object.fromEntries(
  [...regimesByLaw["66/2011/QH12"], ...regimesByLaw["53/2024/QH15"]].map((d) => [d.regime, d.label]),
) as { readonly [R in RegimeId]: Label };

type Named = Label & { readonly fr: string };
const PERSON_FACT_NAMES: Readonly<Record<string, Named>> = {
  status: { vi: "tình trạng của người này", en: "the person's status", fr: "la situation de la personne" },
  identifiedOn: { vi: "ngày được xác định là nạn nhân", en: "the date of identification as a victim", fr: "la date d'identification comme victime" },
  nationality: { vi: "quốc tịch", en: "nationality", fr: "la nationalité" },
  permanentResidentInVietnam: { vi: "có thường trú ở Việt Nam không", en: "whether permanently resident in Vietnam", fr: "la résidence permanente au Viêt Nam" },
  location: { vi: "nơi ở hiện nay", en: "where the person is now", fr: "le lieu où se trouve la personne" },
  traffickedIn: { vi: "nơi bị mua bán", en: "where the person was trafficked", fr: "le lieu de la traite" },
  ageYears: { vi: "tuổi", en: "age", fr: "l'âge" },
  birthDate: { vi: "ngày sinh", en: "date of birth", fr: "la date de naissance" },
  poorHousehold: { vi: "có thuộc hộ nghèo không", en: "whether from a poor household", fr: "l'appartenance à un ménage pauvre" },
  financialDifficulty: { vi: "có khó khăn về tài chính không", en: "whether in financial difficulty", fr: "les difficultés financières" },
};

/**
 * The words for a fact path of an eligibility request (`person.ageYears` → "tuổi" / "age"), for
 * messages and interviews; a path it does not know is returned as it is.
 * @category eligibility
 * @since 0.2.0
 */
export const eligibilityFactLabel = (path: string): Named => {
  const m = /^person\.(accompanies\.)?(\w+)$/.exec(path);
  const name = m === null ? undefined : PERSON_FACT_NAMES[m[2] as string];
  if (m === null || name === undefined) return { vi: path, en: path, fr: path };
  return m[1] === undefined
    ? name
    : { vi: `${name.vi} (của người được đi cùng)`, en: `${name.en} (of the person accompanied)`, fr: `${name.fr} (de la personne accompagnée)` };
};

/**
 * The names of the fields of an eligibility request, for the messages of invalid input: an issue
 * names the field ("Người được đi cùng: ngày được xác định là nạn nhân"), never its path.
 * @category eligibility
 * @since 0.3.0
 */
export const eligibilityFieldLabel: FieldLabeler = fieldLabeler({
  root: { vi: "yêu cầu xác định chế độ hỗ trợ", en: "the eligibility request", fr: "la demande d'éligibilité" },
  names: {
    ...PERSON_FACT_NAMES,
    asOf: { vi: "ngày quyết định", en: "the decision date", fr: "la date de décision" },
    province: { vi: "tỉnh", en: "the province", fr: "la province" },
    person: { vi: "thông tin về người được hỗ trợ", en: "the facts about the person", fr: "les faits concernant la personne" },
    accompanies: { vi: "người được đi cùng", en: "the person accompanied", fr: "la personne accompagnée" },
  },
  skip: ["person"],
});

const ELIGIBILITY_CHOICES: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  status: PERSON_STATUS_LABELS,
  nationality: NATIONALITY_LABELS,
  location: LOCATION_LABELS,
  traffickedIn: TRAFFICKED_IN_LABELS,
};

/** The labels of the allowed values of a choice field of an eligibility request, for the messages of invalid input. @category eligibility @since 0.3.0 */
export const eligibilityChoiceLabels: OptionLabeler = (path, values) => {
  const key = path.at(-1);
  const table = typeof key === "string" ? ELIGIBILITY_CHOICES[key] : undefined;
  if (table === undefined) return undefined;
  return values.flatMap((v) => (typeof v === "string" && table[v] !== undefined ? [table[v]] : []));
};
