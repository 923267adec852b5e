import { Result } from "effect";
import { instrumentIds, instruments, type Instrument } from "../law/index.js";
import { fromParts, isIsoDate } from "../prelude/date.js";
import { POINT_LETTERS } from "../prelude/point-letter.js";
import { getOrThrow, InvalidFacts } from "../prelude/errors.js";
import type { Issue } from "../prelude/issue.js";
import { issueOf } from "./messages.js";

const PASTED: { vi: string; en: string; fr: string } = { vi: "Văn bản được dán vào", en: "The pasted text", fr: "Le texte collé" };
const missing = (part: string): Issue => issueOf("text", "resolution.parse.missing", { field: PASTED, part });
import { CLOSING_OPENING, NATIONAL_TITLE } from "./render/common.js";
import {
  decodeResolution, type LegalBasis, type ResolutionArticle, type ResolutionChapter, type ResolutionClause, type ResolutionDocument,
} from "./schema.js";

const VI_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const PLACE_DATE = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$/u;
const NUMBER_LINE = /Số\s*:\s*(\S+)/u;
const CHAPTER = /^Chương\s+([IVXLCDM]+)\b[.:]?\s*(.*)$/u;
const ARTICLE = /^Điều\s+(\d+)\s*[.:](?:\s+(.*))?$/u;
const CLAUSE = /^(\d+)\.(?:\s+(.*))?$/u;
const POINT = /^(\p{Ll})\)(?:\s+(.*))?$/u;
const COUNCIL_HEAD = /^HỘI ĐỒNG NHÂN DÂN\s+(TỈNH|THÀNH PHỐ)\s+(.+?)(?:\s+KHÓA\s+.*)?$/u;
const TERM_SESSION = /KHÓA\s+([IVXLCDM]+)\s*,?\s*KỲ HỌP THỨ\s+(\d+)/iu;
const ENACTING = /QUYẾT NGHỊ\s*:\s*$/iu;
const SIGNATURE = /^((?:TM|KT|Q)\.\s*.+)$/u;
const CLOSING = new RegExp(
  `${CLOSING_OPENING}\\s+Hội đồng nhân dân\\s+(?:tỉnh|thành phố)\\s+(.+?)\\s+khóa\\s+([IVXLCDM]+)\\s*,?\\s*kỳ họp thứ\\s+(\\d+)`,
  "iu",
);
const EFFECTIVE = /có hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const EFFECTIVE_SHORT = /có hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/iu;
const ADOPTED = /thông qua\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
/**
 * A whole adoption sentence and nothing else: "Nghị quyết này đã được Hội đồng nhân dân tỉnh X
 * khóa …, kỳ họp thứ … thông qua ngày … và có hiệu lực từ ngày …./.". The province holds no
 * full stop, so two sentences never read as one.
 */
const ADOPTION_SENTENCE = new RegExp(
  `^${CLOSING_OPENING}\\s+Hội đồng nhân dân\\s+(?:tỉnh|thành phố)\\s+[^.;]+?\\s+khóa\\s+[IVXLCDM]+\\s*,?\\s*kỳ họp thứ\\s+\\d+\\s+thông qua\\s+ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}[^.;]*?có hiệu lực(?:\\s+thi hành)?(?:\\s+kể)?\\s+từ\\s+ngày\\s+(?:\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{4})\\s*\\.?\\s*(?:\\/\\.)?$`,
  "iu",
);
/** A page marker of a PDF: "- 2 -", "– 12 –". */
const PAGE_MARKER = /^[-–—]\s*\d{1,3}\s*[-–—]$/u;
/** A line ending in a reference to points ("… điểm a và", "các điểm a, b,"): the next "b) …" continues it. */
const POINT_REFERENCE = /(?:^|\s)điểm(?:\s+\p{Ll}\s*,?)*(?:\s+(?:và|hoặc))?$/u;
/** A line ending in a reference to clauses ("… khoản 1 và"): the next "2. …" continues it. */
const CLAUSE_REFERENCE = /(?:^|\s)khoản(?:\s+\d+\s*,?)*(?:\s+(?:và|hoặc))?$/u;

