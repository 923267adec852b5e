import { defineProvince, type LocalInstrument, type ProvinceProfile, type ProvinceSpec } from "@ctip-vn/domain/province";
import { isoDate, type Citation, type Label } from "@ctip-vn/domain";
import { Result } from "effect";
import { version } from "../package.json";

const d = isoDate;

/**
 * Hải Phòng Plan 77/KH-BCĐ799 (2024) for the World Day against Trafficking in Persons and the
 * National Day (30 July) [seed 001, machine translation of haiphong.gov.vn]. The seed gives the
 * year but not the day of signature, so the plan is dated to calendar year 2024 [M].
 * @category province
 * @since 0.1.0
 */
export const plan77: Citation = {
  instrument: "hai-phong:77/KH-BCĐ799",
  effective: { from: d("2024-01-01"), to: d("2024-12-31") },
  confidence: "unverified",
  note: "Seed 001 (haiphong.gov.vn, French machine translation): plan of 2024; day and month of signature not in the seed, so its period is taken as the year 2024 [M]. Issuer: the seed says the City People's Committee; the code BCĐ799 denotes a city Steering Committee [M].",
};

/**
 * Hải Phòng's own instrument, declared here rather than in the national registry. The seed gives
 * the year 2024 only: no issue or effective date is recorded.
 * @category province
 * @since 0.2.0
 */
export const plan77Instrument: LocalInstrument = {
  id: "hai-phong:77/KH-BCĐ799",
  number: "77/KH-BCĐ799",
  kind: "provincial_plan",
  title: {
    vi: "Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Thế giới và Ngày toàn dân phòng, chống mua bán người 30/7 năm 2024",
    en: "Plan for the 2024 World Day and National Day (30 July) against trafficking in persons",
  },
  citeAs: { vi: "Kế hoạch số 77/KH-BCĐ799 năm 2024 (Hải Phòng)", en: "Hải Phòng Plan No. 77/KH-BCĐ799 (2024)" },
  issuer: { vi: "Ban Chỉ đạo 799 thành phố Hải Phòng", en: "Hải Phòng City Steering Committee 799" },
  confidence: "secondary",
  note: "Seed 001 (haiphong.gov.vn, machine translation): no numeric targets; day and month of signature not given.",
};

/** The 2024 theme of Plan 77/KH-BCĐ799. @category province @since 0.1.0 */
export const theme2024: Label = {
  vi: "Không để trẻ em nào bị bỏ lại phía sau trong cuộc chiến chống mua bán người",
  en: "No child is left behind in the fight against human trafficking",
};

const task = (vi: string, en: string): Label => ({ vi, en });

/**
 * The Hải Phòng profile as passed to `defineProvince`.
 *
 * **Law** — Plan 77/KH-BCĐ799 [seed 001]: focus on trafficking in persons under 16 (Art. 151 BLHS),
 * child victims prioritised by the Department of Labour and district People's Committees; 30 July
 * 2024 activities; departmental tasks. No numeric targets, campaign dates or local support amounts
 * are in the seed, so none are set.
 * @category province
 * @since 0.1.0
 */
