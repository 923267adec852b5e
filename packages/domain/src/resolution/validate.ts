import * as z from "zod";
import { Result } from "effect";
import { cite, instruments, isInstrumentId, type Instrument } from "../law/index.js";
import { provinceInstrument, type ResolutionProvincesOption } from "./provinces.js";
import { getOrThrow, type InvalidFacts } from "../prelude/errors.js";
import type { Label } from "../prelude/label.js";
import { MessageSchema } from "../prelude/message.js";
import type { Citation } from "../prelude/citation.js";
import { say } from "./messages.js";
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

/** @deprecated since 0.2.0 — a problem's basis is a `Citation`. @category resolution @since 0.1.0 */
export type ProblemBasis = Citation;

/**
 * One problem in a resolution: a coded message (its `basis` is the drafting rule it rests on) with
 * the JSON path, the `eId` of the provision, and its severity. Errors make the document invalid;
 * warnings do not.
 * @category resolution
 * @since 0.2.0
 */
export const ResolutionProblemSchema = MessageSchema.extend({
  path: z.string(),
  code: z.enum(RESOLUTION_PROBLEM_CODES),
  severity: z.enum(["error", "warning"]),
  eId: z.string().optional(),
}).meta({ id: "ResolutionProblem" });
/** @category resolution @since 0.1.0 */
export type ResolutionProblem = z.infer<typeof ResolutionProblemSchema>;

/** What `checkResolution` returns (the body of `POST /v1/resolutions/validate`). @category resolution @since 0.2.0 */
export const ResolutionValidationSchema = z.object({ valid: z.boolean(), problems: z.array(ResolutionProblemSchema) }).meta({ id: "ResolutionValidation" });
/** @category resolution @since 0.1.0 */
export type ResolutionValidation = z.infer<typeof ResolutionValidationSchema>;

/** Options of `validateResolution`. @category resolution @since 0.1.0 */
export interface ValidateResolutionOptions extends ResolutionProvincesOption {
  /**
   * The point-letter sequence. Default `POINT_LETTERS` (a … y, 23 letters): a 24th point is an
   * error. Pass a longer sequence to configure letters after `y`.
   */
  readonly pointLetters?: ReadonlyArray<string>;
}

