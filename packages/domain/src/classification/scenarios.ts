import type { CaseFactsInput, Victim } from "./schema.js";

type VictimInput = Omit<Victim, "birthDate"> & { readonly birthDate?: string };

/** A victim with every fact known and nothing aggravating: the base for scenario variations. @category classification @since 0.1.0 */
export const plainVictim = (over: Partial<VictimInput> = {}): VictimInput => ({
  ageYears: 25,
  injuryPercent: 0,
  outcome: "none",
  bodyPartRemoved: false,
  inOffenderCare: false,
  takenAcrossBorder: false,
  ...over,
});

/** A case with every fact known: an adult deceived and transferred for money (Art. 150(1)(a)). @category classification @since 0.1.0 */
export const plainCase = (over: Partial<CaseFactsInput> = {}): CaseFactsInput => ({
  offenceDate: "2024-05-10",
  acts: ["transfer"],
  purposes: ["money_or_benefit"],
  means: ["deception"],
  victims: [plainVictim()],
  circumstances: [],
  humanitarianPurpose: false,
  offenderAgeYears: 30,
  ...over,
});

/** The expected charge of a scenario. @category classification @since 0.1.0 */
export interface ExpectedCharge {
  readonly article: "150" | "151";
  readonly clause: number;
  readonly points: ReadonlyArray<string>;
  readonly years: readonly [number, number];
  readonly life?: boolean;
  /** Vietnamese citation that must appear in the charge's basis. */
  readonly cites: string;
}

/** A statute scenario: what a lawyer would describe, and the expected charges. @category classification @since 0.1.0 */
export interface Scenario {
  readonly name: string;
  readonly facts: CaseFactsInput;
  readonly expect: { readonly status: "TRAFFICKING" | "NOT_TRAFFICKING" | "INSUFFICIENT_DATA"; readonly charges: ReadonlyArray<ExpectedCharge> };
}

const child = (over: Partial<VictimInput> = {}) => plainVictim({ ageYears: 12, ...over });
const many = (n: number, v: () => VictimInput) => Array.from({ length: n }, v);
const c150 = (clause: number, points: string[], cites: string): ExpectedCharge => ({
  article: "150",
  clause,
  points,
  years: clause === 1 ? [5, 10] : clause === 2 ? [8, 15] : [12, 20],
  cites,
});
const c151 = (clause: number, points: string[], cites: string): ExpectedCharge => ({
  article: "151",
  clause,
  points,
  years: clause === 1 ? [7, 12] : clause === 2 ? [12, 20] : [18, 20],
  life: clause === 3,
  cites,
});
const T = "TRAFFICKING" as const;
const BL = "Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017)";

/**
 * One scenario per clause and point of Arts 150 and 151, as a lawyer would describe the case.
 * Reused by the test suite and by the admin's worked-examples screen.
 * @category classification
 * @since 0.1.0
 */
