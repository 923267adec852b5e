import type { SupportLawId } from "./governing-law.js";
import type { EligibilityRequestInput } from "./schema.js";

/**
 * A statute scenario: a named request and the expected law and statuses, one letter per regime
 * in point order — `✔` ELIGIBLE, `–` INELIGIBLE, `case` DISCRETIONARY, `?` INSUFFICIENT_DATA.
 * Used by the tests and by the admin's "worked examples" page.
 * @category eligibility
 * @since 0.1.0
 */
export interface EligibilityScenario {
  readonly name: string;
  readonly request: EligibilityRequestInput;
  readonly expect: {
    readonly law: SupportLawId;
    readonly statuses: ReadonlyArray<"✔" | "–" | "case" | "?">;
    readonly missingFacts?: ReadonlyArray<string>;
    readonly category?: string;
  };
}

const NEW = "2025-09-01";
const OLD = "2024-05-01";

/**
 * One scenario per row of both eligibility matrices (each cell is checked by the tests), plus the
 * situations the text does not cover and the transition boundary. Requests carry the facts the
 * regimes' item conditions turn on (age for general education, financial difficulty for legal aid
 * before 01/07/2025), so each cell shows the category's full entitlement.
 *
 * **Law** — Law 53/2024/QH15 Art. 37 [V]; Law 66/2011/QH12 Art. 32 [V]; Art. 63 Law 53/2024 [S];
 * Law 47/2014/QH13 Art. 3(1) [S]; Law on Legal Aid 2017 Art. 7 [S].
 * @category eligibility
 * @since 0.1.0
 */
