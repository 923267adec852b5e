import * as fc from "fast-check";
import { instruments, isInstrumentId, type Instrument } from "../law/index.js";
import { addDays, fromParts, daysInMonth } from "../prelude/date.js";
import { POINT_LETTERS } from "../prelude/point-letter.js";
import { adoptionSentence, toRoman } from "../resolution/index.js";
import type {
  LegalBasis, ResolutionArticle, ResolutionChapter, ResolutionClause, ResolutionDocument, ResolutionPoint,
} from "../resolution/index.js";

const WORDS = [
  "tăng", "cường", "công", "tác", "phòng", "chống", "mua", "bán", "người", "nạn", "nhân", "hỗ", "trợ", "tuyên",
  "truyền", "pháp", "luật", "địa", "bàn", "tỉnh", "Nhân", "dân", "Ủy", "ban", "quản", "lý", "nhà", "nước", "đấu",
  "tranh", "tội", "phạm", "biên", "giới", "đồng", "bào", "dân", "tộc", "thiểu", "số", "việc", "làm", "học", "nghề",
  "kiểm", "tra", "giám", "sát", "ngân", "sách", "đường", "dây", "khởi", "tố", "điều", "tra", "xét", "xử", "90%",
  "(trên", "cơ", "sở)", "Hội", "đồng", "“xã", "hội”", "<b>", "&", "1.000", "đồng/ngày",
] as const;

const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((ws) => ws.join(" "));

/**
 * A sentence that ends with a full stop: usually lower-case words, sometimes a common clause
 * that opens like the adoption sentence ("Nghị quyết này đã được …") without being one.
 */
const sentence = fc.oneof(
  { weight: 6, arbitrary: words(2, 12).map((s) => `${s}.`) },
  { weight: 1, arbitrary: fc.constantFrom("Nghị quyết này đã được sửa đổi, bổ sung.", "Nghị quyết này đã được Hội đồng nhân dân tỉnh giám sát việc thực hiện.") },
);

/**
 * Text of a provision: one line, or several paragraphs each ending with a full stop. Never
 * starts like a clause ("1."), a point ("a)") or an article, so it survives the text round trip.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryProvisionText: fc.Arbitrary<string> = fc.oneof(
  words(1, 14),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ps) => ps.join("\n")),
);

/**
 * Points lettered in the Vietnamese order a, b, c, d, đ, e, g … (up to `max`, at most 23).
 * @category testing
 * @since 0.1.0
 */
export const arbitraryPoints = (max = 7): fc.Arbitrary<ResolutionPoint[]> =>
  fc
    .array(arbitraryProvisionText, { minLength: 0, maxLength: Math.min(max, POINT_LETTERS.length) })
    .map((texts) => texts.map((text, i) => ({ letter: POINT_LETTERS[i] ?? "a", text })));

/** Clauses numbered 1, 2, 3 …, each non-empty. @category testing @since 0.1.0 */
export const arbitraryClauses = (max = 4): fc.Arbitrary<ResolutionClause[]> =>
  fc
    .array(fc.tuple(arbitraryProvisionText, arbitraryPoints(), fc.boolean()), { minLength: 0, maxLength: max })
    .map((cs) => cs.map(([text, points, leadIn], i) => ({ number: i + 1, text: leadIn && points.length > 0 ? `${text}:` : text, points })));

/**
 * Articles numbered from `from`, each titled and non-empty (a lead-in text, clauses, or both);
 * an article's own text starts with a capital, as in real resolutions.
 * @category testing
 * @since 0.1.0
 */
export const arbitraryArticles = (from = 1, min = 1, max = 5): fc.Arbitrary<ResolutionArticle[]> =>
  fc
    .array(fc.record({ title: words(1, 10), text: fc.option(arbitraryProvisionText, { nil: undefined }), clauses: arbitraryClauses() }), {
      minLength: min,
      maxLength: max,
    })
    .map((as) =>
      as.map(({ title, text, clauses }, i) => {
        const base = { number: from + i, title: title.charAt(0).toLocaleUpperCase("vi") + title.slice(1), clauses };
        if (text !== undefined) return { ...base, text: text.charAt(0).toLocaleUpperCase("vi") + text.slice(1) };
        return clauses.length > 0 ? base : { ...base, text: "Thi hành" };
      }),
    );

const PROVINCES = ["Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Điện Biên", "Lào Cai", "Quảng Trị", "Hải Phòng", "Hà Nội", "Cần Thơ", "An Giang"] as const;
const NAMES = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Quang Đạo", "Phạm Thị Hương", "Hồ Đức Việt"] as const;

