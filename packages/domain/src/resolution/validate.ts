import * as z from "zod";
import { Result } from "effect";
import { instruments, isInstrumentId, type Instrument, type InstrumentId } from "../law/index.js";
import type { Confidence } from "../prelude/confidence.js";
import { getOrThrow, type InvalidFacts } from "../prelude/errors.js";
import { LabelSchema, type Label } from "../prelude/label.js";
import { POINT_LETTERS } from "../prelude/point-letter.js";
import { articlesOf, resolutionNodes } from "./eid.js";
import { earliestEffectiveDate } from "./effective-date.js";
import { fromRoman, toRoman } from "./numbering.js";
import { decodeResolution, type ResolutionDocument } from "./schema.js";

/**
 * Stable codes of the problems `validateResolution` reports.
 * @category resolution
 * @since 0.1.0
 */
export const RESOLUTION_PROBLEM_CODES = [
  "resolution.number-malformed",
  "resolution.number-year-mismatch",
  "resolution.legal-basis-missing",
  "resolution.article-sequence",
  "resolution.article-untitled",
  "resolution.clause-sequence",
  "resolution.point-sequence",
  "resolution.point-overflow",
  "resolution.chapter-sequence",
  "resolution.chapter-untitled",
  "resolution.empty",
  "resolution.duplicate-id",
  "resolution.effective-too-early",
  "resolution.effective-unchecked",
  "resolution.unknown-instrument",
  "resolution.not-nfc",
  "resolution.legal-basis-not-in-force",
  "resolution.legal-basis-order",
] as const;
/** @category resolution @since 0.1.0 */
export type ResolutionProblemCode = (typeof RESOLUTION_PROBLEM_CODES)[number];

/** The legal rule a problem rests on, with how sure we are of it. @category resolution @since 0.2.0 */
export const ProblemBasisSchema = z
  .object({ instrument: z.string(), article: z.number().int().positive(), clause: z.number().int().positive().optional(), confidence: z.enum(["verified", "secondary", "unverified"]) })
  .meta({ id: "ProblemBasis" });
/** @category resolution @since 0.1.0 */
export type ProblemBasis = z.infer<typeof ProblemBasisSchema>;

/**
 * One problem in a resolution: JSON path, stable code, Vietnamese and English message. Errors
 * make the document invalid; warnings do not.
 * @category resolution
 * @since 0.2.0
 */
export const ResolutionProblemSchema = z
  .object({
    path: z.string(),
    code: z.enum(RESOLUTION_PROBLEM_CODES),
    message: LabelSchema,
    severity: z.enum(["error", "warning"]),
    eId: z.string().optional(),
    basis: ProblemBasisSchema.optional(),
  })
  .meta({ id: "ResolutionProblem" });
/** @category resolution @since 0.1.0 */
export type ResolutionProblem = z.infer<typeof ResolutionProblemSchema>;

/** What `checkResolution` returns (the body of `POST /v1/resolutions/validate`). @category resolution @since 0.2.0 */
export const ResolutionValidationSchema = z.object({ valid: z.boolean(), problems: z.array(ResolutionProblemSchema) }).meta({ id: "ResolutionValidation" });
/** @category resolution @since 0.1.0 */
export type ResolutionValidation = z.infer<typeof ResolutionValidationSchema>;

/** Options of `validateResolution`. @category resolution @since 0.1.0 */
export interface ValidateResolutionOptions {
  /**
   * The point-letter sequence. Default `POINT_LETTERS` (a … y, 23 letters): a 24th point is an
   * error. Pass a longer sequence to configure letters after `y`.
   */
  readonly pointLetters?: ReadonlyArray<string>;
}

const DECREE_34: ProblemBasis = { instrument: "34/2016/NĐ-CP", article: 62, confidence: "verified" };
/** Law 64/2025 Art. 57(1)(b): a document replaced by a new one is no longer in force (secondary). */
const LAW_64_ART_57: ProblemBasis = { instrument: "64/2025/QH15", article: 57, clause: 1, confidence: "secondary" };
const NUMBER = /^(\d+)\/(\d{4})\/NQ-HĐND$/u;
/** Non-normative council resolutions are numbered without the year: "20/NQ-HĐND". */
const NUMBER_NON_NORMATIVE = /^(\d+)\/NQ-HĐND$/u;

const viDay = (d: string): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === "";

const strings = (v: unknown, path: string): Array<readonly [string, string]> =>
  typeof v === "string"
    ? [[path, v]]
    : Array.isArray(v)
      ? v.flatMap((x, i) => strings(x, `${path}[${i}]`))
      : v !== null && typeof v === "object"
        ? Object.entries(v).flatMap(([k, x]) => strings(x, path === "" ? k : `${path}.${k}`))
        : [];