export const eligibilityScenarios: ReadonlyArray<EligibilityScenario> = [
  // ── Law 53/2024, Art. 37 ────────────────────────────────────────────────────────────────────
  {
    name: "Nạn nhân là công dân Việt Nam — khoản 1 Điều 37 Luật 53/2024 (Vietnamese victim, Art. 37(1))",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "in_vietnam", ageYears: 16 } },
    expect: { law: "53/2024/QH15", category: "victim_vietnamese", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔"] },
  },
  {
    name: "Nạn nhân không quốc tịch thường trú tại Việt Nam — khoản 1 Điều 37 (stateless permanent resident victim, Art. 37(1))",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "stateless", permanentResidentInVietnam: true, location: "in_vietnam", ageYears: 16 } },
    expect: { law: "53/2024/QH15", category: "victim_stateless_resident", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔"] },
  },
  {
    name: "Người dưới 18 tuổi đi cùng nạn nhân — khoản 2 Điều 37 (under-18 accompanying a victim, Art. 37(2))",
    request: {
      asOf: NEW,
      person: {
        status: "accompanying_minor",
        birthDate: "2015-03-10",
        accompanies: { status: "identified_victim", nationality: "vietnamese", permanentResidentInVietnam: true, identifiedOn: "2025-08-01", location: "in_vietnam" },
      },
    },
    expect: { law: "53/2024/QH15", category: "minor_accompanying_victim", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–"] },
  },
  {
    name: "Công dân Việt Nam ở nước ngoài đang được xác định là nạn nhân — đoạn 1 khoản 3 Điều 37 (Vietnamese citizen abroad being verified, Art. 37(3) para 1)",
    request: { asOf: NEW, person: { status: "under_verification", nationality: "vietnamese", location: "abroad" } },
    expect: { law: "53/2024/QH15", category: "verified_vietnamese_abroad", statuses: ["✔", "✔", "✔", "✔", "–", "–", "–", "–", "–", "–"] },
  },
  {
    name: "Người dưới 18 tuổi đi cùng người đang được xác định ở nước ngoài — đoạn 1 khoản 3 Điều 37 (under-18 with a person verified abroad)",
    request: { asOf: NEW, person: { status: "accompanying_minor", ageYears: 9, accompanies: { status: "under_verification", nationality: "vietnamese", location: "abroad" } } },
    expect: { law: "53/2024/QH15", category: "minor_accompanying_verified_abroad", statuses: ["✔", "✔", "✔", "✔", "–", "–", "–", "–", "–", "–"] },
  },
  {
    name: "Người đang được xác định là nạn nhân ở Việt Nam (công dân) — đoạn 2 khoản 3 Điều 37 (citizen being verified in Vietnam, Art. 37(3) para 2)",
    request: { asOf: NEW, person: { status: "under_verification", nationality: "vietnamese", location: "in_vietnam" } },
    expect: { law: "53/2024/QH15", category: "verified_in_vietnam", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–", "–"] },
  },
  {
    name: "Người không quốc tịch thường trú đang được xác định ở Việt Nam — đoạn 2 khoản 3 Điều 37 (stateless resident being verified in Vietnam)",
    request: { asOf: NEW, person: { status: "under_verification", nationality: "stateless", permanentResidentInVietnam: true, location: "in_vietnam" } },
    expect: { law: "53/2024/QH15", category: "verified_in_vietnam", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–", "–"] },
  },
  {
    name: "Người dưới 18 tuổi đi cùng người đang được xác định ở Việt Nam — đoạn 2 khoản 3 Điều 37 (under-18 with a person verified in Vietnam)",
    request: { asOf: NEW, person: { status: "accompanying_minor", ageYears: 15, accompanies: { status: "under_verification", nationality: "vietnamese", location: "in_vietnam" } } },
    expect: { law: "53/2024/QH15", category: "minor_accompanying_verified_in_vietnam", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–", "–"] },
  },
  {
    name: "Nạn nhân là người nước ngoài bị mua bán tại Việt Nam — khoản 4 Điều 37, tùy từng trường hợp (foreign victim trafficked in Vietnam, case by case)",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "foreign", traffickedIn: "vietnam" } },
    expect: { law: "53/2024/QH15", category: "foreigner_trafficked_in_vietnam", statuses: ["case", "case", "case", "case", "case", "–", "case", "–", "–", "–"] },
  },
  {
    name: "Người nước ngoài đang được xác định là nạn nhân, bị mua bán tại Việt Nam — khoản 4 Điều 37 (foreigner being verified)",
    request: { asOf: NEW, person: { status: "under_verification", nationality: "foreign", traffickedIn: "vietnam", location: "in_vietnam" } },
    expect: { law: "53/2024/QH15", category: "foreigner_trafficked_in_vietnam", statuses: ["case", "case", "case", "case", "case", "–", "case", "–", "–", "–"] },
  },
  // Not covered by Art. 37
  {
    name: "Người nước ngoài bị mua bán ở nước ngoài — không thuộc Điều 37 (foreigner trafficked abroad: not covered)",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "foreign", traffickedIn: "abroad" } },
    expect: { law: "53/2024/QH15", statuses: ["–", "–", "–", "–", "–", "–", "–", "–", "–", "–"] },
  },
  {
    name: "Người không quốc tịch không thường trú, chưa rõ nơi bị mua bán — là người nước ngoài (khoản 1 Điều 3 Luật 47/2014/QH13) (stateless non-resident, place of trafficking unknown)",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "stateless", permanentResidentInVietnam: false } },
    expect: { law: "53/2024/QH15", statuses: ["?", "?", "?", "?", "?", "–", "?", "–", "–", "–"], missingFacts: ["person.traffickedIn"] },
  },
  {
    name: "Người không quốc tịch không thường trú bị mua bán tại Việt Nam — khoản 4 Điều 37, tùy từng trường hợp (stateless non-resident trafficked in Vietnam, Art. 37(4))",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "stateless", permanentResidentInVietnam: false, traffickedIn: "vietnam" } },
    expect: { law: "53/2024/QH15", category: "foreigner_trafficked_in_vietnam", statuses: ["case", "case", "case", "case", "case", "–", "case", "–", "–", "–"] },
  },
  {
    name: "Người đi cùng đã đủ 18 tuổi — không thuộc Điều 37 (accompanying person aged 18: not covered)",
    request: { asOf: NEW, person: { status: "accompanying_minor", ageYears: 18, accompanies: { status: "identified_victim", nationality: "vietnamese", identifiedOn: "2025-08-01", location: "in_vietnam" } } },
    expect: { law: "53/2024/QH15", statuses: ["–", "–", "–", "–", "–", "–", "–", "–", "–", "–"] },
  },
  // Location changes who delivers and when, not the entitlement (Art. 37(1)–(2), Art. 30(1)(b))
  {
    name: "Nạn nhân là công dân Việt Nam đang ở nước ngoài — khoản 1 Điều 37, điểm b khoản 1 Điều 30 (Vietnamese victim abroad, Art. 37(1))",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "vietnamese", location: "abroad", ageYears: 16 } },
    expect: { law: "53/2024/QH15", category: "victim_vietnamese", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔"] },
  },
  {
    name: "Người dưới 18 tuổi đi cùng nạn nhân ở nước ngoài — khoản 2 Điều 37 (under-18 accompanying a victim abroad, Art. 37(2))",
    request: { asOf: NEW, person: { status: "accompanying_minor", ageYears: 10, accompanies: { status: "identified_victim", nationality: "vietnamese", identifiedOn: "2025-08-01", location: "abroad" } } },
    expect: { law: "53/2024/QH15", category: "minor_accompanying_victim", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "–", "–"] },
  },
  {
    name: "Người không quốc tịch đang được xác định ở nước ngoài — không thuộc khoản 3 Điều 37 (stateless person verified abroad)",
    request: { asOf: NEW, person: { status: "under_verification", nationality: "stateless", permanentResidentInVietnam: true, location: "abroad" } },
    expect: { law: "53/2024/QH15", statuses: ["–", "–", "–", "–", "–", "–", "–", "–", "–", "–"] },
  },
  // ── Law 66/2011, Art. 32 ────────────────────────────────────────────────────────────────────
  {
    name: "Nạn nhân là công dân Việt Nam — khoản 1 Điều 32 Luật 66/2011 (Vietnamese victim, Art. 32(1))",
    request: { asOf: OLD, person: { status: "identified_victim", identifiedOn: "2024-04-01", nationality: "vietnamese", location: "in_vietnam", financialDifficulty: true } },
    expect: { law: "66/2011/QH12", category: "victim_vietnamese_or_stateless_resident", statuses: ["✔", "✔", "✔", "✔", "✔", "✔"] },
  },
  {
    name: "Nạn nhân không quốc tịch thường trú — khoản 1 Điều 32 (stateless permanent resident victim, Art. 32(1))",
    request: { asOf: OLD, person: { status: "identified_victim", identifiedOn: "2024-04-01", nationality: "stateless", permanentResidentInVietnam: true, financialDifficulty: true } },
    expect: { law: "66/2011/QH12", category: "victim_vietnamese_or_stateless_resident", statuses: ["✔", "✔", "✔", "✔", "✔", "✔"] },
  },
  {
    name: "Nạn nhân là người nước ngoài bị mua bán tại Việt Nam — khoản 2 Điều 32 (foreign victim trafficked in Vietnam, Art. 32(2))",
    request: { asOf: OLD, person: { status: "identified_victim", identifiedOn: "2024-04-01", nationality: "foreign", traffickedIn: "vietnam", financialDifficulty: true } },
    expect: { law: "66/2011/QH12", category: "foreigner_trafficked_in_vietnam", statuses: ["✔", "✔", "✔", "✔", "–", "–"] },
  },
  {
    name: "Người chưa thành niên đi cùng nạn nhân — khoản 3 Điều 32 (minor accompanying a victim, Art. 32(3))",
    request: { asOf: OLD, person: { status: "accompanying_minor", ageYears: 11, accompanies: { status: "identified_victim", nationality: "vietnamese", identifiedOn: "2024-04-01" } } },
    expect: { law: "66/2011/QH12", category: "minor_accompanying_victim", statuses: ["✔", "✔", "✔", "–", "–", "–"] },
  },
  {
    name: "Người đang được xác định là nạn nhân — Luật 66/2011 không có đối tượng này (person being verified: no such category before 01/07/2025)",
    request: { asOf: OLD, person: { status: "under_verification", nationality: "vietnamese", location: "in_vietnam" } },
    expect: { law: "66/2011/QH12", statuses: ["–", "–", "–", "–", "–", "–"] },
  },
  {
    name: "Người nước ngoài bị mua bán ở nước ngoài — không thuộc Điều 32 (foreigner trafficked abroad: not covered)",
    request: { asOf: OLD, person: { status: "identified_victim", identifiedOn: "2024-04-01", nationality: "foreign", traffickedIn: "abroad" } },
    expect: { law: "66/2011/QH12", statuses: ["–", "–", "–", "–", "–", "–"] },
  },
  {
    name: "Người không quốc tịch không thường trú bị mua bán tại Việt Nam — khoản 2 Điều 32 (stateless non-resident trafficked in Vietnam, Art. 32(2))",
    request: { asOf: OLD, person: { status: "identified_victim", identifiedOn: "2024-04-01", nationality: "stateless", permanentResidentInVietnam: false, traffickedIn: "vietnam", financialDifficulty: true } },
    expect: { law: "66/2011/QH12", category: "foreigner_trafficked_in_vietnam", statuses: ["✔", "✔", "✔", "✔", "–", "–"] },
  },
  // ── Transition (Art. 63 Law 53/2024) ────────────────────────────────────────────────────────
  {
    name: "Xác định là nạn nhân ngày 30/06/2025 — tiếp tục hưởng theo Luật 66/2011 (identified 30/06/2025 keeps Law 66/2011)",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-06-30", nationality: "vietnamese", location: "in_vietnam" } },
    expect: { law: "66/2011/QH12", category: "victim_vietnamese_or_stateless_resident", statuses: ["✔", "✔", "✔", "✔", "✔", "✔"] },
  },
  {
    name: "Xác định là nạn nhân ngày 01/07/2025 — hưởng theo Luật 53/2024 (identified 01/07/2025 falls under Law 53/2024)",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-07-01", nationality: "vietnamese", location: "in_vietnam", ageYears: 16 } },
    expect: { law: "53/2024/QH15", category: "victim_vietnamese", statuses: ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔", "✔"] },
  },
  {
    name: "Người đi cùng nạn nhân được xác định trước 01/07/2025 — Luật 66/2011 (minor with a victim identified before the transition)",
    request: { asOf: NEW, person: { status: "accompanying_minor", ageYears: 8, identifiedOn: "2025-05-20", accompanies: { status: "identified_victim", nationality: "vietnamese", location: "in_vietnam" } } },
    expect: { law: "66/2011/QH12", category: "minor_accompanying_victim", statuses: ["✔", "✔", "✔", "–", "–", "–"] },
  },
  // ── Unknown facts ───────────────────────────────────────────────────────────────────────────
  {
    name: "Người nước ngoài chưa rõ nơi bị mua bán — thiếu thông tin (foreigner, place of trafficking unknown)",
    request: { asOf: NEW, person: { status: "identified_victim", identifiedOn: "2025-08-01", nationality: "foreign" } },
    expect: { law: "53/2024/QH15", statuses: ["?", "?", "?", "?", "?", "–", "?", "–", "–", "–"], missingFacts: ["person.traffickedIn"] },
  },
  {
    name: "Nạn nhân chưa rõ ngày xác định — chưa biết áp dụng luật nào (victim, identification date unknown)",
    request: { asOf: NEW, person: { status: "identified_victim", nationality: "vietnamese", location: "in_vietnam" } },
    expect: { law: "53/2024/QH15", statuses: ["?", "?", "?", "?", "?", "?", "?", "?", "?", "?"], missingFacts: ["person.identifiedOn"] },
  },
  {
    name: "Người đang được xác định là công dân Việt Nam, chưa rõ đang ở đâu (citizen being verified, location unknown)",
    request: { asOf: NEW, person: { status: "under_verification", nationality: "vietnamese" } },
    expect: { law: "53/2024/QH15", statuses: ["✔", "✔", "✔", "✔", "?", "?", "?", "–", "–", "–"], missingFacts: ["person.location"] },
  },
  {
    name: "Người đi cùng chưa rõ tuổi (accompanying person, age unknown)",
    request: { asOf: NEW, person: { status: "accompanying_minor", accompanies: { status: "under_verification", nationality: "vietnamese", location: "abroad" } } },
    expect: { law: "53/2024/QH15", statuses: ["?", "?", "?", "?", "–", "–", "–", "–", "–", "–"], missingFacts: ["person.ageYears"] },
  },
  {
    name: "Chưa có thông tin gì — hỏi tình trạng trước (nothing known: ask the status first)",
    request: { asOf: NEW, person: {} },
    expect: {
      law: "53/2024/QH15",
      statuses: ["?", "?", "?", "?", "?", "?", "?", "?", "?", "?"],
      missingFacts: [
        "person.status",
        "person.identifiedOn",
        "person.nationality",
        "person.accompanies.status",
        "person.permanentResidentInVietnam",
        "person.location",
        "person.traffickedIn",
        "person.ageYears",
        "person.accompanies.nationality",
        "person.accompanies.permanentResidentInVietnam",
        "person.accompanies.location",
        "person.accompanies.traffickedIn",
      ],
    },
  },
];
