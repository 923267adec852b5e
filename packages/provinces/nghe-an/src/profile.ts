import { defineProvince, type LocalInstrument, type ProvinceProfile, type ProvinceSpec } from "@ctip-vn/domain/province";
import { isoDate, percent, type Citation, type Label, type Version } from "@ctip-vn/domain";
import type { KpiTarget, KpiTargetSet } from "@ctip-vn/domain/kpi";
import { Result } from "effect";
import { version } from "../package.json";

const d = isoDate;

/**
 * Nghệ An Resolution 04/2020/NQ-HĐND of 22/07/2020, in force 01/08/2020 (VBPL-NA04, [V]):
 * "spending contents and levels for victim-support work and the support regimes for victims of
 * trafficking in Nghệ An". Its body was not readable, so no article is cited and every amount is
 * an explicit unknown.
 * @category province
 * @since 0.1.0
 */
export const resolution04_2020: Citation = {
  instrument: "nghe-an:04/2020/NQ-HĐND",
  effective: { from: d("2020-08-01") },
  confidence: "unverified",
  note: "Resolution number, date and in-force date verified (vbpl.vn status box); the items it prices are inferred from its title and Circular 84/2019/TT-BTC (meals, travel-day meals, initial hardship allowance) — body not read.",
};

const NGHE_AN_PPC: Label = { vi: "Ủy ban nhân dân tỉnh Nghệ An", en: "Nghệ An Provincial People's Committee" };
const NGHE_AN_COUNCIL: Label = { vi: "Hội đồng nhân dân tỉnh Nghệ An", en: "Nghệ An Provincial People's Council" };

/**
 * Nghệ An's People's Council resolutions the profile cites: Resolution 24/2019/NQ-HĐND (anti-
 * trafficking measures) and Resolution 04/2020/NQ-HĐND (victim-support spending). They are
 * declared here, in the province's package, not in the national registry.
 * @category province
 * @since 0.3.0
 */
export const ngheAnResolutions: ReadonlyArray<LocalInstrument> = [
  {
    id: "nghe-an:24/2019/NQ-HĐND",
    number: "24/2019/NQ-HĐND",
    kind: "council_resolution",
    title: {
      vi: "Nghị quyết về một số giải pháp nâng cao hiệu quả công tác phòng, chống mua bán người trên địa bàn tỉnh Nghệ An",
      en: "Resolution on measures to improve the effectiveness of preventing and combating human trafficking in Nghệ An",
      fr: "Résolution sur des mesures pour améliorer l'efficacité de la lutte contre la traite à Nghệ An",
    },
    citeAs: { vi: "Nghị quyết số 24/2019/NQ-HĐND của HĐND tỉnh Nghệ An", en: "Nghệ An Resolution No. 24/2019/NQ-HĐND", fr: "Résolution n° 24/2019/NQ-HĐND (Nghệ An)" },
    issuer: NGHE_AN_COUNCIL,
    issued: d("2019-12-24"),
    effective: d("2020-01-03"),
    confidence: "secondary",
    note: "Reported as dated 24/12/2019 while the session that passed it is reported on 12/12/2019. Stated in-force date not found (searched): 03/01/2020 is the earliest lawful day (signing + 10 days, Law 80/2015 Art. 151(1)) — a lower bound, unverified.",
  },
  {
    id: "nghe-an:04/2020/NQ-HĐND",
    number: "04/2020/NQ-HĐND",
    kind: "council_resolution",
    title: {
      vi: "Nghị quyết quy định một số nội dung, mức chi cho công tác hỗ trợ nạn nhân và chế độ hỗ trợ nạn nhân của tội phạm mua bán người trên địa bàn tỉnh Nghệ An",
      en: "Resolution setting certain spending contents and levels for victim-support work and the support regimes for victims of trafficking crimes in Nghệ An",
      fr: "Résolution sur les dépenses d'aide aux victimes de la traite à Nghệ An",
    },
    citeAs: { vi: "Nghị quyết số 04/2020/NQ-HĐND ngày 22/07/2020 của HĐND tỉnh Nghệ An", en: "Nghệ An Resolution No. 04/2020/NQ-HĐND of 22 July 2020", fr: "Résolution n° 04/2020/NQ-HĐND du 22 juillet 2020 (Nghệ An)" },
    issuer: NGHE_AN_COUNCIL,
    issued: d("2020-07-22"),
    effective: d("2020-08-01"),
    confidence: "verified",
    note: "Number, place, dates and legal bases verified (vbpl.vn status box and preamble); the Vietnamese title is rendered from the verified gloss; amounts unknown; status after 01/07/2025 unknown.",
  },
];