export const scenarios: ReadonlyArray<Scenario> = [
  // Điều 150 khoản 1
  { name: "150(1)(a) Lừa gạt rồi chuyển giao một người trưởng thành để nhận tiền — adult deceived and handed over for money", facts: plainCase(), expect: { status: T, charges: [c150(1, ["a"], `điểm a khoản 1 Điều 150 ${BL}`)] } },
  { name: "150(1)(b) Dùng vũ lực tiếp nhận người để bóc lột tình dục — force, received for sexual exploitation", facts: plainCase({ acts: ["receive"], purposes: ["sexual_exploitation"], means: ["force"] }), expect: { status: T, charges: [c150(1, ["b"], `điểm b khoản 1 Điều 150 ${BL}`)] } },
  { name: "150(1)(c) Đe dọa, tuyển mộ và vận chuyển để cưỡng bức lao động — threats, recruited and transported for forced labour", facts: plainCase({ acts: ["recruit", "transport"], purposes: ["forced_labour"], means: ["threat_of_force"] }), expect: { status: T, charges: [c150(1, ["c"], `điểm c khoản 1 Điều 150 ${BL}`)] } },
  // Điều 150 khoản 2
  { name: "150(2)(a) Có tổ chức — organised ring", facts: plainCase({ circumstances: ["organised"] }), expect: { status: T, charges: [c150(2, ["a"], `điểm a khoản 2 Điều 150 ${BL}`)] } },
  { name: "150(2)(b) Vì động cơ đê hèn — sold his girlfriend on learning she was pregnant", facts: plainCase({ circumstances: ["base_motive"] }), expect: { status: T, charges: [c150(2, ["b"], `điểm b khoản 2 Điều 150 ${BL}`)] } },
  { name: "150(2)(c) Tỷ lệ tổn thương cơ thể 35% — victim injured at 35%", facts: plainCase({ victims: [plainVictim({ injuryPercent: 35 })] }), expect: { status: T, charges: [c150(2, ["c"], `điểm c khoản 2 Điều 150 ${BL}`)] } },
  { name: "150(2)(d) Đưa nạn nhân ra khỏi biên giới — taken across the border", facts: plainCase({ victims: [plainVictim({ takenAcrossBorder: true })] }), expect: { status: T, charges: [c150(2, ["d"], `điểm d khoản 2 Điều 150 ${BL}`)] } },
  { name: "150(2)(đ) Đối với 03 người — three adult victims", facts: plainCase({ victims: many(3, () => plainVictim()) }), expect: { status: T, charges: [c150(2, ["đ"], `điểm đ khoản 2 Điều 150 ${BL}`)] } },
  { name: "150(2)(e) Phạm tội 02 lần trở lên — two or more times", facts: plainCase({ circumstances: ["repeat_offence"] }), expect: { status: T, charges: [c150(2, ["e"], `điểm e khoản 2 Điều 150 ${BL}`)] } },
  { name: "150(2)(a)(d)(đ) Tổ chức đưa 02 người qua biên giới — organised, two victims across the border: every point listed", facts: plainCase({ circumstances: ["organised"], victims: many(2, () => plainVictim({ takenAcrossBorder: true })) }), expect: { status: T, charges: [c150(2, ["a", "d", "đ"], `điểm đ khoản 2 Điều 150 ${BL}`)] } },
  // Điều 150 khoản 3
  { name: "150(3)(a) Có tính chất chuyên nghiệp — professional trafficker", facts: plainCase({ circumstances: ["professional"] }), expect: { status: T, charges: [c150(3, ["a"], `điểm a khoản 3 Điều 150 ${BL}`)] } },
  { name: "150(3)(b) Đã lấy bộ phận cơ thể (tổn thương 40% không tính điểm c khoản 2) — kidney taken, 40% harm absorbed by 3(b)", facts: plainCase({ purposes: ["organ_removal"], victims: [plainVictim({ bodyPartRemoved: true, injuryPercent: 40 })] }), expect: { status: T, charges: [c150(3, ["b"], `điểm b khoản 3 Điều 150 ${BL}`)] } },
  { name: "150(3)(c) Tỷ lệ tổn thương cơ thể 61% — injured at 61%", facts: plainCase({ victims: [plainVictim({ injuryPercent: 61 })] }), expect: { status: T, charges: [c150(3, ["c"], `điểm c khoản 3 Điều 150 ${BL}`)] } },
  { name: "150(3)(d) Làm nạn nhân chết — the victim died", facts: plainCase({ victims: [plainVictim({ outcome: "death" })] }), expect: { status: T, charges: [c150(3, ["d"], `điểm d khoản 3 Điều 150 ${BL}`)] } },
  { name: "150(3)(d) Làm nạn nhân tự sát — the victim took her own life", facts: plainCase({ victims: [plainVictim({ outcome: "suicide" })] }), expect: { status: T, charges: [c150(3, ["d"], `điểm d khoản 3 Điều 150 ${BL}`)] } },
  { name: "150(3)(đ) Đối với 06 người trở lên — six victims", facts: plainCase({ victims: many(6, () => plainVictim()) }), expect: { status: T, charges: [c150(3, ["đ"], `điểm đ khoản 3 Điều 150 ${BL}`)] } },
  { name: "150(3)(e) Tái phạm nguy hiểm — dangerous recidivist", facts: plainCase({ circumstances: ["dangerous_recidivism"] }), expect: { status: T, charges: [c150(3, ["e"], `điểm e khoản 3 Điều 150 ${BL}`)] } },
  // Điều 151 khoản 1
  { name: "151(1)(a) Chuyển giao trẻ 12 tuổi để nhận tiền, không cần thủ đoạn — child handed over for money, no means needed", facts: plainCase({ means: [], victims: [child()] }), expect: { status: T, charges: [c151(1, ["a"], `điểm a khoản 1 Điều 151 ${BL}`)] } },
  { name: "151(1)(a) Vì mục đích nhân đạo (con nuôi thật sự) — genuine adoption for money: not trafficking", facts: plainCase({ means: [], victims: [child({ ageYears: 1 })], humanitarianPurpose: true }), expect: { status: "NOT_TRAFFICKING", charges: [] } },
  { name: "151(1)(b) Tiếp nhận trẻ để bóc lột tình dục — no humanitarian exception for exploitation", facts: plainCase({ acts: ["receive"], purposes: ["sexual_exploitation"], means: [], humanitarianPurpose: true, victims: [child()] }), expect: { status: T, charges: [c151(1, ["b"], `điểm b khoản 1 Điều 151 ${BL}`)] } },
  { name: "151(1)(c) Chứa chấp trẻ để bán — child harboured for sale", facts: plainCase({ acts: ["harbour"], means: [], victims: [child()] }), expect: { status: T, charges: [c151(1, ["c"], `điểm c khoản 1 Điều 151 ${BL}`)] } },
  // Điều 151 khoản 2
  { name: "151(2)(a) Lợi dụng chức vụ, quyền hạn — official abusing his position", facts: plainCase({ victims: [child()], circumstances: ["abuse_of_position"] }), expect: { status: T, charges: [c151(2, ["a"], `điểm a khoản 2 Điều 151 ${BL}`)] } },
  { name: "151(2)(b) Lợi dụng hoạt động cho, nhận con nuôi — abusing adoption", facts: plainCase({ victims: [child()], circumstances: ["abuse_of_adoption"] }), expect: { status: T, charges: [c151(2, ["b"], `điểm b khoản 2 Điều 151 ${BL}`)] } },
  { name: "151(2)(c) Đối với 02 trẻ — two children", facts: plainCase({ victims: many(2, () => child()) }), expect: { status: T, charges: [c151(2, ["c"], `điểm c khoản 2 Điều 151 ${BL}`)] } },
  { name: "151(2)(d) Trẻ do người phạm tội chăm sóc, nuôi dưỡng — a child in the offender's care", facts: plainCase({ victims: [child({ inOffenderCare: true })] }), expect: { status: T, charges: [c151(2, ["d"], `điểm d khoản 2 Điều 151 ${BL}`)] } },
  { name: "151(2)(đ) Đưa trẻ ra khỏi biên giới — child taken across the border", facts: plainCase({ victims: [child({ takenAcrossBorder: true })] }), expect: { status: T, charges: [c151(2, ["đ"], `điểm đ khoản 2 Điều 151 ${BL}`)] } },
  { name: "151(2)(e) Phạm tội 02 lần trở lên — two or more times", facts: plainCase({ victims: [child()], circumstances: ["repeat_offence"] }), expect: { status: T, charges: [c151(2, ["e"], `điểm e khoản 2 Điều 151 ${BL}`)] } },
  { name: "151(2)(g) Vì động cơ đê hèn — revenge on the child's parents", facts: plainCase({ victims: [child()], circumstances: ["base_motive"] }), expect: { status: T, charges: [c151(2, ["g"], `điểm g khoản 2 Điều 151 ${BL}`)] } },
  { name: "151(2)(h) Tổn thương cơ thể 60% — child injured at 60%", facts: plainCase({ victims: [child({ injuryPercent: 60 })] }), expect: { status: T, charges: [c151(2, ["h"], `điểm h khoản 2 Điều 151 ${BL}`)] } },
  // Điều 151 khoản 3
  { name: "151(3)(a) Có tổ chức — organised (clause 3 for children, clause 2 for adults)", facts: plainCase({ victims: [child()], circumstances: ["organised"] }), expect: { status: T, charges: [c151(3, ["a"], `điểm a khoản 3 Điều 151 ${BL}`)] } },
  { name: "151(3)(b) Có tính chất chuyên nghiệp — professional", facts: plainCase({ victims: [child()], circumstances: ["professional"] }), expect: { status: T, charges: [c151(3, ["b"], `điểm b khoản 3 Điều 151 ${BL}`)] } },
  { name: "151(3)(c) Tổn thương cơ thể 70% — child injured at 70%", facts: plainCase({ victims: [child({ injuryPercent: 70 })] }), expect: { status: T, charges: [c151(3, ["c"], `điểm c khoản 3 Điều 151 ${BL}`)] } },
  { name: "151(3)(d) Đã lấy bộ phận cơ thể — body part taken (35% harm absorbed)", facts: plainCase({ purposes: ["organ_removal"], victims: [child({ bodyPartRemoved: true, injuryPercent: 35 })] }), expect: { status: T, charges: [c151(3, ["d"], `điểm d khoản 3 Điều 151 ${BL}`)] } },
  { name: "151(3)(đ) Làm nạn nhân chết — the child died", facts: plainCase({ victims: [child({ outcome: "death" })] }), expect: { status: T, charges: [c151(3, ["đ"], `điểm đ khoản 3 Điều 151 ${BL}`)] } },
  { name: "151(3)(e) Đối với 06 trẻ trở lên — six children", facts: plainCase({ victims: many(6, () => child()) }), expect: { status: T, charges: [c151(3, ["e"], `điểm e khoản 3 Điều 151 ${BL}`)] } },
  { name: "151(3)(g) Tái phạm nguy hiểm — dangerous recidivist", facts: plainCase({ victims: [child()], circumstances: ["dangerous_recidivism"] }), expect: { status: T, charges: [c151(3, ["g"], `điểm g khoản 3 Điều 151 ${BL}`)] } },
  // Mixed ages
  { name: "Điều 150 và 151 — one child and two adults: a charge under each article with its own victims", facts: plainCase({ victims: [child(), plainVictim(), plainVictim()] }), expect: { status: T, charges: [c150(2, ["đ"], `điểm đ khoản 2 Điều 150 ${BL}`), c151(1, ["a"], `điểm a khoản 1 Điều 151 ${BL}`)] } },
];