/**
 * Checks a resolution against the drafting rules and returns **every** problem found.
 *
 * **Law**
 * - number and code `<n>/<year>/NQ-HĐND` for a normative provincial council resolution
 *   (secondary sources; the year should be the year of adoption);
 * - at least one "Căn cứ …" legal basis in the preamble (Decree 78/2025 Art. 71; practice);
 * - articles numbered 1, 2, 3 … through the whole document, clauses 1, 2, 3 … within each
 *   article, points a, b, c, d, đ, e, g … within each clause (Decree 34/2016 Art. 62,
 *   observed statute text), chapters I, II, III …;
 * - chapters and articles have titles (Decree 34/2016 Art. 62(3), verified);
 * - effective date no earlier than 10 days after adoption, unless the shortened procedure (or,
 *   under Law 64/2025, a special case) was used — Law 80/2015 Art. 151(1)–(2) for adoption until
 *   31/03/2025, Law 64/2025 Art. 53(1) from 01/04/2025 — see `EFFECTIVE_DATE_RULES`; a
 *   non-normative resolution (`kind: "non-normative"`, numbered `<n>/NQ-HĐND`) is outside
 *   those rules;
 * - each cited instrument exists and is in force on the adoption date (a law already replaced,
 *   such as Law 66/2011 from 01/07/2025 or Law 80/2015 from 01/04/2025, is an error; Law 64/2025
 *   Art. 57(1)(b)); an instrument adopted but not yet in force may be cited;
 * - "Căn cứ …" lines precede "Xét …" lines (the preamble order of council resolutions).
 *
 * **When to use** — before rendering or publishing a draft, and in `POST /v1/resolutions/validate`.
 *
 * **Gotchas** — never throws: a value that is not a resolution document is an `InvalidFacts`
 * failure ({@link checkResolutionUnsafe} throws it instead). `valid` ignores warnings (unknown
 * instrument, not NFC, effective date unchecked).
 * Each problem carries the `basis` rule and its confidence where one applies.
 *
 * **Example**
 * ```ts
 * checkResolution({ ...doc, number: "24/NQ-HĐND" })
 * // Success({ valid: false, problems: [{ path: "number", code: "resolution.number-malformed", … }] })
 * ```
 * @category resolution
 * @since 0.2.0
 */
export const checkResolution = (input: ResolutionDocument, options: ValidateResolutionOptions = {}): Result.Result<ResolutionValidation, InvalidFacts> =>
  checkResolutionJson(input, options);

/**
 * {@link checkResolution} for unchecked JSON: a value that is not a resolution document is an
 * `InvalidFacts` failure with paths.
 * @category resolution
 * @since 0.2.0
 */
export const checkResolutionJson = (input: unknown, options: ValidateResolutionOptions = {}): Result.Result<ResolutionValidation, InvalidFacts> =>
  Result.map(decodeResolution(input), (doc) => problemsOf(doc, options));

/**
 * {@link checkResolution}, returning the validation and throwing `InvalidFacts` when the value is
 * not a resolution document.
 * @category resolution
 * @since 0.2.0
 */
export const checkResolutionUnsafe = (input: ResolutionDocument, options: ValidateResolutionOptions = {}): ResolutionValidation =>
  getOrThrow(checkResolution(input, options));

/**
 * @deprecated since 0.2.0 — renamed {@link checkResolutionUnsafe} (same behaviour); removed in the
 * next major version.
 * @category resolution
 * @since 0.1.0
 */
export const validateResolution: (input: ResolutionDocument, options?: ValidateResolutionOptions) => ResolutionValidation = checkResolutionUnsafe;