/**
 * Nghệ An's own plans and dispatches, declared here (one source: the national registry holds
 * national instruments only; the council resolutions are in {@link ngheAnResolutions}).
 *
 * **Law** — Plan 173/KH-UBND of 05/04/2021 (2021–2025 programme in Nghệ An) [seed 002; S:
 * thuviennhadat.vn, Plan 276/KH-UBND of 14/05/2021 cites it]; Plan 179/KH-UBND of 16/03/2022 (2022
 * plan, KPIs, peak campaign) [seed 003]; Dispatch 6654/UBND-NC of 10/08/2023 [seed 002]. A PPC plan
 * takes effect on issue (not a normative document): effective = issued.
 * @category province
 * @since 0.2.0
 */
export const ngheAnInstruments: ReadonlyArray<LocalInstrument> = [
  {
    id: "nghe-an:173/KH-UBND",
    number: "173/KH-UBND",
    kind: "provincial_plan",
    title: { vi: "Kế hoạch triển khai thực hiện Chương trình phòng, chống tội phạm mua bán người giai đoạn 2021–2025 và định hướng đến năm 2030 trên địa bàn tỉnh Nghệ An", en: "Plan implementing the 2021–2025 anti-trafficking programme in Nghệ An" },
    citeAs: { vi: "Kế hoạch số 173/KH-UBND ngày 05/04/2021 của UBND tỉnh Nghệ An", en: "Nghệ An Plan No. 173/KH-UBND of 5 April 2021" },
    issuer: NGHE_AN_PPC,
    issued: d("2021-04-05"),
    effective: d("2021-04-05"),
    confidence: "secondary",
    note: "Title as cited in Nghệ An Plan 276/KH-UBND of 14/05/2021 (thuviennhadat.vn) [S]; its targets were not read.",
  },
  {
    id: "nghe-an:179/KH-UBND",
    number: "179/KH-UBND",
    kind: "provincial_plan",
    title: { vi: "Kế hoạch thực hiện công tác phòng, chống mua bán người năm 2022 trên địa bàn tỉnh Nghệ An", en: "Plan for anti-trafficking work in Nghệ An in 2022" },
    citeAs: { vi: "Kế hoạch số 179/KH-UBND ngày 16/03/2022 của UBND tỉnh Nghệ An", en: "Nghệ An Plan No. 179/KH-UBND of 16 March 2022" },
    issuer: NGHE_AN_PPC,
    issued: d("2022-03-16"),
    effective: d("2022-03-16"),
    confidence: "secondary",
    note: "Seed 003 (Baonghean.vn, English); the title is a description, the exact title is unverified.",
  },
  {
    id: "nghe-an:6654/UBND-NC",
    number: "6654/UBND-NC",
    kind: "provincial_dispatch",
    title: { vi: "Công văn số 6654/UBND-NC về tăng cường công tác phòng, chống mua bán người", en: "Official Dispatch 6654/UBND-NC on strengthening anti-trafficking work" },
    citeAs: { vi: "Công văn số 6654/UBND-NC ngày 10/08/2023 của UBND tỉnh Nghệ An", en: "Nghệ An Official Dispatch 6654/UBND-NC of 10 August 2023" },
    issuer: NGHE_AN_PPC,
    issued: d("2023-08-10"),
    effective: d("2023-08-10"),
    confidence: "secondary",
  },
];

/**
 * Nghệ An Plan 179/KH-UBND of 16/03/2022, in force from its issue date (seed 003, Baonghean.vn)
 * [S]. A plan has parts, not articles: no article is cited.
 * @category province
 * @since 0.1.0
 */
export const plan179: Citation = {
  instrument: "nghe-an:179/KH-UBND",
  effective: { from: d("2022-03-16"), to: d("2022-12-31") },
  confidence: "secondary",
  source: "Seed 003 (Baonghean.vn, English report of the plan); the plan's text was not read",
  note: "Targets worded as Decision 193/QĐ-TTg's (kpi.md §2). In force from issue, 16/03/2022; its period ends with the plan year, 31/12/2022 [M].",
};

/** Nghệ An Official Dispatch 6654/UBND-NC of 10/08/2023 (seed 002) [S]. @category province @since 0.1.0 */
export const dispatch6654: Citation = {
  instrument: "nghe-an:6654/UBND-NC",
  effective: { from: d("2023-08-10") },
  confidence: "secondary",
  note: "Seed 002 (Baonghean.vn): task assignments; reports the first-half 2023 figures (cases, suspects, victims rescued) without targets.",
};

/**
 * Nghệ An Resolution 24/2019/NQ-HĐND (24/12/2019; session 12/12/2019) [S]. Its stated in-force
 * date was not found (searched); it is dated from the earliest day a provincial council resolution
 * signed on 24/12/2019 can take effect — 10 days after signing (Law 80/2015/QH13 Art. 151(1) [S]),
 * i.e. 03/01/2020 — never from the signing date.
 * @category province
 * @since 0.1.0
 */
