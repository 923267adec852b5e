import { Result } from "effect";
import { instruments, type Instrument } from "../law/index.js";
import { isIsoDate } from "../prelude/date.js";
import { InvalidFacts } from "../prelude/errors.js";
import { issue, type Issue } from "../prelude/issue.js";
import { issueOf } from "./messages.js";
import type { ProvinceCouncil, ResolutionProvince } from "./provinces.js";
import { earliestEffectiveDate } from "./effective-date.js";
import { formatViDate } from "./render/common.js";

// A global of every runtime the package supports, declared here because the library compiles
// against the ES lib only.
declare function structuredClone<T>(value: T): T;
import { resolutionFieldLabel, type LegalBasis, type ResolutionArticle, type ResolutionDocument } from "./schema.js";

/** Options of {@link ngheAnAntiTraffickingTemplate}. @category resolution @since 0.1.0 */
export interface NgheAnTemplateOptions {
  /** Default `"24/2019/NQ-HĐND"` (the number reported for the adopted resolution; secondary source). */
  readonly number?: string;
  /** Default `"2019-12-12"` (12th session of the XVIIth council, as reported; secondary source). */
  readonly adoptedOn?: string;
  /** Default: the earliest date the effective-date rule allows (the adopted text's date is unknown). */
  readonly effectiveFrom?: string;
  /** Default `{ term: "XVII", session: 12 }`. */
  readonly term?: string;
  readonly session?: number;
  /** Default `"[Họ và tên]"`: a placeholder, the template names no one. */
  readonly signatory?: string;
  /**
   * Add the two closing articles of common practice, "Tổ chức thực hiện" and "Hiệu lực thi
   * hành" (Điều 7–8). Default `false`: six articles, one per measure.
   */
  readonly closingArticles?: boolean;
}

/** Whether `day` falls on or after an instrument's in-force date. */
const inForceOn = (id: keyof typeof instruments, day: string): boolean => {
  const i: Instrument = instruments[id];
  return i.effective !== undefined && i.effective <= day && (i.superseded === undefined || day < i.superseded);
};

const basesFor = (adoptedOn: string, unit: ProvinceCouncil["unit"] = "tỉnh", own: ReadonlyArray<LegalBasis> = []): LegalBasis[] => {
  const promulgation = inForceOn("64/2025/QH15", adoptedOn) ? "64/2025/QH15" : "80/2015/QH13";
  const trafficking = inForceOn("53/2024/QH15", adoptedOn) ? "53/2024/QH15" : "66/2011/QH12";
  const programme = inForceOn("33/QĐ-TTg", adoptedOn) ? "33/QĐ-TTg" : inForceOn("193/QĐ-TTg", adoptedOn) ? "193/QĐ-TTg" : undefined;
  return [
    { text: "Căn cứ Luật Tổ chức chính quyền địa phương" },
    { text: `Căn cứ Luật Ban hành văn bản quy phạm pháp luật số ${promulgation}`, citation: { instrument: promulgation } },
    { text: `Căn cứ Luật Phòng, chống mua bán người số ${trafficking}`, citation: { instrument: trafficking } },
    ...(programme === undefined
      ? []
      : [{ text: `Căn cứ ${instruments[programme].citeAs.vi} của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống mua bán người`, citation: { instrument: programme } }]),
    ...own,
    { text: `Xét Tờ trình số …/TTr-UBND của Ủy ban nhân dân ${unit}` },
    { text: `Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân ${unit} và ý kiến thảo luận của đại biểu Hội đồng nhân dân ${unit} tại kỳ họp` },
  ];
};