const problemsOf = (doc: ResolutionDocument, options: ValidateResolutionOptions): ResolutionValidation => {
  const problems: ResolutionProblem[] = [];
  const push = (p: ResolutionProblem): void => {
    problems.push(p);
  };
  const error = (path: string, code: ResolutionProblemCode, vi: string, en: string, extra: Partial<Pick<ResolutionProblem, "eId" | "basis">> = {}): void =>
    push({ path, code, message: { vi, en }, severity: "error", ...extra });
  const warning = (path: string, code: ResolutionProblemCode, vi: string, en: string, extra: Partial<Pick<ResolutionProblem, "eId" | "basis">> = {}): void =>
    push({ path, code, message: { vi, en }, severity: "warning", ...extra });
  const empty = (path: string, what: Label): void =>
    error(path, "resolution.empty", `${what.vi} không có nội dung`, `${what.en} is empty`);

  // Number and code.
  const number = doc.number.normalize("NFC").trim();
  const normative = doc.kind !== "non-normative";
  const m = NUMBER.exec(number);
  const nn = NUMBER_NON_NORMATIVE.exec(number);
  if (!normative) {
    if (nn === null || Number(nn[1]) < 1)
      error("number", "resolution.number-malformed",
        `Số, ký hiệu "${doc.number}" của nghị quyết cá biệt không đúng dạng <số>/NQ-HĐND`,
        `Number "${doc.number}" of a non-normative resolution is not of the form <n>/NQ-HĐND`);
  } else if (m === null || Number(m[1]) < 1)
    error("number", "resolution.number-malformed",
      nn === null
        ? `Số, ký hiệu "${doc.number}" không đúng dạng <số>/<năm>/NQ-HĐND`
        : `Số, ký hiệu "${doc.number}" không đúng dạng <số>/<năm>/NQ-HĐND của nghị quyết quy phạm pháp luật; dạng <số>/NQ-HĐND là của nghị quyết cá biệt (kind: "non-normative")`,
      nn === null
        ? `Number "${doc.number}" is not of the form <n>/<year>/NQ-HĐND`
        : `Number "${doc.number}" is not of the form <n>/<year>/NQ-HĐND of a normative resolution; <n>/NQ-HĐND numbers a non-normative resolution (kind: "non-normative")`);
  else if (m[2] !== doc.adoptedOn.slice(0, 4))
    warning("number", "resolution.number-year-mismatch",
      `Năm trong số ký hiệu (${m[2]}) khác năm thông qua (${doc.adoptedOn.slice(0, 4)})`,
      `The year in the number (${m[2]}) differs from the year of adoption (${doc.adoptedOn.slice(0, 4)})`);

  // Header fields.
  if (blank(doc.title)) empty("title", { vi: "Trích yếu", en: "The title" });
  if (blank(doc.place)) empty("place", { vi: "Địa danh", en: "The place" });
  if (blank(doc.council.province)) empty("council.province", { vi: "Tên tỉnh", en: "The province" });
  if (fromRoman(doc.council.term.trim()) === undefined)
    error("council.term", "resolution.number-malformed", `Khóa "${doc.council.term}" phải là số La Mã`, `Term "${doc.council.term}" must be a Roman numeral`);
  if (blank(doc.signature.capacity)) empty("signature.capacity", { vi: "Thẩm quyền ký", en: "The signing capacity" });
  if (blank(doc.signature.title)) empty("signature.title", { vi: "Chức vụ người ký", en: "The signer's title" });
  if (blank(doc.signature.name)) empty("signature.name", { vi: "Họ tên người ký", en: "The signer's name" });

  // Preamble.
  let firstConsideration = -1;
  doc.legalBases.forEach((b, i) => {
    if (blank(b.text)) empty(`legalBases[${i}].text`, { vi: `Căn cứ thứ ${i + 1}`, en: `Legal basis ${i + 1}` });
    if (b.citation !== undefined && !isInstrumentId(b.citation.instrument))
      warning(`legalBases[${i}].citation.instrument`, "resolution.unknown-instrument",
        `Văn bản "${b.citation.instrument}" chưa có trong danh mục`,
        `Instrument "${b.citation.instrument}" is not in the registry`);
    else if (b.citation !== undefined && isInstrumentId(b.citation.instrument)) {
      // The cited instrument must exist and still be in force on the adoption date.
      const inst: Instrument = instruments[b.citation.instrument];
      const path = `legalBases[${i}].citation.instrument`;
      if (inst.issued !== undefined && doc.adoptedOn < inst.issued)
        error(path, "resolution.legal-basis-not-in-force",
          `Căn cứ ${inst.citeAs.vi} (${inst.number}) chưa được ban hành vào ngày thông qua ${viDay(doc.adoptedOn)}: văn bản được thông qua, ký ban hành ngày ${viDay(inst.issued)}`,
          `The legal basis ${inst.citeAs.en} (${inst.number}) did not exist on the adoption date ${doc.adoptedOn}: it was adopted or signed on ${inst.issued}`);
      else if (inst.superseded !== undefined && doc.adoptedOn >= inst.superseded) {
        const by = inst.supersededBy !== undefined && isInstrumentId(inst.supersededBy) ? instruments[inst.supersededBy] : undefined;
        error(path, "resolution.legal-basis-not-in-force",
          `Căn cứ ${inst.citeAs.vi} (${inst.number}) đã hết hiệu lực từ ngày ${viDay(inst.superseded)}, trước ngày thông qua ${viDay(doc.adoptedOn)}${by === undefined ? "" : `; văn bản thay thế: ${by.citeAs.vi} (${by.number})`}`,
          `The legal basis ${inst.citeAs.en} (${inst.number}) is no longer in force since ${inst.superseded}, before the adoption date ${doc.adoptedOn}${by === undefined ? "" : `; replaced by ${by.citeAs.en} (${by.number})`}`,
          doc.adoptedOn >= instruments["64/2025/QH15"].effective ? { basis: LAW_64_ART_57 } : {});
      }
    }
    // "Căn cứ …" lines (the legal bases) come before "Xét …" (the submission and its review).
    const t = b.text.trim();
    if (/^xét(?=\s|$)/iu.test(t) && firstConsideration < 0) firstConsideration = i;
    if (/^căn cứ(?=\s|$)/iu.test(t) && firstConsideration >= 0)
      error(`legalBases[${i}]`, "resolution.legal-basis-order",
        `Dòng "Căn cứ …" thứ ${i + 1} đứng sau dòng "Xét …" thứ ${firstConsideration + 1}: các căn cứ ban hành phải đứng trước phần "Xét …"`,
        `"Căn cứ …" line ${i + 1} follows "Xét …" line ${firstConsideration + 1}: the legal bases come before the "Xét …" lines`);
  });
  if (!doc.legalBases.some((b) => /^căn cứ(?=\s|$)/iu.test(b.text.trim())))
    error("legalBases", "resolution.legal-basis-missing",
      "Thiếu căn cứ ban hành (dòng \"Căn cứ …\")",
      "No legal basis (a \"Căn cứ …\" line) in the preamble");

  // Chapters.
  doc.chapters?.forEach((chapter, c) => {
    const path = `chapters[${c}]`;
    const eId = `chp_${chapter.number}`;
    if (chapter.number !== toRoman(c + 1))
      error(`${path}.number`, "resolution.chapter-sequence",
        `Chương thứ ${c + 1} phải được đánh số "${toRoman(c + 1)}", không phải "${chapter.number}"`,
        `Chapter ${c + 1} must be numbered "${toRoman(c + 1)}", not "${chapter.number}"`, { eId, basis: DECREE_34 });
    if (blank(chapter.title))
      error(`${path}.title`, "resolution.chapter-untitled", `Chương ${chapter.number} không có tên`, `Chapter ${chapter.number} has no title`, { eId, basis: DECREE_34 });
    if (chapter.articles.length === 0) empty(`${path}.articles`, { vi: `Chương ${chapter.number}`, en: `Chapter ${chapter.number}` });
  });
  if (doc.chapters?.length === 0) empty("chapters", { vi: "Nghị quyết", en: "The resolution" });
  if (doc.articles?.length === 0) empty("articles", { vi: "Nghị quyết", en: "The resolution" });

  // Articles, clauses, points.
  const sequence = options.pointLetters ?? POINT_LETTERS;
  articlesOf(doc).forEach(({ article, path }, i) => {
    const eId = `art_${article.number}`;
    if (article.number !== i + 1)
      error(`${path}.number`, "resolution.article-sequence",
        `Điều thứ ${i + 1} của nghị quyết phải là Điều ${i + 1}, không phải Điều ${article.number} (đánh số liên tục trong toàn văn bản)`,
        `The article at position ${i + 1} must be Article ${i + 1}, not ${article.number} (articles are numbered through the whole document)`, { eId });
    if (blank(article.title))
      error(`${path}.title`, "resolution.article-untitled", `Điều ${article.number} không có tên`, `Article ${article.number} has no title`, { eId, basis: DECREE_34 });
    if (blank(article.text) && article.clauses.length === 0) empty(path, { vi: `Điều ${article.number}`, en: `Article ${article.number}` });
    article.clauses.forEach((clause, k) => {
      const cPath = `${path}.clauses[${k}]`;
      const cId = `${eId}__para_${clause.number}`;
      if (clause.number !== k + 1)
        error(`${cPath}.number`, "resolution.clause-sequence",
          `Khoản thứ ${k + 1} của Điều ${article.number} phải là khoản ${k + 1}, không phải khoản ${clause.number}`,
          `The clause at position ${k + 1} of Article ${article.number} must be numbered ${k + 1}, not ${clause.number}`, { eId: cId });
      if (blank(clause.text) && clause.points.length === 0)
        empty(cPath, { vi: `Khoản ${clause.number} Điều ${article.number}`, en: `Clause ${clause.number} of Article ${article.number}` });
      const letters = clause.points.map((p) => p.letter);
      letters.forEach((letter, p) => {
        const pPath = `${cPath}.points[${p}]`;
        const pId = `${cId}__point_${letter}`;
        const expected = sequence[p];
        if (expected === undefined)
          error(`${pPath}.letter`, "resolution.point-overflow",
            `Khoản ${clause.number} Điều ${article.number} có điểm thứ ${p + 1}: không có chữ cái nào được quy định sau "${sequence.at(-1) ?? ""}"`,
            `Clause ${clause.number} of Article ${article.number} has a point ${p + 1}: no letter is defined after "${sequence.at(-1) ?? ""}"`, { eId: pId });
        else if (letter !== expected)
          error(`${pPath}.letter`, "resolution.point-sequence",
            `Điểm thứ ${p + 1} của khoản ${clause.number} Điều ${article.number} phải là điểm "${expected}", không phải "${letter}" (thứ tự a, b, c, d, đ, e, g, h …)`,
            `The point at position ${p + 1} of clause ${clause.number}, Article ${article.number} must be "${expected}", not "${letter}" (order a, b, c, d, đ, e, g, h …)`, { eId: pId });
        const point = clause.points[p];
        if (point !== undefined && blank(point.text))
          empty(pPath, { vi: `Điểm ${letter} khoản ${clause.number} Điều ${article.number}`, en: `Point ${letter} of clause ${clause.number}, Article ${article.number}` });
      });
    });
  });

  // Duplicate ids.
  const seen = new Map<string, string>();
  for (const node of resolutionNodes(doc)) {
    const first = seen.get(node.eId);
    if (first === undefined) seen.set(node.eId, node.path);
    else
      error(node.path, "resolution.duplicate-id",
        `Định danh "${node.eId}" trùng với ${first} (số hoặc chữ cái bị lặp)`,
        `Id "${node.eId}" repeats ${first} (a number or letter is used twice)`, { eId: node.eId });
  }

  // Effective date (the promulgation law's rule governs normative documents only).
  const shortened = doc.shortenedProcedure === true;
  const special = doc.specialCase === true;
  const earliest = normative ? earliestEffectiveDate(doc.adoptedOn, { shortenedProcedure: shortened, specialCase: special }) : undefined;
  if (!normative) {
    // A non-normative resolution is not a văn bản quy phạm pháp luật: no minimum delay applies.
  } else if (earliest === undefined)
    warning("effectiveFrom", "resolution.effective-unchecked",
      `Chưa mã hóa quy tắc về thời điểm có hiệu lực cho văn bản thông qua ngày ${doc.adoptedOn}`,
      `No effective-date rule is encoded for a document adopted on ${doc.adoptedOn}`);
  else if (doc.effectiveFrom < earliest.earliest) {
    const r = earliest.rule;
    const x = earliest.exemption;
    const basis: ProblemBasis =
      x === undefined
        ? { instrument: r.instrument, article: r.article, ...(r.clause === undefined ? {} : { clause: r.clause }), confidence: r.confidence }
        : { instrument: r.instrument, article: x.article, clause: x.clause, confidence: x.confidence };
    const note =
      x !== undefined
        ? { vi: ` (${x.summary.vi}: không sớm hơn ngày thông qua)`, en: ` (${x.summary.en}: not before adoption)` }
        : special && !shortened
          ? { vi: " (luật áp dụng vào ngày thông qua không có ngoại lệ cho trường hợp đặc biệt)", en: " (the law in force on the adoption date has no special-case exception)" }
          : { vi: "", en: "" };
    error("effectiveFrom", "resolution.effective-too-early",
      `Ngày có hiệu lực ${doc.effectiveFrom} sớm hơn ngày sớm nhất được phép ${earliest.earliest}. ${r.summary.vi}${note.vi}`,
      `Effective date ${doc.effectiveFrom} is earlier than the earliest allowed, ${earliest.earliest}. ${r.summary.en}${note.en}`, { basis });
  }

  // NFC.
  for (const [path, s] of strings(doc, ""))
    if (s !== s.normalize("NFC"))
      warning(path, "resolution.not-nfc", "Văn bản chưa chuẩn hóa Unicode NFC", "Text is not Unicode NFC-normalised");

  return { valid: problems.every((p) => p.severity !== "error"), problems };
};

/**
 * @deprecated since 0.2.0 — renamed {@link checkResolutionJson}; removed in the next major version.
 * @category resolution
 * @since 0.1.0
 */
export const validateResolutionInput: (input: unknown, options?: ValidateResolutionOptions) => Result.Result<ResolutionValidation, InvalidFacts> = checkResolutionJson;