export const resolution24_2019: Citation = {
  instrument: "nghe-an:24/2019/NQ-HĐND",
  effective: { from: d("2020-01-03") },
  confidence: "unverified",
  note: "Dated 24/12/2019 (infonet) while the session is reported on 12/12/2019 (plo.vn); stated in-force date not found — dated from the earliest lawful day (signing + 10 days, Law 80/2015 Art. 151(1)), a lower bound.",
};

const UNKNOWN_LOCAL: Label = {
  vi: "Mức chi do Nghị quyết 04/2020/NQ-HĐND tỉnh Nghệ An quy định; nội dung nghị quyết chưa đọc được nên chưa có con số",
  en: "Level set by Nghệ An Resolution 04/2020/NQ-HĐND; the resolution's body was not readable, so no figure is known",
};

// Plan 179 is the 2022 plan: its targets and groups are dated to the end of 2022 [M: end date from the plan year].
const PLAN_179_PERIOD = { from: d("2022-03-16"), to: d("2022-12-31") };

const OVER = (p: number): Label => ({ vi: `trên ${p}%`, en: `over ${p}%`, fr: `plus de ${p} %` });
const BARE = (p: number): Label => ({ vi: `${p}%`, en: `${p}%`, fr: `${p} %` });
const target = (op: KpiTarget["op"], p: number, wording: Label, confidence: KpiTarget["confidence"] = "secondary"): KpiTarget => ({
  op,
  value: percent(p),
  wording,
  basis: [confidence === "secondary" ? plan179 : { ...plan179, note: `${plan179.note ?? ""} A bare "${p}%" (no "trên") is read as "at least" — convention [M].` }],
  confidence,
});

/**
 * Plan 179/KH-UBND's KPI targets, one dated version from the plan's issue date (16/03/2022, not
 * 01/01/2022) to the end of the plan year.
 *
 * **Law** — the plan words K1–K5 as Decision 193/QĐ-TTg does [seed 003; kpi.md §2]: "100%" of
 * reports received and classified (all of them: ≥ 100%, which for a rate is = 100%), resolution
 * rate "trên 90%" (> 90%), investigation and discovery "trên 90%" of cases initiated (> 90%), "95%"
 * of cases each year indicted and "90%" tried (≥, convention for a bare percentage [M]). No target
 * is stricter than the national one: `evaluateKpis` cites the plan beside Decision 193/QĐ-TTg for a
 * period within 16/03–31/12/2022, and Decision 193 alone otherwise.
 * @category province
 * @since 0.2.0
 */
export const plan179Targets: ReadonlyArray<Version<KpiTargetSet>> = [
  {
    from: d("2022-03-16"),
    to: d("2022-12-31"),
    basis: [plan179],
    value: {
      reports_classified: target("gte", 100, BARE(100)),
      reports_resolved: target("gt", 90, OVER(90)),
      cases_solved: target("gt", 90, OVER(90)),
      cases_indicted: target("gte", 95, BARE(95), "unverified"),
      cases_tried: target("gte", 90, BARE(90), "unverified"),
    },
  },
];

/**
 * The measures of the draft HĐND resolution "on a number of solutions to improve the effectiveness
 * of preventing and combating human trafficking" (seed 000, PPC meeting of 4 November, 2019 [M]),
 * adopted as Resolution 24/2019/NQ-HĐND. The draft had 6 articles; the seed does not map the
 * measures to articles, so none is cited.
 * @category province
 * @since 0.1.0
 */
export const draftResolutionMeasures: ReadonlyArray<{ readonly label: Label; readonly basis: Citation }> = [
  { vi: "Nâng cao năng lực, hiệu quả lãnh đạo, chỉ đạo", en: "Improve the capacity and effectiveness of leadership and direction" },
  { vi: "Đổi mới, đa dạng hóa tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống mua bán người", en: "Innovate and diversify propaganda and legal education on anti-trafficking" },
  { vi: "Thường xuyên rà soát, tham mưu chính sách, pháp luật về phòng, chống mua bán người", en: "Regularly review and advise on anti-trafficking policies and laws" },
  { vi: "Tăng cường quản lý nhà nước về an ninh, trật tự", en: "Strengthen state management of security and order" },
  { vi: "Kiên quyết đấu tranh, kiềm chế, làm giảm tội phạm mua bán người", en: "Resolutely fight to contain and reduce trafficking crimes" },
  { vi: "Quan tâm hỗ trợ nạn nhân trở về", en: "Attend to supporting returning victims" },
].map((label) => ({ label, basis: resolution24_2019 }));