const BASES: ReadonlyArray<LegalBasis> = [
  { text: "Căn cứ Luật Tổ chức chính quyền địa phương" },
  { text: "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15", citation: { instrument: "64/2025/QH15" } },
  { text: "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13", citation: { instrument: "80/2015/QH13" } },
  { text: "Căn cứ Luật Phòng, chống mua bán người số 53/2024/QH15", citation: { instrument: "53/2024/QH15" } },
  { text: "Căn cứ Bộ luật Hình sự số 100/2015/QH13", citation: { instrument: "100/2015/QH13" } },
  { text: "Xét Tờ trình số 123/TTr-UBND của Ủy ban nhân dân tỉnh" },
  { text: "Báo cáo thẩm tra của Ban Pháp chế và ý kiến thảo luận của đại biểu tại kỳ họp" },
];

/** Whether a registered instrument exists and is still in force on `day`. */
const citable = (b: LegalBasis, day: string): boolean => {
  if (b.citation === undefined || !isInstrumentId(b.citation.instrument)) return true;
  const i: Instrument = instruments[b.citation.instrument];
  return (i.issued === undefined || i.issued <= day) && (i.superseded === undefined || day < i.superseded);
};

/**
 * Arbitrary, **valid** People's Council resolutions: consecutive articles (flat or in chapters
 * I, II …), clauses and Vietnamese point letters, "Căn cứ" legal bases (each cited instrument
 * in force on the adoption date) before "Xét", a well-formed number of the adoption year (or,
 * for a non-normative resolution, `<n>/NQ-HĐND`) and an effective date at least 10 days after
 * adoption. The adoption sentence is a closing paragraph or, in some flat documents, the text
 * of a last "Hiệu lực thi hành" article (`adoptionSentence: "article"`); provision texts
 * sometimes contain "Nghị quyết này đã được …" clauses. Texts carry diacritics, quotes and
 * markup characters, and survive the text round trip (no metadata such as `implements`).
 *
 * **Example**
 * ```ts
 * fc.assert(fc.property(arbitraryResolution(), (doc) => validateResolution(doc).valid))
 * ```
 * @category testing
 * @since 0.1.0
 */
export const arbitraryResolution = (options: { readonly chapters?: boolean } = {}): fc.Arbitrary<ResolutionDocument> => {
  const body: fc.Arbitrary<Pick<ResolutionDocument, "articles" | "chapters">> =
    options.chapters === true
      ? fc.array(fc.tuple(words(1, 6), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 3 }).chain((chs) =>
          arbitraryArticles(1, chs.reduce((n, [, k]) => n + k, 0), chs.reduce((n, [, k]) => n + k, 0)).map((arts) => {
            let next = 0;
            const chapters: ResolutionChapter[] = chs.map(([title, k], c) => {
              const articles = arts.slice(next, next + k);
              next += k;
              return { number: toRoman(c + 1), title: title.toLocaleUpperCase("vi"), articles };
            });
            return { chapters };
          }),
        )
      : arbitraryArticles(1, 1, 6).map((articles) => ({ articles }));
  return fc
    .record({
      n: fc.integer({ min: 1, max: 300 }),
      year: fc.integer({ min: 2017, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      delay: fc.integer({ min: 10, max: 60 }),
      province: fc.constantFrom(...PROVINCES),
      term: fc.integer({ min: 14, max: 20 }),
      session: fc.integer({ min: 1, max: 40 }),
      title: words(3, 16),
      extraBases: fc.subarray(BASES.slice(1)),
      name: fc.constantFrom(...NAMES),
      chair: fc.constantFrom("CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
      nonNormative: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
      closingArticle: fc.boolean(),
      body,
    })
    .map(({ n, year, month, day, delay, province, term, session, title, extraBases, name, chair, nonNormative, closingArticle, body: b }) => {
      const adoptedOn = fromParts({ year, month, day: Math.min(day, daysInMonth(year, month)) });
      const doc: ResolutionDocument = {
        number: nonNormative ? `${n}/NQ-HĐND` : `${n}/${year}/NQ-HĐND`,
        council: { province, term: toRoman(term), session },
        place: province,
        adoptedOn,
        effectiveFrom: addDays(adoptedOn, delay),
        title: `Về ${title}`,
        legalBases: [BASES[0] ?? { text: "Căn cứ Luật Tổ chức chính quyền địa phương" }, ...extraBases.filter((x) => citable(x, adoptedOn))],
        ...b,
        signature: { capacity: "TM. HỘI ĐỒNG NHÂN DÂN", title: chair, name },
        ...(nonNormative ? { kind: "non-normative" as const } : {}),
      };
      if (!closingArticle || doc.articles === undefined) return doc;
      return {
        ...doc,
        articles: [...doc.articles, { number: doc.articles.length + 1, title: "Hiệu lực thi hành", text: adoptionSentence(doc), clauses: [] }],
        adoptionSentence: "article" as const,
      };
    });
};
