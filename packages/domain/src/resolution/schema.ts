import { Result } from "effect";
import * as z from "zod";
import { isIsoDate } from "../prelude/date.js";
import { InvalidFacts } from "../prelude/errors.js";
import { fieldLabeler, issuesFromZod, type FieldLabeler } from "../prelude/issue.js";

/**
 * The link from a provision to the code that implements it: a KPI id (`"reports_resolved"`), a
 * dated parameter key (`"support.initialHardshipGrant"`) or a reported figure
 * (`"figures.victimsSupported"`).
 * @category resolution
 * @since 0.1.0
 */
export const ImplementsSchema = z
  .array(z.string().min(1))
  .meta({ id: "ResolutionImplements", description: "KPI ids, parameter keys or figure keys that implement this provision" });

/**
 * A point (điểm) of a clause: `a) …`. The letter is kept as written so that a wrong letter (`f`)
 * reaches validation instead of being rejected as malformed JSON.
 * @category resolution
 * @since 0.1.0
 */
export const ResolutionPoint = z
  .object({
    letter: z.string(),
    text: z.string(),
    implements: ImplementsSchema.optional(),
  })
  .meta({ id: "ResolutionPoint", title: "Point (điểm)" });
/** @category resolution @since 0.1.0 */
export type ResolutionPoint = z.infer<typeof ResolutionPoint>;

/**
 * A clause (khoản) of an article: `1. …`, with its points. `text` is the clause's own sentence
 * (or the lead-in to its points).
 * @category resolution
 * @since 0.1.0
 */
export const ResolutionClause = z
  .object({
    number: z.number().int(),
    text: z.string(),
    points: z.array(ResolutionPoint).default([]),
    implements: ImplementsSchema.optional(),
  })
  .meta({ id: "ResolutionClause", title: "Clause (khoản)" });
/** @category resolution @since 0.1.0 */
export type ResolutionClause = z.infer<typeof ResolutionClause>;

/**
 * An article (Điều): number, title, an optional lead-in `text` and its clauses.
 * @category resolution
 * @since 0.1.0
 */
export const ResolutionArticle = z
  .object({
    number: z.number().int(),
    title: z.string(),
    text: z.string().optional(),
    clauses: z.array(ResolutionClause).default([]),
    implements: ImplementsSchema.optional(),
  })
  .meta({ id: "ResolutionArticle", title: "Article (Điều)" });
/** @category resolution @since 0.1.0 */
export type ResolutionArticle = z.infer<typeof ResolutionArticle>;

/**
 * A chapter (Chương), numbered in Roman numerals (`"I"`), holding articles.
 * @category resolution
 * @since 0.1.0
 */
export const ResolutionChapter = z
  .object({
    number: z.string(),
    title: z.string(),
    articles: z.array(ResolutionArticle),
  })
  .meta({ id: "ResolutionChapter", title: "Chapter (Chương)" });
/** @category resolution @since 0.1.0 */
export type ResolutionChapter = z.infer<typeof ResolutionChapter>;

/**
 * One line of the preamble ("Căn cứ …", "Xét Tờ trình …"), stored without its closing `;`, with
 * the instrument it cites when known (a key of the instrument registry).
 * @category resolution
 * @since 0.1.0
 */
export const LegalBasis = z
  .object({
    text: z.string(),
    citation: z
      .object({
        instrument: z.string(),
        article: z.number().int().positive().optional(),
        clause: z.number().int().positive().optional(),
        point: z.string().optional(),
      })
      .optional(),
  })
  .meta({ id: "ResolutionLegalBasis", title: "Legal basis (căn cứ)" });
/** @category resolution @since 0.1.0 */
export type LegalBasis = z.infer<typeof LegalBasis>;

/**
 * The council that adopts the resolution: province name as written ("Nghệ An"), term in Roman
 * numerals ("XVII"), session number (12).
 * @category resolution
 * @since 0.1.0
 */
export const ResolutionCouncil = z
  .object({
    province: z.string(),
    term: z.string(),
    session: z.number().int().positive(),
  })
  .meta({ id: "ResolutionCouncil", title: "People's Council, term and session" });
/** @category resolution @since 0.1.0 */
export type ResolutionCouncil = z.infer<typeof ResolutionCouncil>;

/**
 * The signature block: "TM. HỘI ĐỒNG NHÂN DÂN" / "CHỦ TỊCH" / full name.
 * @category resolution
 * @since 0.1.0
 */