/**
 * The Nghệ An profile as passed to `defineProvince`.
 *
 * **Law** — local rates: Resolution 04/2020/NQ-HĐND (old regime, Law 66/2011 + Decree 09/2013 +
 * Circular 84/2019), amounts unknown; KPI targets and the 01/07–30/09/2022 peak campaign: Plan
 * 179/KH-UBND [seed 003]; target groups: Plan 179 [seed 003]; tasks: Dispatch 6654/UBND-NC
 * [seed 002]. Nghệ An is a key locality (địa phương trọng điểm) [seed 000, 004].
 * @category province
 * @since 0.1.0
 */
export const ngheAnSpec: ProvinceSpec = {
  id: "nghe-an",
  version,
  name: { vi: "Tỉnh Nghệ An", en: "Nghệ An province" },
  keyLocality: true,
  instruments: [...ngheAnResolutions, ...ngheAnInstruments],
  overrides: {
    "support.localRates": (["meals_at_facility", "travel_day_meals", "initial_hardship_allowance"] as const).map((item) => ({
      law: "66/2011/QH12" as const,
      item,
      versions: [{ from: d("2020-08-01"), value: { kind: "unknown" as const, reason: UNKNOWN_LOCAL }, basis: [resolution04_2020] }],
    })),
    "kpi.targets": plan179Targets,
    "plan.campaigns": [
      {
        id: "peak-2022",
        label: { vi: "Đợt cao điểm tấn công, trấn áp tội phạm mua bán người trên địa bàn tỉnh", en: "Province-wide peak campaign against trafficking crimes" },
        period: { from: d("2022-07-01"), to: d("2022-09-30") },
        keyDays: [],
        basis: [plan179],
      },
    ],
    "support.priorityGroups": [
      { id: "ethnic-minority-mountainous", label: { vi: "Đồng bào dân tộc thiểu số, vùng sâu, vùng xa, miền núi", en: "Ethnic minorities in remote and mountainous areas" }, criterion: { kind: "described" }, period: PLAN_179_PERIOD, basis: [plan179] },
      { id: "covid-affected-workers", label: { vi: "Người lao động bị ảnh hưởng bởi dịch COVID-19", en: "Workers affected by COVID-19" }, criterion: { kind: "described" }, period: PLAN_179_PERIOD, basis: [plan179] },
    ],
    "plan.tasks": [
      { agency: { vi: "Công an tỉnh, Bộ đội Biên phòng tỉnh", en: "Provincial Police and Border Guard" }, tasks: [{ vi: "Mở các đợt cao điểm tấn công; tiếp nhận, xử lý tố giác, tin báo về tội phạm", en: "Run peak attack periods; receive and handle denunciations and crime reports" }], basis: [dispatch6654] },
      { agency: { vi: "Cơ quan điều tra, Viện kiểm sát, Tòa án", en: "Investigation agencies, Procuracy, Courts" }, tasks: [{ vi: "Đẩy nhanh điều tra, truy tố, xét xử nghiêm minh", en: "Speed up investigation, prosecution and strict trial" }], basis: [dispatch6654] },
      { agency: { vi: "Sở Lao động – Thương binh và Xã hội, Ủy ban nhân dân cấp huyện", en: "Department of Labour, War Invalids and Social Affairs; district People's Committees" }, tasks: [{ vi: "Giải quyết việc làm; bố trí kinh phí phòng, chống mua bán người và hỗ trợ nạn nhân trở về; huy động nguồn lực khác", en: "Jobs; budget for anti-trafficking and for supporting returning victims; mobilise other resources" }], basis: [dispatch6654] },
    ],
  },
};

/**
 * The checked Nghệ An profile, with its override manifest.
 *
 * **When to use** — `assessEligibility({ ..., province: "nghe-an" }, { provinces: [ngheAn] })`.
 *
 * **Gotchas** — the local rates affect only old-regime (Law 66/2011) items: Resolution 04/2020 rests
 * on Decree 09/2013 and Circular 84/2019, and whether it still applies after 01/07/2025 is unknown
 * [M]; they reach persons identified before 01/07/2025. Every amount stays `unknown`.
 *
 * **Example**
 * ```ts
 * assessEligibility({ asOf: "2024-05-01", province: "nghe-an", person: { ... } }, { provinces: [ngheAn] })
 * // essential_needs_and_travel → items meals_at_facility / travel_day_meals: source "provincial", amount unknown, basis cites 04/2020/NQ-HĐND
 * ```
 * @category province
 * @since 0.1.0
 */
export const ngheAn: ProvinceProfile = Result.getOrThrow(defineProvince(ngheAnSpec));