/** The expected outcome of an offender-age scenario: liability, and each charge's applicable bracket. @category classification @since 0.3.0 */
export interface OffenderAgeScenario {
  readonly name: string;
  readonly facts: CaseFactsInput;
  readonly expect: {
    readonly liability: "liable" | "not_liable";
    readonly charges: ReadonlyArray<{ readonly article: "150" | "151"; readonly clause: number; readonly min: number | null; readonly max: number; readonly life: boolean }>;
  };
}

const adultCase = (offenderAgeYears: number) => plainCase({ offenderAgeYears });
const childCaseWithLife = (offenderAgeYears: number) => plainCase({ offenderAgeYears, victims: [child()], circumstances: ["organised"] });
const capped = (article: "150" | "151", clause: number, max: number) => [{ article, clause, min: null, max, life: false }];

/**
 * The offender's age on both kinds of bracket: Art. 150(1) (5–10 years, no life) and Art. 151(3)
 * (18–20 years or life), at 13, 14, 15, 16 and 17 — Art. 12 (liability), Art. 91(5)/(6) (no life, no
 * additional penalty) and Art. 101 (12 or 18 years where life is provided; ½ or ¾ of a fixed term).
 * @category classification
 * @since 0.3.0
 */
export const offenderAgeScenarios: ReadonlyArray<OffenderAgeScenario> = [
  { name: "Điều 12 — người phạm tội 13 tuổi, khoản 1 Điều 150: hành vi vẫn là mua bán người, không có tội danh — aged 13, Art. 150(1): trafficking, not liable", facts: adultCase(13), expect: { liability: "not_liable", charges: [] } },
  { name: "Điều 12 — người phạm tội 13 tuổi, khoản 3 Điều 151: không có tội danh — aged 13, Art. 151(3): not liable", facts: childCaseWithLife(13), expect: { liability: "not_liable", charges: [] } },
  { name: "Khoản 2 Điều 101 — 14 tuổi, khoản 1 Điều 150 (5–10 năm): không quá 5 năm — aged 14, Art. 150(1): at most ½ × 10", facts: adultCase(14), expect: { liability: "liable", charges: capped("150", 1, 5) } },
  { name: "Khoản 2 Điều 101, khoản 5 Điều 91 — 14 tuổi, khoản 3 Điều 151 (tù chung thân): không quá 12 năm — aged 14, Art. 151(3): at most 12 years", facts: childCaseWithLife(14), expect: { liability: "liable", charges: capped("151", 3, 12) } },
  { name: "Khoản 2 Điều 101 — 15 tuổi, khoản 1 Điều 150: không quá 5 năm — aged 15, Art. 150(1): at most 5 years", facts: adultCase(15), expect: { liability: "liable", charges: capped("150", 1, 5) } },
  { name: "Khoản 2 Điều 101, khoản 5 Điều 91 — 15 tuổi, khoản 3 Điều 151: không quá 12 năm — aged 15, Art. 151(3): at most 12 years, never life", facts: childCaseWithLife(15), expect: { liability: "liable", charges: capped("151", 3, 12) } },
  { name: "Khoản 1 Điều 101 — 16 tuổi, khoản 1 Điều 150: không quá 7,5 năm — aged 16, Art. 150(1): at most ¾ × 10", facts: adultCase(16), expect: { liability: "liable", charges: capped("150", 1, 7.5) } },
  { name: "Khoản 1 Điều 101, khoản 5 Điều 91 — 16 tuổi, khoản 3 Điều 151: không quá 18 năm — aged 16, Art. 151(3): at most 18 years", facts: childCaseWithLife(16), expect: { liability: "liable", charges: capped("151", 3, 18) } },
  { name: "Khoản 1 Điều 101 — 17 tuổi, khoản 1 Điều 150: không quá 7,5 năm — aged 17, Art. 150(1): at most 7.5 years", facts: adultCase(17), expect: { liability: "liable", charges: capped("150", 1, 7.5) } },
  { name: "Khoản 1 Điều 101 — 17 tuổi, khoản 2 Điều 150 (8–15 năm): không quá 11,25 năm — aged 17, Art. 150(2): at most ¾ × 15", facts: plainCase({ offenderAgeYears: 17, circumstances: ["organised"] }), expect: { liability: "liable", charges: capped("150", 2, 11.25) } },
  { name: "Khoản 1 Điều 101, khoản 5 Điều 91 — 17 tuổi, khoản 3 Điều 151: không quá 18 năm — aged 17, Art. 151(3): at most 18 years", facts: childCaseWithLife(17), expect: { liability: "liable", charges: capped("151", 3, 18) } },
  { name: "Người phạm tội 18 tuổi, khoản 3 Điều 151: khung hình phạt của điều luật — aged 18, Art. 151(3): the statutory bracket", facts: childCaseWithLife(18), expect: { liability: "liable", charges: [{ article: "151", clause: 3, min: 18, max: 20, life: true }] } },
];
