import * as z from "zod";
import { valueAt, type Version } from "../prelude/versioned.js";
import { addDays, isoDate, type IsoDate, type Period } from "../prelude/date.js";
import type { Label } from "../prelude/label.js";
import { LabelSchema } from "../prelude/label.js";
import type { Citation } from "../prelude/citation.js";
import { cite, citeInstrument } from "../law/index.js";
import type { SupportLawId } from "./governing-law.js";
import type { RegimeIdOf } from "./rules.js";

/** zod schema for {@link AmountSpec}. @category eligibility @since 0.1.0 */
export const AmountSpecSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("fixed"), vnd: z.number().int().nonnegative(), unit: LabelSchema }),
    z.object({ kind: z.literal("floor"), vnd: z.number().int().nonnegative(), unit: LabelSchema }),
    z.object({ kind: z.literal("reference"), rule: LabelSchema }),
    z.object({ kind: z.literal("unknown"), reason: LabelSchema }),
  ])
  .meta({ id: "AmountSpec", title: "Amount of a support item" });
/**
 * How much a support item is worth, as the law states it — a union, not a number, because the
 * national texts mostly give a rule and leave figures to People's Councils.
 *
 * - `fixed`: a set amount in đồng per `unit`;
 * - `floor`: at least `vnd` per `unit` (a province may set more, never less);
 * - `reference`: the amount follows a rule stated elsewhere (a fare, a tuition exemption);
 * - `unknown`: the legal reference found no figure — `reason` says what is missing.
 *
 * **Gotchas** — an `unknown` amount is never turned into a number; results report `amountVnd: null`.
 * @category eligibility
 * @since 0.1.0
 */
export type AmountSpec = z.infer<typeof AmountSpecSchema>;

/**
 * A fact a content item's condition turns on: under 18 on `asOf` (from `person.ageYears` or
 * `person.birthDate`), a poor household, financial difficulty.
 * @category eligibility
 * @since 0.3.0
 */
export type ItemFact = "minor" | "poorHousehold" | "financialDifficulty";

/** The request path a form asks for each item fact. @category eligibility @since 0.3.0 */
export const itemFactPaths: { readonly [F in ItemFact]: string } = {
  minor: "person.ageYears",
  poorHousehold: "person.poorHousehold",
  financialDifficulty: "person.financialDifficulty",
};

/**
 * A checked condition of a content item: the item applies only when `fact` has `value`. The label
 * says it in words; the basis is the provision that sets it.
 * @category eligibility
 * @since 0.3.0
 */
export interface ItemRequirement {
  readonly fact: ItemFact;
  readonly value: boolean;
  readonly label: Label;
  readonly basis: ReadonlyArray<Citation>;
}

/** The value of a support item over a period. @category eligibility @since 0.1.0 */
export interface ItemValue {
  readonly amount: AmountSpec;
  readonly durationDays: number | null;
  readonly detail?: Label;
  /** Conditions evaluated against the person's facts (all must hold); absent = none checked. @since 0.3.0 */
  readonly requires?: ReadonlyArray<ItemRequirement>;
}

/** @deprecated since 0.2.0 — use `Version<T>` from the prelude: one dated-value shape. @category eligibility @since 0.1.0 */
export type DatedValue<T> = Version<T>;

/** A component of a regime (a meal allowance, a fare, a tuition exemption) with dated values. @category eligibility @since 0.1.0 */
export interface SupportItem<L extends SupportLawId = SupportLawId> {
  readonly id: string;
  readonly law: L;
  readonly regime: RegimeIdOf<L>;
  readonly label: Label;
  /** Who within the category gets this item, when narrower than the regime. */
  readonly condition?: Label;
  readonly versions: ReadonlyArray<Version<ItemValue>>;
}

const d = isoDate;
const DECREE_162: Period = { from: d("2025-07-01") };
/** Decree 09/2013 is in force from 01/03/2013 (signed 11/01/2013); see the registry note. */
const DECREE_09: Period = { from: d("2013-03-01") };
const LAW_66_ONLY: Period = { from: d("2012-01-01"), to: d("2013-02-28") };
/** Circular 84/2019 is in force from 13/01/2020 (signed 27/11/2019); see the registry note. */
const CIRCULAR_84_FROM = d("2020-01-13");