export const haiPhongSpec: ProvinceSpec = {
  // No `kpi.targets`: Plan 77/KH-BCĐ799 sets none, so Decision 193/QĐ-TTg's targets judge Hải Phòng.
  id: "hai-phong",
  version,
  name: { vi: "Thành phố Hải Phòng", en: "Hải Phòng city" },
  keyLocality: null,
  instruments: [plan77Instrument],
  overrides: {
    "support.priorityGroups": [
      {
        id: "children-under-16",
        label: { vi: "Trẻ em dưới 16 tuổi bị mua bán (ưu tiên hỗ trợ)", en: "Child victims under 16 (support priority)" },
        criterion: { kind: "age_under", years: 16 },
        period: { from: d("2024-01-01"), to: d("2024-12-31") },
        basis: [plan77],
      },
    ],
    "plan.campaigns": [
      {
        id: "world-day-2024",
        label: { vi: "Hưởng ứng Ngày Thế giới và Ngày toàn dân phòng, chống mua bán người 30/7/2024", en: "World Day and National Day against trafficking, 30 July 2024" },
        period: null,
        keyDays: [d("2024-07-30")],
        unknownReason: { vi: "Kế hoạch không nêu ngày bắt đầu, kết thúc của các hoạt động", en: "The plan gives no start or end date for the activities" },
        basis: [plan77],
      },
      {
        id: "border-guard-peak-2024",
        label: { vi: "Đợt cao điểm của Bộ đội Biên phòng thành phố trên địa bàn được giao", en: "City Border Guard peak campaign in assigned areas" },
        period: null,
        keyDays: [],
        unknownReason: { vi: "Ngày của đợt cao điểm không có trong nguồn", en: "The campaign's dates are not in the source" },
        basis: [plan77],
      },
    ],
    "plan.tasks": [
      {
        agency: { vi: "Công an thành phố", en: "City Police" },
        tasks: [
          task("Phòng ngừa sớm, từ xa, từ cơ sở; điều tra các đường dây mua bán người", "Early, remote and grassroots prevention; investigate trafficking rings"),
          task("Tuyên truyền, nhất là trên mạng xã hội; kiểm tra các cơ sở kinh doanh có điều kiện", "Propaganda, especially on social platforms; inspect conditional businesses"),
          task("Quản lý xuất nhập cảnh, người nước ngoài; phối hợp với công an các tỉnh giáp Trung Quốc, Lào, Campuchia", "Immigration and foreigner management; coordinate with police of provinces bordering China, Laos, Cambodia"),
        ],
        basis: [plan77],
      },
      {
        agency: { vi: "Bộ Chỉ huy Bộ đội Biên phòng thành phố", en: "City Border Guard Command" },
        tasks: [task("Mở đợt cao điểm trên địa bàn được giao; tuần tra; phối hợp xác minh người nghi là nạn nhân", "Launch a peak campaign in assigned areas; patrols; joint verification of suspected victims")],
        basis: [plan77],
      },
      {
        agency: { vi: "Sở Lao động – Thương binh và Xã hội", en: "Department of Labour, War Invalids and Social Affairs" },
        tasks: [
          task("Hỗ trợ nạn nhân, nhất là trẻ em", "Support victims, especially children"),
          task("Kiểm tra các tổ chức môi giới, giới thiệu việc làm, đưa người lao động đi làm việc ở nước ngoài và tuyển dụng lao động nước ngoài", "Inspect labour brokers, job-placement agencies, overseas-labour senders and recruiters of foreign workers"),
        ],
        basis: [plan77],
      },
      {
        agency: { vi: "Sở Ngoại vụ", en: "Department of Foreign Affairs" },
        tasks: [task("Giải cứu, bảo vệ, hỗ trợ và hồi hương công dân Hải Phòng bị mua bán ra nước ngoài; đường dây nóng với lực lượng thực thi pháp luật nước ngoài", "Rescue, protect, support and repatriate Hải Phòng citizens trafficked abroad; hotlines with foreign law-enforcement counterparts")],
        basis: [plan77],
      },
      {
        agency: { vi: "Sở Giáo dục và Đào tạo", en: "Department of Education and Training" },
        tasks: [task("Giáo dục pháp luật ngoại khóa theo cấp học, lứa tuổi", "Extra-curricular legal education by school level and age")],
        basis: [plan77],
      },
      {
        agency: { vi: "Ủy ban nhân dân các quận, huyện", en: "District People's Committees" },
        tasks: [task("Quản lý nhà nước tại địa bàn có nguy cơ; hỗ trợ nạn nhân tái hòa nhập cộng đồng, ưu tiên trẻ em", "State management of at-risk areas; victims' reintegration, children first")],
        basis: [plan77],
      },
    ],
  },
};

/**
 * The checked Hải Phòng profile, with its override manifest.
 *
 * **When to use** — `assessEligibility({ ..., province: "hai-phong" }, { provinces: [haiPhong] })`.
 *
 * **Gotchas** — the under-16 priority applies to decisions dated in 2024 (the plan's year) and
 * only when the age is known; it flags priority, it never changes a status. No local amounts.
 *
 * **Example**
 * ```ts
 * assessEligibility({ asOf: "2024-08-01", province: "hai-phong", person: { ..., ageYears: 14 } }, { provinces: [haiPhong] })
 * // priority: [{ group: "children-under-16", basis: [77/KH-BCĐ799] }]
 * ```
 * @category province
 * @since 0.1.0
 */
export const haiPhong: ProvinceProfile = Result.getOrThrow(defineProvince(haiPhongSpec));