const MEASURES: ReadonlyArray<ResolutionArticle> = [
  {
    number: 1,
    title: "Nâng cao năng lực, hiệu quả lãnh đạo, chỉ đạo công tác phòng, chống mua bán người",
    clauses: [
      {
        number: 1,
        text: "Cấp ủy, chính quyền các cấp tăng cường lãnh đạo, chỉ đạo; xác định phòng, chống mua bán người là nhiệm vụ thường xuyên của cả hệ thống chính trị, huy động sự tham gia của các ngành, các cấp đến cơ sở.",
        points: [],
      },
      {
        number: 2,
        text: "Phân công rõ nhiệm vụ của từng cơ quan, đơn vị và trách nhiệm của người đứng đầu trong công tác phòng, chống mua bán người.",
        points: [],
        implements: ["plan.tasks"],
      },
      {
        number: 3,
        text: "Hằng năm, Ủy ban nhân dân tỉnh ban hành kế hoạch phòng, chống mua bán người với chỉ tiêu cụ thể; định kỳ sơ kết, tổng kết và báo cáo Hội đồng nhân dân tỉnh.",
        points: [],
        implements: ["kpi.targets"],
      },
    ],
  },
  {
    number: 2,
    title: "Đổi mới, đa dạng hóa công tác tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống mua bán người",
    clauses: [
      {
        number: 1,
        text: "Đổi mới nội dung, hình thức tuyên truyền phù hợp với từng đối tượng, lứa tuổi, phong tục, tập quán; ưu tiên vùng đồng bào dân tộc thiểu số, miền núi, biên giới và người có nguy cơ bị mua bán.",
        points: [],
        implements: ["support.priorityGroups"],
      },
      {
        number: 2,
        text: "Phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, cơ quan báo chí và hệ thống thông tin cơ sở trong tuyên truyền, nâng cao nhận thức, trách nhiệm của cán bộ và Nhân dân.",
        points: [],
      },
      {
        number: 3,
        text: "Tổ chức hưởng ứng Ngày toàn dân phòng, chống mua bán người 30 tháng 7 hằng năm.",
        points: [],
        implements: ["plan.campaigns"],
      },
    ],
  },
  {
    number: 3,
    title: "Thường xuyên rà soát, tham mưu hoàn thiện chính sách, pháp luật về phòng, chống mua bán người",
    clauses: [
      {
        number: 1,
        text: "Rà soát các chính sách, quy định của tỉnh về phòng, chống mua bán người; kịp thời đề xuất sửa đổi, bổ sung những quy định không còn phù hợp.",
        points: [],
      },
      {
        number: 2,
        text: "Tham mưu cơ chế huy động các nguồn lực và bố trí ngân sách địa phương cho công tác phòng, chống mua bán người và hỗ trợ nạn nhân.",
        points: [],
        implements: ["support.localRates"],
      },
      {
        number: 3,
        text: "Thực hiện các điều ước quốc tế mà Việt Nam là thành viên và các thỏa thuận hợp tác quốc tế về phòng, chống mua bán người.",
        points: [],
      },
    ],
  },
  {
    number: 4,
    title: "Tăng cường quản lý nhà nước về an ninh, trật tự, góp phần phòng ngừa tội phạm mua bán người",
    clauses: [
      {
        number: 1,
        text: "Tăng cường quản lý cư trú, xuất cảnh, nhập cảnh và người nước ngoài trên địa bàn, nhất là khu vực biên giới.",
        points: [],
      },
      {
        number: 2,
        text: "Tăng cường kiểm tra các cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự, các cơ sở môi giới hôn nhân, dịch vụ việc làm, tư vấn du học và đưa người lao động đi làm việc ở nước ngoài.",
        points: [],
      },
      {
        number: 3,
        text: "Tạo việc làm tại chỗ, không để người thuộc nhóm dễ bị tổn thương trở thành nạn nhân của tội phạm mua bán người.",
        points: [],
      },
    ],
  },
  {
    number: 5,
    title: "Đấu tranh quyết liệt nhằm kiềm chế, làm giảm tội phạm mua bán người",
    clauses: [
      {
        number: 1,
        text: "Phấn đấu hằng năm:",
        implements: ["kpi.targets"],
        points: [
          { letter: "a", text: "100% tố giác, tin báo về tội phạm, kiến nghị khởi tố liên quan đến mua bán người được tiếp nhận, phân loại;", implements: ["reports_classified"] },
          { letter: "b", text: "tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố đạt trên 90%;", implements: ["reports_resolved"] },
          { letter: "c", text: "tỷ lệ điều tra, khám phá các vụ án mua bán người đạt trên 90% tổng số án khởi tố;", implements: ["cases_solved"] },
          { letter: "d", text: "95% số vụ án mua bán người được giải quyết, truy tố;", implements: ["cases_indicted"] },
          { letter: "đ", text: "90% số vụ án mua bán người được giải quyết, xét xử.", implements: ["cases_tried"] },
        ],
      },
      {
        number: 2,
        text: "Mở các đợt cao điểm tấn công, trấn áp tội phạm mua bán người; phối hợp với lực lượng chức năng các nước có chung đường biên giới trong điều tra, truy bắt đối tượng và giải cứu nạn nhân.",
        points: [],
        implements: ["plan.campaigns", "figures.casesDetected", "figures.suspects"],
      },
      {
        number: 3,
        text: "Đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án mua bán người, bảo đảm nghiêm minh, đúng pháp luật.",
        points: [],
      },
    ],
  },
  {
    number: 6,
    title: "Quan tâm hỗ trợ nạn nhân bị mua bán trở về",
    clauses: [
      {
        number: 1,
        text: "Tiếp nhận, xác minh, xác định, giải cứu, bảo vệ và hỗ trợ nạn nhân kịp thời, hiệu quả, lấy nạn nhân làm trung tâm.",
        points: [],
        implements: ["figures.victimsIdentified", "figures.victimsRescued", "figures.victimsSupported"],
      },
      {
        number: 2,
        text: "Bố trí ngân sách địa phương chi hỗ trợ nạn nhân theo nội dung, mức chi do Hội đồng nhân dân tỉnh quy định.",
        points: [],
        implements: ["support.localRates"],
      },
      {
        number: 3,
        text: "Hỗ trợ học nghề, giới thiệu việc làm, vay vốn để nạn nhân ổn định cuộc sống và tái hòa nhập cộng đồng.",
        points: [],
        implements: ["figures.victimsSupported"],
      },
    ],
  },
];