const unknown = (vi: string, en: string): AmountSpec => ({ kind: "unknown", reason: { vi, en } });
const reference = (vi: string, en: string): AmountSpec => ({ kind: "reference", rule: { vi, en } });

const NO_162_FIGURE = unknown(
  "Chưa tìm thấy mức tiền: Nghị định 162/2025/NĐ-CP không nêu con số trong các nguồn đã đọc và thông tư hướng dẫn mức chi chưa được xác định",
  "No figure found: Decree 162/2025/NĐ-CP gives none in the sources read and its financing circular has not been identified",
);
const NO_09_FIGURE = unknown(
  "Chưa tìm thấy mức tiền toàn quốc trong Nghị định 09/2013/NĐ-CP và Thông tư 84/2019/TT-BTC đã đọc",
  "No national figure found in Decree 09/2013/NĐ-CP or Circular 84/2019/TT-BTC as read",
);

const b162 = (article: number, note?: string): Citation => cite("162/2025/NĐ-CP", { article }, note === undefined ? {} : { note });
/** Law 53/2024 Art. 37(1): the regime itself, for an item whose implementing article was not identified. */
const b53 = (point: "b" | "c" | "d" | "đ" | "e" | "g" | "k", note: string): Citation => cite("53/2024/QH15", { article: 37, clause: 1, point }, { note });
const b09 = (article: number, clause?: number): Citation => cite("09/2013/NĐ-CP", { article, ...(clause === undefined ? {} : { clause }) });
const b66 = (article: number): Citation => cite("66/2011/QH12", { article });
/** Circular 84/2019/TT-BTC as a whole: its article number was not read. */
const CIRCULAR_84: Citation = citeInstrument("84/2019/TT-BTC", {
  confidence: "unverified",
  note: "Article number not read (the whole circular is cited); signed 27/11/2019, in force 13/01/2020 (closing article recalled, not read in a copy — unverified; at least 45 days after signing as Law 80/2015 Art. 151(1) requires).",
});
const LEGAL_AID_LAW = "11/2017/QH14";
const LAW66_32_1_D: Citation = cite("66/2011/QH12", { article: 32, clause: 1, point: "d" });
/** Law on Legal Aid 2017 Art. 7(7)(g): trafficking victims with financial difficulty (until 30/06/2025). */
const legalAidFinancial: Citation = cite(LEGAL_AID_LAW, { article: 7, clause: 7, point: "g" }, { during: { from: d("2018-01-01"), to: d("2025-06-30") }, note: "Repealed by Law 53/2024/QH15 from 01/07/2025." });
/** Law on Legal Aid 2017 Art. 7 clause 6a, added by Law 53/2024: victims, persons being verified, accompanying under-18s. */
const legalAid6a: Citation = cite(
  LEGAL_AID_LAW,
  { article: 7 },
  {
    during: { from: d("2025-07-01") },
    note: "Clause 6a (khoản 6a; a lettered clause the citation type cannot number), added by Law 53/2024/QH15: victims, persons being verified and accompanying under-18s, for matters related to the trafficking case.",
  },
);
const UNDER_18: ItemRequirement = {
  fact: "minor",
  value: true,
  label: { vi: "Dưới 18 tuổi", en: "Under 18" },
  basis: [cite("162/2025/NĐ-CP", { article: 24 })],
};
const POOR_HOUSEHOLD: ItemRequirement = {
  fact: "poorHousehold",
  value: true,
  label: { vi: "Thuộc hộ nghèo", en: "From a poor household" },
  basis: [cite("09/2013/NĐ-CP", { article: 23 })],
};
const FINANCIAL_DIFFICULTY: ItemRequirement = {
  fact: "financialDifficulty",
  value: true,
  label: { vi: "Có khó khăn về tài chính", en: "In financial difficulty" },
  basis: [legalAidFinancial],
};