export const ResolutionSignature = z
  .object({ capacity: z.string(), title: z.string(), name: z.string() })
  .meta({ id: "ResolutionSignature", title: "Signature block" });
/** @category resolution @since 0.1.0 */
export type ResolutionSignature = z.infer<typeof ResolutionSignature>;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine((s): boolean => isIsoDate(s), { message: "this calendar day does not exist", params: { code: "issue.date" } });

/**
 * A People's Council resolution (Nghị quyết HĐND) as a typed document: the JSON form exchanged
 * by the API and the admin.
 *
 * **Law** — structure Chương → Điều → khoản → điểm (Decree 34/2016/NĐ-CP Art. 62, layouts đ and
 * e); components per Decree 78/2025/NĐ-CP Art. 71 (number and code, place and date, title,
 * body, signature).
 *
 * **When to use** — decode untrusted JSON with {@link decodeResolution}; then validate, render or
 * link it.
 *
 * **Gotchas** — exactly one of `articles` or `chapters`. Numbers and letters are accepted as
 * written (so that `f` or a gap is reported by `validateResolution`, not refused here).
 * `shortenedProcedure` marks adoption by the shortened procedure (trình tự, thủ tục rút gọn),
 * which lets the resolution take effect on adoption (Law 80/2015 Art. 151(2), Law 64/2025
 * Art. 53(1)); `specialCase` marks the special case of Law 64/2025 Art. 53(1); `status` marks
 * templates and drafts. `kind` tells a normative resolution (`<n>/<year>/NQ-HĐND`, the default)
 * from a non-normative one (`<n>/NQ-HĐND`). `adoptionSentence` says where the adoption sentence
 * ("Nghị quyết này đã được … thông qua ngày … và có hiệu lực từ ngày …") stands: `"closing"`
 * (default) — renderers write it after the last article from `council`, `adoptedOn` and
 * `effectiveFrom`; `"article"` — an article's own text carries it (the "Hiệu lực thi hành"
 * article) and renderers add nothing. `implements` fields are metadata: the text renderers do
 * not print them.
 *
 * **Example**
 * ```ts
 * const doc = ResolutionDocument.parse(json) // or decodeResolution(json) for a Result
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const ResolutionDocument = z
  .object({
    number: z.string(),
    council: ResolutionCouncil,
    place: z.string(),
    adoptedOn: date,
    effectiveFrom: date,
    title: z.string(),
    legalBases: z.array(LegalBasis),
    articles: z.array(ResolutionArticle).optional(),
    chapters: z.array(ResolutionChapter).optional(),
    signature: ResolutionSignature,
    shortenedProcedure: z.boolean().optional(),
    specialCase: z.boolean().optional(),
    kind: z.enum(["normative", "non-normative"]).optional(),
    adoptionSentence: z.enum(["closing", "article"]).optional(),
    status: z.enum(["template", "draft", "adopted"]).optional(),
  })
  .superRefine((doc, ctx) => {
    const has = (doc.articles === undefined ? 0 : 1) + (doc.chapters === undefined ? 0 : 1);
    if (has !== 1)
      ctx.addIssue({
        code: "custom",
        path: has === 0 ? ["articles"] : ["chapters"],
        message: "a resolution has either `articles` or `chapters` at the top level, not both and not neither",
        params: { code: "issue.articles-or-chapters" },
      });
  })
  .meta({
    id: "ResolutionDocument",
    title: "People's Council resolution (Nghị quyết HĐND)",
    description: "Typed AST of a provincial People's Council resolution",
  });
/** @category resolution @since 0.1.0 */
export type ResolutionDocument = z.infer<typeof ResolutionDocument>;

/**
 * Checks untrusted JSON against {@link ResolutionDocument}.
 *
 * **When to use** — at every boundary (API body, uploaded file, local storage).
 *
 * **Gotchas** — only the *shape* is checked here; a well-formed document with a numbering gap
 * decodes fine and is reported by `validateResolution`.
 *
 * **Example**
 * ```ts
 * decodeResolution({ number: 1 }) // Failure(InvalidFacts { issues: [{ path: "number", … }, …] })
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const decodeResolution = (input: unknown): Result.Result<ResolutionDocument, InvalidFacts> => {
  const parsed = ResolutionDocument.safeParse(input);
  return parsed.success
    ? Result.succeed(parsed.data)
    : Result.fail(new InvalidFacts({ issues: issuesFromZod(parsed.error.issues, resolutionFieldLabel, input) }));
};

/**
 * The JSON Schema (draft 2020-12) of {@link ResolutionDocument}, for API docs and the admin.
 * @category resolution
 * @since 0.1.0
 */