/** "tỉnh" in a clause, for the council's unit ("thành phố" in a centrally-run city). */
const inUnit = (text: string, unit: ProvinceCouncil["unit"]): string => (unit === "tỉnh" ? text : text.replace(/(?<=\s)tỉnh(?=[\s,.;:]|$)/gu, unit));

const measuresFor = (unit: ProvinceCouncil["unit"]): ResolutionArticle[] =>
  MEASURES.map((a) => {
    const copy = structuredClone(a);
    return { ...copy, title: inUnit(copy.title, unit), clauses: copy.clauses.map((c) => ({ ...c, text: inUnit(c.text, unit), points: c.points.map((p) => ({ ...p, text: inUnit(p.text, unit) })) })) };
  });

/** Options of {@link antiTraffickingResolutionTemplate}. @category resolution @since 0.4.0 */
export interface ResolutionTemplateOptions {
  /** The resolution's number, e.g. `"12/2026/NQ-HĐND"`. */
  readonly number: string;
  /** Adoption date (YYYY-MM-DD). */
  readonly adoptedOn: string;
  readonly session: number;
  /** The council's term (khóa); default: the profile's term covering `adoptedOn`. */
  readonly term?: string;
  /** Default: the earliest date the effective-date rule allows. */
  readonly effectiveFrom?: string;
  /** Default: "Về một số giải pháp nâng cao hiệu quả công tác phòng, chống mua bán người trên địa bàn <unit> <name>". */
  readonly title?: string;
  /** Default `"[Họ và tên]"`: a placeholder, the template names no one. */
  readonly signatory?: string;
  /** Preamble lines citing the province's own instruments, placed after the national bases ("Căn cứ Kế hoạch số …"). */
  readonly legalBases?: ReadonlyArray<LegalBasis>;
  /** Add "Tổ chức thực hiện" and "Hiệu lực thi hành" (Điều 7–8). Default `false`. */
  readonly closingArticles?: boolean;
}