const v53 = (amount: AmountSpec, basis: ReadonlyArray<Citation>, durationDays: number | null = null, detail?: Label): DatedValue<ItemValue> => ({
  ...DECREE_162,
  value: { amount, durationDays, ...(detail === undefined ? {} : { detail }) },
  basis,
});
const statutory66 = (article: number): DatedValue<ItemValue> => ({
  ...LAW_66_ONLY,
  value: {
    amount: unknown(
      "Nghị định quy định chi tiết (09/2013/NĐ-CP, ký ngày 11/01/2013) chưa ban hành; Luật chỉ nêu nội dung chế độ",
      "The detailing decree (09/2013/NĐ-CP, signed 11/01/2013) was not yet issued; the Law states only the content",
    ),
    durationDays: null,
  },
  basis: [b66(article)],
});
const v09 = (
  amount: AmountSpec,
  basis: ReadonlyArray<Citation>,
  durationDays: number | null = null,
  detail?: Label,
  requires?: ReadonlyArray<ItemRequirement>,
): DatedValue<ItemValue> => ({
  ...DECREE_09,
  value: { amount, durationDays, ...(detail === undefined ? {} : { detail }), ...(requires === undefined ? {} : { requires }) },
  basis,
});
/** A Decree 09/2013 value that Circular 84/2019 also cites from its effective date: two versions. */
const v09c = (
  amount: AmountSpec,
  basis: ReadonlyArray<Citation>,
  durationDays: number | null = null,
  detail?: Label,
  requires?: ReadonlyArray<ItemRequirement>,
): DatedValue<ItemValue>[] => {
  const v = v09(amount, basis, durationDays, detail, requires);
  return [
    { ...v, to: addDays(CIRCULAR_84_FROM, -1) },
    { ...v, from: CIRCULAR_84_FROM, basis: [...basis, CIRCULAR_84] },
  ];
};

/**
 * The content, amounts and durations of every regime, as dated values with citations.
 *
 * **Law** — new regime: Decree 162/2025/NĐ-CP Art. 17 (essential needs, ≤ 120 days) and Art. 24
 * (education, vocational training, initial hardship allowance) [S: vietnamnet.vn, plo.vn]; medical,
 * travel and psychological content from Law 53/2024 Ch. V [S: pbgdpl.gov.vn]. Old regime: Decree
 * 09/2013/NĐ-CP Art. 19(2) (meals ≤ 60 state-funded days, clothing in kind, public-transport fare)
 * and Art. 23 (education, vocational, hardship; claims within 12 months) [S: lawnet.vn]; Circular
 * 84/2019/TT-BTC (travel-day meals at least 70,000 đồng/person/day) [S: tacnghiep.thoidai.com.vn].
 *
 * Conditions that decide whether an item applies are data (`requires`): the general-education
 * items of Decree 162/2025 for under-18s, the Decree 09/2013 Art. 23 tuition and hardship items for
 * poor households, and legal aid under Law 66/2011 with financial difficulty from 01/01/2018 to
 * 30/06/2025 (Law on Legal Aid 2017 Art. 7(7)(g), repealed by Law 53/2024 which added clause 6a).
 *
 * **Gotchas** — every VND figure other than the 70,000 đồng floor is unknown in the reference and
 * is `{ kind: "unknown" }` here. The "Circular 120/2026/TT-BTC" figures found in mock data are
 * fictitious and deliberately absent. Decree 09/2013 versions start on its effective date
 * (01/03/2013) and Circular 84/2019's on 13/01/2020, never on the signing dates (both dates
 * recalled and unverified, see the registry notes). Old-regime items stay open-ended because
 * persons identified before 01/07/2025 keep the old regime (Art. 63 Law 53/2024).
 * @category eligibility
 * @since 0.1.0
 */