export const resolutionJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(ResolutionDocument, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;

/**
 * The names of the fields of a resolution document, for the messages of invalid input: an issue
 * names the element ("Điều thứ 2: khoản thứ 1: nội dung"), never its path.
 * @category resolution
 * @since 0.3.0
 */
export const resolutionFieldLabel: FieldLabeler = fieldLabeler({
  root: { vi: "văn bản nghị quyết", en: "the resolution document", fr: "le document de résolution" },
  names: {
    number: { vi: "số thứ tự", en: "number", fr: "numéro" },
    title: { vi: "tên", en: "title", fr: "titre" },
    text: { vi: "nội dung", en: "text", fr: "texte" },
    letter: { vi: "chữ cái của điểm", en: "point letter", fr: "lettre du point" },
    implements: { vi: "chỉ tiêu, tham số được thực hiện", en: "what it implements", fr: "ce qu'il met en œuvre" },
    council: { vi: "Hội đồng nhân dân", en: "the People's Council", fr: "le Conseil populaire" },
    province: { vi: "tỉnh", en: "province", fr: "province" },
    term: { vi: "khóa", en: "term", fr: "mandature" },
    session: { vi: "kỳ họp", en: "session", fr: "session" },
    place: { vi: "địa danh", en: "place", fr: "lieu" },
    adoptedOn: { vi: "ngày thông qua", en: "adoption date", fr: "date d'adoption" },
    effectiveFrom: { vi: "ngày có hiệu lực", en: "effective date", fr: "date d'entrée en vigueur" },
    legalBases: { vi: "căn cứ ban hành", en: "legal bases", fr: "visas" },
    citation: { vi: "văn bản được dẫn", en: "cited instrument", fr: "texte cité" },
    instrument: { vi: "số hiệu văn bản", en: "instrument number", fr: "numéro du texte" },
    article: { vi: "điều", en: "article", fr: "article" },
    clause: { vi: "khoản", en: "clause", fr: "alinéa" },
    point: { vi: "điểm", en: "point", fr: "point" },
    articles: { vi: "các điều", en: "articles", fr: "articles" },
    chapters: { vi: "các chương", en: "chapters", fr: "chapitres" },
    clauses: { vi: "các khoản", en: "clauses", fr: "alinéas" },
    points: { vi: "các điểm", en: "points", fr: "points" },
    signature: { vi: "phần ký", en: "signature block", fr: "bloc de signature" },
    capacity: { vi: "thẩm quyền ký", en: "signing capacity", fr: "qualité du signataire" },
    name: { vi: "họ và tên người ký", en: "signatory's name", fr: "nom du signataire" },
    "signature.title": { vi: "chức vụ người ký", en: "signatory's title", fr: "fonction du signataire" },
    "^number": { vi: "số, ký hiệu", en: "number and symbol", fr: "numéro et symbole" },
    shortenedProcedure: { vi: "trình tự rút gọn", en: "shortened procedure", fr: "procédure abrégée" },
    specialCase: { vi: "trường hợp đặc biệt", en: "special case", fr: "cas particulier" },
    kind: { vi: "loại nghị quyết", en: "kind of resolution", fr: "type de résolution" },
    adoptionSentence: { vi: "vị trí câu thông qua", en: "place of the adoption sentence", fr: "place de la phrase d'adoption" },
    status: { vi: "trạng thái", en: "status", fr: "statut" },
  },
  items: {
    articles: { vi: "Điều thứ {n}", en: "article {n}", fr: "article {n}" },
    chapters: { vi: "chương thứ {n}", en: "chapter {n}", fr: "chapitre {n}" },
    clauses: { vi: "khoản thứ {n}", en: "clause {n}", fr: "alinéa {n}" },
    points: { vi: "điểm thứ {n}", en: "point {n}", fr: "point {n}" },
    legalBases: { vi: "căn cứ thứ {n}", en: "legal basis {n}", fr: "visa {n}" },
    implements: { vi: "mục thực hiện thứ {n}", en: "implemented item {n}", fr: "élément mis en œuvre {n}" },
  },
});