/**
 * A six-article template of a People's Council resolution on anti-trafficking measures for **any
 * province**, generated from its profile: the council's unit and name ("Hội đồng nhân dân thành
 * phố Đà Nẵng"), the place before the date, the term in force on the adoption date; one article
 * per measure (leadership; propaganda and education; policy review; state management of security
 * and order; the fight against trafficking; support for returning victims), as in
 * {@link ngheAnAntiTraffickingTemplate}.
 *
 * **Law** — the legal bases follow the adoption date (Law 80/2015 or 64/2025; Law 66/2011 or
 * 53/2024; Decision 193/QĐ-TTg or 33/QĐ-TTg), then the province's own lines; the default effective
 * date is the earliest the effective-date rule allows. The measures' wording is drafted from
 * Nghệ An's 2019 draft and Decision 193/QĐ-TTg: a **template** (`status: "template"`) to edit, not
 * an adopted text.
 *
 * **When to use** — to start a draft for a province package's profile; validate and render it with
 * the same `provinces` option so the province's own instruments are known and named.
 *
 * **Gotchas** — a profile that knows no term covering `adoptedOn` needs `term`; otherwise, like a
 * malformed date, the result is `InvalidFacts` naming the field.
 *
 * **Example**
 * ```ts
 * const doc = Result.getOrThrow(antiTraffickingResolutionTemplate(daNang, { number: "12/2026/NQ-HĐND", adoptedOn: "2026-12-10", session: 5, term: "XI" }))
 * validateResolution(doc, { provinces: [daNang] }).valid // true
 * renderResolution(doc, "text", { provinces: [daNang] }) // "HỘI ĐỒNG NHÂN DÂN" / "THÀNH PHỐ ĐÀ NẴNG" …
 * ```
 * @category resolution
 * @since 0.4.0
 */
export const antiTraffickingResolutionTemplate = (
  province: Pick<ResolutionProvince, "council">,
  options: ResolutionTemplateOptions,
): Result.Result<ResolutionDocument, InvalidFacts> => {
  const issues: Issue[] = [];
  const { unit, name, place, terms } = province.council;
  for (const field of ["adoptedOn", "effectiveFrom"] as const) {
    const v = options[field];
    if (v !== undefined && !isIsoDate(v)) issues.push(issue(field, "issue.invalid_format", { field: resolutionFieldLabel([field]), format: "date" }));
  }
  const sessionField = resolutionFieldLabel(["council", "session"]);
  if (!Number.isInteger(options.session)) issues.push(issue("session", "issue.invalid_type", { field: sessionField, expected: "int" }));
  else if (options.session < 1) issues.push(issue("session", "issue.too_small", { field: sessionField, origin: "number", minimum: 1, inclusive: true }));
  const term = options.term ?? terms.find((t) => isIsoDate(options.adoptedOn) && t.from <= options.adoptedOn && (t.to === undefined || options.adoptedOn <= t.to))?.term;
  if (term === undefined) issues.push(issueOf("term", "resolution.issue.unknown-term", { field: resolutionFieldLabel(["council", "term"]), date: options.adoptedOn }));
  if (issues.length > 0 || term === undefined) return Result.fail(new InvalidFacts({ issues }));
  const adoptedOn = options.adoptedOn;
  const effectiveFrom = options.effectiveFrom ?? earliestEffectiveDate(adoptedOn)?.earliest ?? adoptedOn;
  const session = options.session;
  const closing: ResolutionArticle[] =
    options.closingArticles === true
      ? [
          {
            number: 7,
            title: "Tổ chức thực hiện",
            clauses: [
              { number: 1, text: `Giao Ủy ban nhân dân ${unit} tổ chức thực hiện Nghị quyết này.`, points: [], implements: ["plan.tasks"] },
              {
                number: 2,
                text: `Thường trực Hội đồng nhân dân ${unit}, các Ban của Hội đồng nhân dân ${unit}, các Tổ đại biểu và đại biểu Hội đồng nhân dân ${unit} giám sát việc thực hiện Nghị quyết này.`,
                points: [],
              },
            ],
          },
          {
            number: 8,
            title: "Hiệu lực thi hành",
            text: `Nghị quyết này đã được Hội đồng nhân dân ${unit} ${name} khóa ${term}, kỳ họp thứ ${session} thông qua ${formatViDate(adoptedOn)} và có hiệu lực từ ${formatViDate(effectiveFrom)}./.`,
            clauses: [],
          },
        ]
      : [];
  return Result.succeed({
    number: options.number,
    council: { province: name, term, session },
    place,
    adoptedOn,
    effectiveFrom,
    title: options.title ?? `Về một số giải pháp nâng cao hiệu quả công tác phòng, chống mua bán người trên địa bàn ${unit} ${name}`,
    legalBases: basesFor(adoptedOn, unit, options.legalBases),
    articles: [...measuresFor(unit), ...closing],
    signature: { capacity: "TM. HỘI ĐỒNG NHÂN DÂN", title: "CHỦ TỊCH", name: options.signatory ?? "[Họ và tên]" },
    ...(options.closingArticles === true ? { adoptionSentence: "article" as const } : {}),
    status: "template",
  });
};