export const supportItems = [
  // ── Law 53/2024 + Decree 162/2025 ───────────────────────────────────────────────────────────
  {
    id: "essential_needs.package",
    law: "53/2024/QH15",
    regime: "essential_needs",
    label: { vi: "Chỗ ở tạm thời, ăn, đồ dùng sinh hoạt, đồ dùng học tập, vật phẩm y tế và vệ sinh", en: "Temporary lodging, meals, daily-living items, school supplies, medical and hygiene items" },
    versions: [
      v53(NO_162_FIGURE, [b162(17)], 120, {
        vi: "Tối đa 120 ngày; ở lâu hơn do người đứng đầu cơ sở trợ giúp xã hội hoặc cơ quan có thẩm quyền quyết định",
        en: "At most 120 days; longer stays are decided by the head of the social-assistance facility or the competent body",
      }),
    ],
  },
  {
    id: "medical.care",
    law: "53/2024/QH15",
    regime: "medical",
    label: { vi: "Khám sức khỏe khi tiếp nhận, sơ cứu, cấp cứu; chi phí khám, chữa bệnh khi cần phục hồi sức khỏe tại cơ sở", en: "Health check on reception, first aid; treatment costs when recovery care is needed at a facility" },
    versions: [v53(NO_162_FIGURE, [b53("b", "Content per pbgdpl.gov.vn summary of Ch. V [S]; article of Ch. V not read.")])],
  },
  {
    id: "medical.health_insurance",
    law: "53/2024/QH15",
    regime: "medical",
    label: { vi: "Hỗ trợ đóng bảo hiểm y tế năm đầu tiên (nếu chưa có bảo hiểm y tế)", en: "Health-insurance contribution for the first year (if uninsured)" },
    condition: { vi: "Người chưa có thẻ bảo hiểm y tế", en: "Persons without health insurance" },
    versions: [v53(NO_162_FIGURE, [b53("b", "First-year health insurance per pbgdpl.gov.vn and lawnet.vn [S].")])],
  },
  {
    id: "interpretation.service",
    law: "53/2024/QH15",
    regime: "interpretation",
    label: { vi: "Hỗ trợ phiên dịch", en: "Interpretation" },
    versions: [v53(NO_162_FIGURE, [b53("c", "New regime in Law 53/2024; implementing article not identified.")])],
  },
  {
    id: "legal_support.counselling",
    law: "53/2024/QH15",
    regime: "legal_support",
    label: { vi: "Tư vấn pháp luật để phòng ngừa bị mua bán trở lại, về thủ tục đăng ký và các vấn đề liên quan", en: "Legal counselling to prevent re-trafficking, on registration procedures and related matters" },
    versions: [
      v53(reference("Dịch vụ tư vấn, không chi trả tiền cho người được hỗ trợ", "A counselling service; no payment to the person"), [
        cite("53/2024/QH15", { article: 41, clause: 1 }),
      ]),
    ],
  },
  {
    id: "legal_aid.service",
    law: "53/2024/QH15",
    regime: "legal_aid",
    label: { vi: "Trợ giúp pháp lý theo pháp luật về trợ giúp pháp lý", en: "Legal aid under the Law on Legal Aid" },
    versions: [
      v53(reference("Theo Luật Trợ giúp pháp lý (khoản 6a Điều 7)", "Under the Law on Legal Aid (Art. 7 clause 6a)"), [b53("đ", "Provided under the Law on Legal Aid."), legalAid6a], null, {
        vi: "Cho các vụ việc liên quan đến vụ việc mua bán người; không còn điều kiện khó khăn về tài chính",
        en: "For matters related to the trafficking case; no financial-difficulty condition any more",
      }),
    ],
  },
  {
    id: "travel.return_home",
    law: "53/2024/QH15",
    regime: "travel",
    label: { vi: "Chi phí đi lại và tiền ăn để trở về nơi cư trú", en: "Travel costs and meals to return to the place of residence" },
    versions: [v53(NO_162_FIGURE, [b53("e", "Content per pbgdpl.gov.vn [S]; decree article not identified.")])],
  },
  {
    id: "psychological.support",
    law: "53/2024/QH15",
    regime: "psychological",
    label: { vi: "Hỗ trợ tâm lý, kể cả người không lưu trú tại cơ sở", en: "Psychological support, including persons not staying at a facility" },
    versions: [v53(NO_162_FIGURE, [b53("g", "Extension to non-residents per pbgdpl.gov.vn [S].")])],
  },
  {
    id: "general_education.at_facility",
    law: "53/2024/QH15",
    regime: "general_education",
    label: { vi: "Được bố trí học văn hóa khi lưu trú tại cơ sở (nếu có nhu cầu)", en: "Schooling while staying at a facility (if needed)" },
    condition: { vi: "Nạn nhân dưới 18 tuổi và người dưới 18 tuổi đi cùng", en: "Victims under 18 and accompanying under-18s" },
    versions: [{ ...v53(NO_162_FIGURE, [b162(24)]), value: { amount: NO_162_FIGURE, durationDays: null, requires: [UNDER_18] } }],
  },
  {
    id: "general_education.tuition_and_supplies",
    law: "53/2024/QH15",
    regime: "general_education",
    label: { vi: "Miễn học phí, hỗ trợ tiền mua sách giáo khoa và đồ dùng học tập năm học đầu tiên và năm học tiếp theo", en: "Tuition exemption and money for textbooks and school supplies for the first school year and the following one" },
    condition: { vi: "Dưới 18 tuổi, tiếp tục đi học sau khi trở về cộng đồng", en: "Under 18, continuing school after returning to the community" },
    versions: [
      {
        ...DECREE_162,
        value: {
          amount: NO_162_FIGURE,
          durationDays: null,
          detail: { vi: "Hai năm học: năm đầu tiên và năm tiếp theo", en: "Two school years: the first and the following one" },
          requires: [UNDER_18],
        },
        basis: [b162(24)],
      },
    ],
  },
  {
    id: "vocational.training_and_counselling",
    law: "53/2024/QH15",
    regime: "vocational_and_employment",
    label: { vi: "Hỗ trợ học nghề, tư vấn việc làm, tạo điều kiện có việc làm", en: "Vocational training, job counselling and job facilitation" },
    versions: [v53(NO_162_FIGURE, [b162(24)])],
  },
  {
    id: "hardship.initial_allowance",
    law: "53/2024/QH15",
    regime: "hardship_allowance_and_loan",
    label: { vi: "Trợ cấp khó khăn ban đầu", en: "Initial hardship allowance" },
    versions: [
      v53(
        unknown(
          "Chưa tìm thấy mức trợ cấp (Điều 24 Nghị định 162/2025/NĐ-CP); chưa rõ còn điều kiện hộ nghèo hay không",
          "Amount not found (Art. 24 Decree 162/2025/NĐ-CP); whether the poor-household condition survives is unknown",
        ),
        [b162(24)],
      ),
    ],
  },
  {
    id: "hardship.loan",
    law: "53/2024/QH15",
    regime: "hardship_allowance_and_loan",
    label: { vi: "Hỗ trợ vay vốn", en: "Loan support" },
    versions: [v53(unknown("Chưa tìm thấy hạn mức, bên cho vay và lãi suất", "Ceiling, lender and interest not found"), [b53("k", "Loan support exists [S: lawnet.vn].")])],
  },
  // ── Law 66/2011 + Decree 09/2013 + Circular 84/2019 ─────────────────────────────────────────
  {
    id: "law66.essential_needs_and_travel",
    law: "66/2011/QH12",
    regime: "essential_needs_and_travel",
    label: { vi: "Hỗ trợ nhu cầu thiết yếu và chi phí đi lại (Điều 33 Luật)", en: "Essential needs and travel costs (Art. 33 of the Law)" },
    versions: [statutory66(33)],
  },
  {
    id: "meals_at_facility",
    law: "66/2011/QH12",
    regime: "essential_needs_and_travel",
    label: { vi: "Tiền ăn trong thời gian lưu trú tại cơ sở bảo trợ xã hội, cơ sở hỗ trợ nạn nhân", en: "Meals while staying at a social-protection or victim-support facility" },
    versions: [
      ...v09c(
        reference(
          "Bằng mức trợ cấp nuôi dưỡng đối tượng cần bảo vệ khẩn cấp tại cơ sở bảo trợ xã hội (Nghị định 136/2013/NĐ-CP)",
          "At the support level for persons needing emergency protection in social-protection facilities (Decree 136/2013/NĐ-CP)",
        ),
        [b09(19, 2)],
        60,
        {
          vi: "Ngân sách nhà nước hỗ trợ tối đa 60 ngày (Nghị định 09/2013); Thông tư 84/2019 ghi \"không quá 3 tháng\" — hai văn bản khác nhau, giữ riêng",
          en: "State budget pays at most 60 days (Decree 09/2013); Circular 84/2019 says \"not more than 3 months\" — the texts differ and are kept apart",
        },
      ),
    ],
  },
  {
    id: "clothing_and_personal_items",
    law: "66/2011/QH12",
    regime: "essential_needs_and_travel",
    label: { vi: "Quần áo và vật dụng cá nhân tại cơ sở", en: "Clothing and personal items at the facility" },
    versions: [
      v09(
        reference(
          "Hiện vật: 2 bộ quần áo thường, 2 bộ đồ lót, khăn mặt, dép nhựa, bàn chải, kem đánh răng, xà phòng, băng vệ sinh (nữ)",
          "In kind: 2 sets of clothes, 2 sets of underwear, face towel, plastic sandals, toothbrush, toothpaste, soap, sanitary pads (women)",
        ),
        [b09(19, 2)],
      ),
    ],
  },
  {
    id: "travel_fare",
    law: "66/2011/QH12",
    regime: "essential_needs_and_travel",
    label: { vi: "Tiền đi lại về nơi cư trú (nạn nhân muốn về mà không có khả năng chi trả)", en: "Fare home (victim wishes to return and cannot pay)" },
    versions: [v09(reference("Theo giá phương tiện giao thông công cộng phổ thông", "At the ordinary public-transport fare"), [b09(19, 2)])],
  },
  {
    id: "travel_day_meals",
    law: "66/2011/QH12",
    regime: "essential_needs_and_travel",
    label: { vi: "Tiền ăn trong những ngày đi đường", en: "Meals on travel days" },
    versions: [
      {
        from: DECREE_09.from,
        to: addDays(CIRCULAR_84_FROM, -1),
        value: {
          amount: unknown(
            "Mức chi theo Thông tư liên tịch 134/2013/TTLT-BTC-BLĐTBXH chưa đọc được",
            "Joint Circular 134/2013/TTLT-BTC-BLĐTBXH amounts not read",
          ),
          durationDays: null,
        },
        basis: [b09(19, 2)],
      },
      {
        from: CIRCULAR_84_FROM,
        value: { amount: { kind: "floor", vnd: 70_000, unit: { vi: "người/ngày đi đường", en: "per person per day of travel" } }, durationDays: null },
        basis: [CIRCULAR_84],
      },
    ],
  },
  {
    id: "law66.medical",
    law: "66/2011/QH12",
    regime: "medical",
    label: { vi: "Hỗ trợ y tế (Điều 34 Luật)", en: "Medical support (Art. 34 of the Law)" },
    versions: [statutory66(34)],
  },
  {
    id: "medical.treatment_at_facility",
    law: "66/2011/QH12",
    regime: "medical",
    label: { vi: "Chi phí khám, chữa bệnh trong thời gian lưu trú tại cơ sở; thẻ bảo hiểm y tế miễn phí nếu chưa có", en: "Examination and treatment costs while at the facility; a free health-insurance card if uninsured" },
    versions: v09c(NO_09_FIGURE, [b09(19)]),
  },
  {
    id: "law66.psychological",
    law: "66/2011/QH12",
    regime: "psychological",
    label: { vi: "Hỗ trợ tâm lý (Điều 35 Luật)", en: "Psychological support (Art. 35 of the Law)" },
    versions: [statutory66(35)],
  },
  {
    id: "psychological.counselling_at_facility",
    law: "66/2011/QH12",
    regime: "psychological",
    label: { vi: "Tư vấn, trị liệu tâm lý tại cơ sở", en: "Counselling and group therapy at the facility" },
    versions: [v09(NO_09_FIGURE, [b09(19)])],
  },
  {
    id: "law66.legal_aid",
    law: "66/2011/QH12",
    regime: "legal_aid",
    label: { vi: "Trợ giúp pháp lý theo pháp luật về trợ giúp pháp lý", en: "Legal aid under the Law on Legal Aid" },
    versions: [
      {
        from: d("2012-01-01"),
        to: d("2017-12-31"),
        value: {
          amount: reference("Theo Luật Trợ giúp pháp lý", "Under the Law on Legal Aid"),
          durationDays: null,
          detail: { vi: "Điều kiện theo Luật Trợ giúp pháp lý 2006 chưa được đọc, không kiểm tra", en: "Conditions of the Law on Legal Aid 2006 not read and not checked" },
        },
        basis: [LAW66_32_1_D],
      },
      {
        from: d("2018-01-01"),
        to: d("2025-06-30"),
        value: { amount: reference("Theo Luật Trợ giúp pháp lý", "Under the Law on Legal Aid"), durationDays: null, requires: [FINANCIAL_DIFFICULTY] },
        basis: [LAW66_32_1_D, legalAidFinancial],
      },
      {
        from: d("2025-07-01"),
        value: {
          amount: reference("Theo Luật Trợ giúp pháp lý (khoản 6a Điều 7)", "Under the Law on Legal Aid (Art. 7 clause 6a)"),
          durationDays: null,
          detail: { vi: "Cho các vụ việc liên quan đến vụ việc mua bán người", en: "For matters related to the trafficking case" },
        },
        basis: [LAW66_32_1_D, legalAid6a],
      },
    ],
  },
  {
    id: "law66.education_and_vocational",
    law: "66/2011/QH12",
    regime: "education_and_vocational",
    label: { vi: "Hỗ trợ học văn hóa, học nghề (Điều 37 Luật)", en: "General education and vocational training (Art. 37 of the Law)" },
    versions: [statutory66(37)],
  },
  {
    id: "education.tuition_and_study_costs",
    law: "66/2011/QH12",
    regime: "education_and_vocational",
    label: { vi: "Miễn, giảm học phí và hỗ trợ chi phí học tập (sách giáo khoa, đồ dùng học tập)", en: "Tuition exemption and study-cost support (textbooks, learning aids)" },
    condition: { vi: "Nạn nhân thuộc hộ nghèo tiếp tục đi học; năm học đầu tiên", en: "Victims from poor households who continue schooling; first school year" },
    versions: [
      v09(
        reference("Theo quy định hiện hành về miễn, giảm học phí", "Under the current rules on tuition exemption"),
        [b09(23)],
        null,
        {
          vi: "Nộp hồ sơ tại Ủy ban nhân dân cấp xã trong 12 tháng kể từ khi được xác định là nạn nhân",
          en: "Apply to the commune People's Committee within 12 months of being certified as a victim",
        },
        [POOR_HOUSEHOLD],
      ),
    ],
  },
  {
    id: "vocational.one_off",
    law: "66/2011/QH12",
    regime: "education_and_vocational",
    label: { vi: "Hỗ trợ học nghề một lần", en: "One-off vocational training" },
    versions: [
      v09(reference("Theo mức chi phí đào tạo nghề của cơ sở dạy nghề tại địa phương", "At the training cost of local vocational institutions"), [b09(23)], null, {
        vi: "Một lần; nộp hồ sơ trong 12 tháng",
        en: "Once; apply within 12 months",
      }),
    ],
  },
  {
    id: "law66.hardship_allowance_and_loan",
    law: "66/2011/QH12",
    regime: "hardship_allowance_and_loan",
    label: { vi: "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn (Điều 38 Luật)", en: "Initial hardship allowance and loan support (Art. 38 of the Law)" },
    versions: [statutory66(38)],
  },
  {
    id: "initial_hardship_allowance",
    law: "66/2011/QH12",
    regime: "hardship_allowance_and_loan",
    label: { vi: "Trợ cấp khó khăn ban đầu (một lần)", en: "Initial hardship allowance (one-off)" },
    condition: { vi: "Nạn nhân thuộc hộ nghèo, khi trở về nơi cư trú", en: "Victims from poor households, on return to their place of residence" },
    versions: v09c(
      unknown(
        "Chưa tìm thấy mức toàn quốc; mức do Bộ Tài chính và Bộ LĐ-TB&XH quy định, các tỉnh ban hành mức riêng",
        "No national figure found; the level is set by the Ministry of Finance and MOLISA and provinces set their own",
      ),
      [b09(23)],
      null,
      { vi: "Nộp hồ sơ trong 12 tháng", en: "Apply within 12 months" },
      [POOR_HOUSEHOLD],
    ),
  },
  {
    id: "loan_support",
    law: "66/2011/QH12",
    regime: "hardship_allowance_and_loan",
    label: { vi: "Hỗ trợ vay vốn", en: "Loan support" },
    versions: [v09(unknown("Chưa tìm thấy hạn mức, bên cho vay và lãi suất", "Ceiling, lender and interest not found"), [b09(23)])],
  },
] as const satisfies ReadonlyArray<SupportItem<"53/2024/QH15"> | SupportItem<"66/2011/QH12">>;

/** Ids of the support items of one law. @category eligibility @since 0.1.0 */
export type SupportItemIdOf<L extends SupportLawId> = Extract<(typeof supportItems)[number], { readonly law: L }>["id"];
/** Any support item id. @category eligibility @since 0.1.0 */
export type SupportItemId = (typeof supportItems)[number]["id"];

/** The support item with an id. @category eligibility @since 0.1.0 */
export const supportItem = (id: string): SupportItem | undefined =>
  (supportItems as ReadonlyArray<SupportItem>).find((i) => i.id === id);

/** The value of an item in force on a day, or `undefined`. @category eligibility @since 0.1.0 */
export const itemValueAt = (item: SupportItem, asOf: IsoDate): Version<ItemValue> | undefined => valueAt(item.versions, asOf);