/** Line cleaning: NFC, no-break and zero-width spaces, runs of blanks. */
const clean = (line: string): string =>
  line
    .normalize("NFC")
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000\t]/g, " ")
    .replace(/\u00ad/g, "")
    .replace(/ {2,}/g, " ")
    .trim()
    // The upper-case "KHOÁ" of older typography is the same word as "KHÓA".
    .replace(/KHOÁ/gu, "KHÓA")
    .replace(/[Kk]hoá/gu, (m) => `${m[0] ?? "k"}hóa`);

const isNoise = (line: string): boolean =>
  /^[-_=–—.*\s]+$/u.test(line) || /^\d{1,3}$/.test(line) || PAGE_MARKER.test(line) || /^(Trang|Page)\s+\d+/iu.test(line);

const ymd = (d: string, m: string, y: string): string | undefined => {
  const day = Number(d);
  const month = Number(m);
  const year = Number(y);
  const s = `${y.padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isIsoDate(s) ? fromParts({ year, month, day }) : undefined;
};

const titleCase = (s: string): string =>
  s
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => (w === "" ? w : (w[0] ?? "").toLocaleUpperCase("vi") + w.slice(1)))
    .join(" ");

/** Whether a line closes a paragraph (so the next line starts a new one). */
const endsParagraph = (s: string): boolean => /[.;:!?…]["”)]?$/u.test(s);

const joinLine = (prev: string, next: string): string => (prev === "" ? next : `${prev}${endsParagraph(prev) ? "\n" : " "}${next}`);

const citationFor = (text: string): LegalBasis["citation"] | undefined => {
  const hits = instrumentIds.filter((id) => {
    const i: Instrument = instruments[id];
    if (i.province !== undefined) return false;
    const n = i.number;
    const at = text.indexOf(n);
    if (at < 0) return false;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + n.length);
    return !/[\p{L}\p{N}/]/u.test(before) && !/[\p{L}\p{N}/-]/u.test(after);
  });
  const numbers = new Set(hits.map((id) => instruments[id].number));
  const [only] = hits;
  return hits.length === 1 && numbers.size === 1 && only !== undefined ? { instrument: only } : undefined;
};

/**
 * Parses the plain text of a People's Council resolution (pasted from a PDF or Word file) into
 * a {@link ResolutionDocument}.
 *
 * **Law** — reads the printed layout of a People's Council resolution: "Số: …/…/NQ-HĐND", "<place>, ngày … tháng
 * … năm …", "NGHỊ QUYẾT" + title, "HỘI ĐỒNG NHÂN DÂN TỈNH …" / "KHÓA …, KỲ HỌP THỨ …", the
 * "Căn cứ …;" / "Xét …" preamble up to "QUYẾT NGHỊ:", then "Chương I", "Điều 1. Title",
 * "1. clause", "a) point", the adoption sentence "Nghị quyết này đã được … thông qua ngày … và có
 * hiệu lực từ ngày …" and the "TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH / name" block.
 *
 * **When to use** — importing an existing resolution; the result is a document to validate and
 * edit. `parseResolution(renderResolution(doc, "text"))` gives `doc` back (round trip).
 *
 * **Gotchas**
 * - Text is NFC-normalised; blank, dash-only and page-number lines ("2", "- 2 -", "Trang 2")
 *   are dropped; "KHOÁ" is read as "KHÓA".
 * - "N." starts a clause only when N is the next clause number, or when it is followed by text
 *   and the previous line ends a sentence: a wrapped "2020." continues the sentence before it.
 *   Likewise "b)" starts a point only as the next letter or after a finished sentence, and
 *   never right after "… điểm a và" (a cross-reference wrapped at the letter).
 * - A line that does not start a new unit continues the previous one: joined with a space when
 *   the previous line does not end a sentence (a PDF line wrap), with `\n` when it does.
 * - The province comes from the adoption sentence (in its written case), else from the
 *   upper-case header. The adoption and effective dates come from the adoption sentence — the
 *   closing paragraph, else the closing ("Hiệu lực thi hành") article — never from the first
 *   "có hiệu lực từ ngày …" elsewhere in the body. A header date that differs from the
 *   sentence's "thông qua ngày …" is reported (both dates and lines), not silently chosen.
 * - The adoption sentence read inside an article sets `adoptionSentence: "article"`; a
 *   number "<n>/NQ-HĐND" (no year) sets `kind: "non-normative"`.
 * - A legal basis gets a `citation` when its text names exactly one registered instrument.
 * - A lower-case line right after "Điều n. …" continues the article title (titles wrap in
 *   PDFs; an article's own text starts with a capital).
 * - Points written directly under an article (no clause) are kept in the article text.
 * - Metadata (`implements`, `status`, `shortenedProcedure`) is not in the text and is not set.
 * - Missing parts (no number, no date, no article) give `InvalidFacts` with `line N` paths.
 *
 * **Example**
 * ```ts
 * parseResolution(renderResolution(doc, "text")) // Success(doc)
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const parseResolution = (text: string): Result.Result<ResolutionDocument, InvalidFacts> => {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((raw, i) => ({ n: i + 1, s: clean(raw) }))
    .filter((l) => l.s !== "" && !isNoise(l.s));
  const issues: Issue[] = [];
  const at = (pred: (s: string) => boolean, from = 0): number => {
    for (let i = from; i < lines.length; i++) if (pred(lines[i]?.s ?? "")) return i;
    return -1;
  };

  // Header: everything before "NGHỊ QUYẾT".
  const docType = at((s) => /^NGHỊ QUYẾT$/u.test(s));
  if (docType < 0) issues.push(missing("doctype"));
  const header = lines.slice(0, Math.max(docType, 0));
  let number = "";
  let place = "";
  let adoptedOn = "";
  let headerProvince = "";
  let headerDateLine = 0;
  for (const { s: raw, n } of header) {
    const s = raw.replace(NATIONAL_TITLE, " ").replace(/Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/u, " ").replace(/ {2,}/g, " ").trim();
    const num = NUMBER_LINE.exec(s);
    if (num?.[1] !== undefined && number === "") number = num[1];
    const pd = PLACE_DATE.exec(s.replace(/^.*?Số\s*:\s*\S+\s*/u, ""));
    if (pd !== null && place === "") {
      place = (pd[1] ?? "").trim();
      adoptedOn = ymd(pd[2] ?? "", pd[3] ?? "", pd[4] ?? "") ?? "";
      headerDateLine = n;
    }
    const unit = /^(?:HỘI ĐỒNG NHÂN DÂN\s+)?(TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(s);
    if (unit?.[2] !== undefined && headerProvince === "") headerProvince = titleCase(unit[2]);
  }
  if (number === "") issues.push(missing("number"));
  if (adoptedOn === "") issues.push(missing("date"));

  // Title, council, preamble.
  let i = docType + 1;
  const titleParts: string[] = [];
  while (i < lines.length && !COUNCIL_HEAD.test(lines[i]?.s ?? "") && !TERM_SESSION.test(lines[i]?.s ?? "")) titleParts.push(lines[i++]?.s ?? "");
  let term = "";
  let session = 0;
  for (let k = i; k < Math.min(i + 3, lines.length); k++) {
    const ts = TERM_SESSION.exec(lines[k]?.s ?? "");
    if (ts !== null) {
      term = (ts[1] ?? "").toUpperCase();
      session = Number(ts[2]);
      i = k + 1;
      break;
    }
  }
  const enacting = at((s) => ENACTING.test(s), i);
  if (enacting < 0) issues.push(missing("enacting"));
  const bases: LegalBasis[] = [];
  let pending = "";
  const flush = (): void => {
    const t = pending.replace(/[;.,]$/u, "").trim();
    if (t !== "") {
      const citation = citationFor(t);
      bases.push(citation === undefined ? { text: t } : { text: t, citation });
    }
    pending = "";
  };
  for (let k = i; k <= enacting && k >= 0; k++) {
    let s = lines[k]?.s ?? "";
    if (k === enacting) s = s.replace(ENACTING, "").trim();
    if (s === "") continue;
    if (/^(Căn cứ|Xét|Theo đề nghị|Trên cơ sở)\b/u.test(s)) flush();
    pending = pending === "" ? s : `${pending} ${s}`;
    if (/[;.]$/u.test(s)) flush();
  }
  flush();

  // Body.
  let chapters: ResolutionChapter[] | undefined;
  const articles: ResolutionArticle[] = [];
  type MutableArticle = { number: number; title: string; text?: string; clauses: ResolutionClause[] };
  let article: MutableArticle | undefined;
  let clause: { number: number; text: string; points: { letter: string; text: string }[] } | undefined;
  let point: { letter: string; text: string } | undefined;
  let chapter: { number: string; title: string; articles: ResolutionArticle[] } | undefined;
  let expectChapterTitle = false;
  let closingText = "";
  let closingLine = 0;
  let signatureAt = -1;
  /** The previous line of the body ("" right after a heading): decides whether "2." or "b)" starts a unit. */
  let prev = "";
  const body = enacting < 0 ? lines.length : enacting + 1;
  const isSignature = (s: string): boolean => SIGNATURE.test(s) || /^Nơi nhận\s*:/u.test(s);
  const bodyEnd = ((): number => {
    const end = at(isSignature, body);
    return end < 0 ? lines.length : end;
  })();
  for (let k = body; k < lines.length; k++) {
    const s = lines[k]?.s ?? "";
    if (isSignature(s)) {
      signatureAt = k;
      break;
    }
    if (closingText !== "") {
      closingText = `${closingText} ${s}`;
      continue;
    }
    const hasContent = article !== undefined && (article.text !== undefined || article.clauses.length > 0);
    // The closing paragraph: the whole rest of the body is one adoption sentence.
    if (
      s.startsWith(CLOSING_OPENING) &&
      (article === undefined || hasContent) &&
      ADOPTION_SENTENCE.test(lines.slice(k, bodyEnd).map((l) => l.s).join(" "))
    ) {
      closingText = s;
      closingLine = lines[k]?.n ?? 0;
      continue;
    }
    const before = prev;
    prev = s;
    const ch = CHAPTER.exec(s);
    if (ch !== null) {
      chapters ??= [];
      chapter = { number: ch[1] ?? "", title: ch[2] ?? "", articles: [] };
      chapters.push(chapter);
      expectChapterTitle = (ch[2] ?? "") === "";
      article = undefined;
      clause = undefined;
      point = undefined;
      prev = "";
      continue;
    }
    if (expectChapterTitle && chapter !== undefined && !ARTICLE.test(s)) {
      chapter.title = chapter.title === "" ? s : `${chapter.title} ${s}`;
      continue;
    }
    expectChapterTitle = false;
    const art = ARTICLE.exec(s);
    if (art !== null) {
      article = { number: Number(art[1]), title: art[2] ?? "", clauses: [] };
      (chapter?.articles ?? articles).push(article);
      clause = undefined;
      point = undefined;
      prev = "";
      continue;
    }
    if (article === undefined) {
      issues.push(issueOf(`line ${lines[k]?.n ?? 0}`, "resolution.parse.stray-text", { line: lines[k]?.n ?? 0 }));
      continue;
    }
    const finished = before === "" || endsParagraph(before);
    const cl = CLAUSE.exec(s);
    if (
      cl !== null &&
      (Number(cl[1]) === article.clauses.length + 1 || ((cl[2] ?? "") !== "" && finished)) &&
      !CLAUSE_REFERENCE.test(before)
    ) {
      clause = { number: Number(cl[1]), text: cl[2] ?? "", points: [] };
      article.clauses.push(clause);
      point = undefined;
      continue;
    }
    const pt = POINT.exec(s);
    if (
      pt !== null &&
      clause !== undefined &&
      (pt[1] === POINT_LETTERS[clause.points.length] || finished) &&
      !POINT_REFERENCE.test(before)
    ) {
      point = { letter: pt[1] ?? "", text: pt[2] ?? "" };
      clause.points.push(point);
      continue;
    }
    // A lower-case line right after "Điều n. …" continues a wrapped title.
    if (article.text === undefined && article.clauses.length === 0 && /^\p{Ll}/u.test(s) && !endsParagraph(article.title)) {
      article.title = article.title === "" ? s : `${article.title} ${s}`;
      continue;
    }
    if (point !== undefined) point.text = joinLine(point.text, s);
    else if (clause !== undefined) clause.text = joinLine(clause.text, s);
    else article.text = joinLine(article.text ?? "", s);
  }
  if (articles.length === 0 && (chapters === undefined || chapters.every((c) => c.articles.length === 0)))
    issues.push(missing("article"));

  // Signature: capacity line, then title, then the first line that is not a recipient, a seal note or blank.
  let signature = { capacity: "", title: "", name: "" };
  const sig = signatureAt < 0 ? -1 : at((s) => SIGNATURE.test(s.replace(/^Nơi nhận\s*:\s*/u, "")), signatureAt);
  if (sig >= 0) {
    // In a two-column paste the title can share a line with a recipient: "- Chính phủ; CHỦ TỊCH".
    const rest = lines
      .slice(sig + 1)
      .map((l) => /^[-–•+].*?[;.:]\s+(\p{Lu}[\p{Lu} ]*\p{Lu})$/u.exec(l.s)?.[1] ?? l.s)
      .filter((s) => !/^[-–•+]/u.test(s) && !/^(Nơi nhận|Lưu\s*:|\(?đã ký|\[(?:chữ ký|signature|đã ký)|\(ký)/iu.test(s));
    signature = {
      capacity: (lines[sig]?.s ?? "").replace(/^Nơi nhận\s*:\s*/u, ""),
      title: rest[0] ?? "",
      name: rest[1] ?? "",
    };
  } else issues.push(missing("signature"));

  // Adoption sentence and effective date: the closing paragraph, else the closing article (the
  // last one, "Hiệu lực thi hành"), never the first "có hiệu lực từ ngày …" of the body.
  const lastArticle = (chapters ?? [{ articles }]).flatMap((c) => c.articles).at(-1);
  const closingArticleText =
    lastArticle === undefined
      ? ""
      : [lastArticle.text ?? "", ...lastArticle.clauses.flatMap((c2) => [c2.text, ...c2.points.map((p) => p.text)])].join(" ").replace(/\n/g, " ");
  const sentenceText = closingText !== "" ? closingText : closingArticleText;
  const closing = CLOSING.exec(sentenceText);
  const inArticle = closingText === "" && closing !== null;
  const province = closing?.[1]?.trim() ?? headerProvince;
  if (term === "" && closing !== null) {
    term = (closing[2] ?? "").toUpperCase();
    session = Number(closing[3]);
  }
  // Dates are read from the adoption sentence on (the closing article may say other things first).
  const tail = sentenceText.slice(closing?.index ?? 0);
  const adopted = ADOPTED.exec(tail);
  const adoptedInSentence = adopted === null ? undefined : ymd(adopted[1] ?? "", adopted[2] ?? "", adopted[3] ?? "");
  if (adoptedOn === "" && adoptedInSentence !== undefined) adoptedOn = adoptedInSentence;
  else if (adoptedInSentence !== undefined && adoptedInSentence !== adoptedOn)
    issues.push(
      issueOf("adoptedOn", "resolution.parse.date-mismatch", { headerLine: headerDateLine, headerDate: adoptedOn, sentenceLine: Math.max(closingLine, 0), sentenceDate: adoptedInSentence }),
    );
  const [eff] = [EFFECTIVE.exec(tail), EFFECTIVE_SHORT.exec(tail)].flatMap((m) => (m === null ? [] : [m])).toSorted((a, b) => a.index - b.index);
  const effectiveFrom = eff === undefined ? "" : (ymd(eff[1] ?? "", eff[2] ?? "", eff[3] ?? "") ?? "");
  if (effectiveFrom === "") issues.push(missing("effective"));
  if (term === "") issues.push(missing("term"));
  if (issues.length > 0) return Result.fail(new InvalidFacts({ issues }));

  const doc = {
    number,
    council: { province, term, session },
    place,
    adoptedOn,
    effectiveFrom,
    title: titleParts.join(" "),
    legalBases: bases,
    ...(chapters === undefined ? { articles } : { chapters }),
    signature,
    ...(/^\d+\/NQ-HĐND$/u.test(number) ? { kind: "non-normative" as const } : {}),
    ...(inArticle ? { adoptionSentence: "article" as const } : {}),
  };
  return decodeResolution(doc);
};

/** The date phrase "ngày 12 tháng 12 năm 2019" as an ISO day, or `undefined`. @category resolution @since 0.1.0 */
export const parseViDate = (s: string): string | undefined => {
  const m = VI_DATE.exec(s.normalize("NFC"));
  return m === null ? undefined : ymd(m[1] ?? "", m[2] ?? "", m[3] ?? "");
};

/** {@link parseResolution}, returning the document and throwing `InvalidFacts`. @category resolution @since 0.2.0 */
export const parseResolutionUnsafe = (text: string): ResolutionDocument => getOrThrow(parseResolution(text));