const NGHE_AN_COUNCIL: ProvinceCouncil = { unit: "tỉnh", name: "Nghệ An", place: "Nghệ An", terms: [] };

/**
 * A six-article template for a Nghệ An People's Council resolution on anti-trafficking
 * measures, one article per measure of the draft discussed by the provincial People's Committee:
 * leadership; propaganda and education; policy review; state management of
 * security and order; the fight against trafficking; support for returning victims.
 *
 * **Law** — the seed reports a 6-article draft and lists the six measures but gives **no
 * article-by-article text**; the adopted text (reported as Resolution 24/2019/NQ-HĐND) was not
 * read. This is therefore a **template** (`status: "template"`), with clause wording drafted
 * from the seeds (Plan 179/KH-UBND targets in Art. 5(1), Decision 193/QĐ-TTg wording; Dispatch
 * 6654/UBND-NC and document 5417-CV/TU for duties), not the adopted resolution.
 *
 * **When to use** — to start a draft in the admin; every provision that sets a target, amount
 * or duty carries `implements` (KPI ids `reports_classified` … `cases_tried`, figure keys
 * `figures.*`, province parameter keys such as `kpi.targets`, `support.localRates`), which
 * {@link linksOf} and {@link articlesImplementing} read in both directions.
 *
 * **Gotchas** — the legal bases follow the adoption date (Law 80/2015 or 64/2025; Law 66/2011
 * or 53/2024; Decision 193/QĐ-TTg or 33/QĐ-TTg). The default effective date is the earliest
 * the effective-date rule allows, not a known date. "…" in the Tờ trình line and "[Họ và
 * tên]" are placeholders to fill in.
 *
 * **Example**
 * ```ts
 * const doc = ngheAnAntiTraffickingTemplate({ number: "12/2026/NQ-HĐND", adoptedOn: "2026-12-10", term: "XIX", session: 5 })
 * validateResolution(doc).valid // true
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const ngheAnAntiTraffickingTemplate = (options: NgheAnTemplateOptions = {}): ResolutionDocument =>
  Result.getOrThrow(
    antiTraffickingResolutionTemplate(
      { council: NGHE_AN_COUNCIL },
      {
        number: options.number ?? "24/2019/NQ-HĐND",
        adoptedOn: options.adoptedOn ?? "2019-12-12",
        session: options.session ?? 12,
        term: options.term ?? "XVII",
        ...(options.effectiveFrom === undefined ? {} : { effectiveFrom: options.effectiveFrom }),
        ...(options.signatory === undefined ? {} : { signatory: options.signatory }),
        ...(options.closingArticles === undefined ? {} : { closingArticles: options.closingArticles }),
      },
    ),
  );