const DECREE_34: Citation = cite("34/2016/NĐ-CP", { article: 62 });
/** Law 64/2025 Art. 57(1)(b): a document replaced by a new one is no longer in force (secondary). */
const LAW_64_ART_57: Citation = cite("64/2025/QH15", { article: 57, clause: 1 });
const NUMBER = /^(\d+)\/(\d{4})\/NQ-HĐND$/u;
/** Non-normative council resolutions are numbered without the year: "20/NQ-HĐND". */
const NUMBER_NON_NORMATIVE = /^(\d+)\/NQ-HĐND$/u;


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
  type Extra = { readonly eId?: string; readonly basis?: Citation };
  const problem =
    (severity: "error" | "warning") =>
    <K extends ResolutionProblemCode>(path: string, code: K, params: Parameters<typeof say<K>>[2], extra: Extra = {}): void => {
      const m = say(code, "not_held", params, extra.basis === undefined ? [] : [extra.basis]);
      push({ ...m, code, path, severity, ...(extra.eId === undefined ? {} : { eId: extra.eId }) });
    };
  const error = problem("error");
  const warning = problem("warning");
  const empty = (path: string, what: Label): void => error(path, "resolution.empty", { what });

  // Number and code.
  const number = doc.number.normalize("NFC").trim();
  const normative = doc.kind !== "non-normative";
  const m = NUMBER.exec(number);
  const nn = NUMBER_NON_NORMATIVE.exec(number);
  if (!normative) {
    if (nn === null || Number(nn[1]) < 1) error("number", "resolution.number-malformed", { field: "number", value: doc.number, form: "non_normative" });
  } else if (m === null || Number(m[1]) < 1)
    error("number", "resolution.number-malformed", { field: "number", value: doc.number, form: nn === null ? "normative" : "looks_non_normative" });
  else if (m[2] !== doc.adoptedOn.slice(0, 4))
    warning("number", "resolution.number-year-mismatch", { numberYear: m[2] ?? "", adoptionYear: doc.adoptedOn.slice(0, 4) });

  // Header fields.
  if (blank(doc.title)) empty("title", { vi: "Trích yếu", en: "The title" });
  if (blank(doc.place)) empty("place", { vi: "Địa danh", en: "The place" });
  if (blank(doc.council.province)) empty("council.province", { vi: "Tên tỉnh", en: "The province" });
  if (fromRoman(doc.council.term.trim()) === undefined)
    error("council.term", "resolution.number-malformed", { field: "term", value: doc.council.term, form: "normative" });
  if (blank(doc.signature.capacity)) empty("signature.capacity", { vi: "Thẩm quyền ký", en: "The signing capacity" });
  if (blank(doc.signature.title)) empty("signature.title", { vi: "Chức vụ người ký", en: "The signer's title" });
  if (blank(doc.signature.name)) empty("signature.name", { vi: "Họ tên người ký", en: "The signer's name" });

  // Preamble.
  let firstConsideration = -1;
  doc.legalBases.forEach((b, i) => {
    if (blank(b.text)) empty(`legalBases[${i}].text`, { vi: `Căn cứ thứ ${i + 1}`, en: `Legal basis ${i + 1}` });
    const local = b.citation === undefined || isInstrumentId(b.citation.instrument) ? undefined : provinceInstrument(b.citation.instrument, options.provinces);
    if (local !== undefined) {
      // A province's own instrument (from the profiles passed): known, and cited only once signed.
      if (local.issued !== undefined && doc.adoptedOn < local.issued)
        error(`legalBases[${i}].citation.instrument`, "resolution.legal-basis-not-in-force", { status: "not_yet_issued", instrument: local.citeAs, number: local.number, adoptedOn: doc.adoptedOn, date: local.issued, replacement: "", replacementNumber: "" });
    } else if (b.citation !== undefined && !isInstrumentId(b.citation.instrument))
      warning(`legalBases[${i}].citation.instrument`, "resolution.unknown-instrument", { instrument: b.citation.instrument });
    else if (b.citation !== undefined && isInstrumentId(b.citation.instrument)) {
      // The cited instrument must exist and still be in force on the adoption date.
      const inst: Instrument = instruments[b.citation.instrument];
      const path = `legalBases[${i}].citation.instrument`;
      if (inst.issued !== undefined && doc.adoptedOn < inst.issued)
        error(path, "resolution.legal-basis-not-in-force", { status: "not_yet_issued", instrument: inst.citeAs, number: inst.number, adoptedOn: doc.adoptedOn, date: inst.issued, replacement: "", replacementNumber: "" });
      else if (inst.superseded !== undefined && doc.adoptedOn >= inst.superseded) {
        const by = inst.supersededBy !== undefined && isInstrumentId(inst.supersededBy) ? instruments[inst.supersededBy] : undefined;
        error(
          path,
          "resolution.legal-basis-not-in-force",
          { status: by === undefined ? "superseded" : "replaced", instrument: inst.citeAs, number: inst.number, adoptedOn: doc.adoptedOn, date: inst.superseded, replacement: by?.citeAs ?? "", replacementNumber: by?.number ?? "" },
          doc.adoptedOn >= instruments["64/2025/QH15"].effective ? { basis: LAW_64_ART_57 } : {},
        );
      }
    }
    // "Căn cứ …" lines (the legal bases) come before "Xét …" (the submission and its review).
    const t = b.text.trim();
    if (/^xét(?=\s|$)/iu.test(t) && firstConsideration < 0) firstConsideration = i;
    if (/^căn cứ(?=\s|$)/iu.test(t) && firstConsideration >= 0)
      error(`legalBases[${i}]`, "resolution.legal-basis-order", { position: i + 1, consideration: firstConsideration + 1 });
  });
  if (!doc.legalBases.some((b) => /^căn cứ(?=\s|$)/iu.test(b.text.trim())))
    error("legalBases", "resolution.legal-basis-missing", {});

  // Chapters.
  doc.chapters?.forEach((chapter, c) => {
    const path = `chapters[${c}]`;
    const eId = `chp_${chapter.number}`;
    if (chapter.number !== toRoman(c + 1))
      error(`${path}.number`, "resolution.chapter-sequence", { position: c + 1, expected: toRoman(c + 1), actual: chapter.number }, { eId, basis: DECREE_34 });
    if (blank(chapter.title))
      error(`${path}.title`, "resolution.chapter-untitled", { chapter: chapter.number }, { eId, basis: DECREE_34 });
    if (chapter.articles.length === 0) empty(`${path}.articles`, { vi: `Chương ${chapter.number}`, en: `Chapter ${chapter.number}` });
  });
  if (doc.chapters?.length === 0) empty("chapters", { vi: "Nghị quyết", en: "The resolution" });
  if (doc.articles?.length === 0) empty("articles", { vi: "Nghị quyết", en: "The resolution" });

  // Articles, clauses, points.
  const sequence = options.pointLetters ?? POINT_LETTERS;
  articlesOf(doc).forEach(({ article, path }, i) => {
    const eId = `art_${article.number}`;
    if (article.number !== i + 1)
      error(`${path}.number`, "resolution.article-sequence", { position: i + 1, actual: article.number }, { eId });
    if (blank(article.title))
      error(`${path}.title`, "resolution.article-untitled", { article: article.number }, { eId, basis: DECREE_34 });
    if (blank(article.text) && article.clauses.length === 0) empty(path, { vi: `Điều ${article.number}`, en: `Article ${article.number}` });
    article.clauses.forEach((clause, k) => {
      const cPath = `${path}.clauses[${k}]`;
      const cId = `${eId}__para_${clause.number}`;
      if (clause.number !== k + 1)
        error(`${cPath}.number`, "resolution.clause-sequence", { position: k + 1, article: article.number, actual: clause.number }, { eId: cId });
      if (blank(clause.text) && clause.points.length === 0)
        empty(cPath, { vi: `Khoản ${clause.number} Điều ${article.number}`, en: `Clause ${clause.number} of Article ${article.number}` });
      const letters = clause.points.map((p) => p.letter);
      letters.forEach((letter, p) => {
        const pPath = `${cPath}.points[${p}]`;
        const pId = `${cId}__point_${letter}`;
        const expected = sequence[p];
        if (expected === undefined)
          error(`${pPath}.letter`, "resolution.point-overflow", { clause: clause.number, article: article.number, position: p + 1, last: sequence.at(-1) ?? "" }, { eId: pId });
        else if (letter !== expected)
          error(`${pPath}.letter`, "resolution.point-sequence", { position: p + 1, clause: clause.number, article: article.number, expected, actual: letter }, { eId: pId });
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
      error(node.path, "resolution.duplicate-id", { eId: node.eId, first }, { eId: node.eId });
  }

  // Effective date (the promulgation law's rule governs normative documents only).
  const shortened = doc.shortenedProcedure === true;
  const special = doc.specialCase === true;
  const earliest = normative ? earliestEffectiveDate(doc.adoptedOn, { shortenedProcedure: shortened, specialCase: special }) : undefined;
  if (!normative) {
    // A non-normative resolution is not a văn bản quy phạm pháp luật: no minimum delay applies.
  } else if (earliest === undefined) warning("effectiveFrom", "resolution.effective-unchecked", { adoptedOn: doc.adoptedOn });
  else if (doc.effectiveFrom < earliest.earliest) {
    const r = earliest.rule;
    const x = earliest.exemption;
    const during = r.adoptedDuring.to === undefined ? { from: r.adoptedDuring.from } : { from: r.adoptedDuring.from, to: r.adoptedDuring.to };
    const basis: Citation =
      x === undefined
        ? cite(r.instrument, { article: r.article, ...(r.clause === undefined ? {} : { clause: r.clause }) }, { during })
        : cite(r.instrument, { article: x.article, clause: x.clause }, { during });
    error(
      "effectiveFrom",
      "resolution.effective-too-early",
      {
        effectiveFrom: doc.effectiveFrom,
        earliest: earliest.earliest,
        rule: r.summary,
        note: x !== undefined ? "exemption" : special && !shortened ? "no_special_case" : "none",
        exemption: x?.summary ?? "",
      },
      { basis },
    );
  }


  // NFC.
  for (const [path, s] of strings(doc, ""))
    if (s !== s.normalize("NFC"))
      warning(path, "resolution.not-nfc", {});

  return { valid: problems.every((p) => p.severity !== "error"), problems };
};

/**
 * @deprecated since 0.2.0 — renamed {@link checkResolutionJson}; removed in the next major version.
 * @category resolution
 * @since 0.1.0
 */
export const validateResolutionInput: (input: unknown, options?: ValidateResolutionOptions) => Result.Result<ResolutionValidation, InvalidFacts> = checkResolutionJson;
