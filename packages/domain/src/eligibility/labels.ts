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
