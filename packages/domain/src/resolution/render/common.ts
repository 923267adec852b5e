import { dateParts, isoDate } from "../../prelude/date.js";
import type { ResolutionDocument } from "../schema.js";
import { councilProvince, type ResolutionProvincesOption } from "../provinces.js";

/** Options of the renderers: `provinces` names each council as its profile does. @category resolution @since 0.4.0 */
export type RenderOptions = ResolutionProvincesOption;

/**
 * Centrally-run cities (thành phố trực thuộc trung ương), whose council is "Hội đồng nhân dân
 * thành phố …" rather than "… tỉnh …". Since the 2025 reorganisation: Hà Nội, Hồ Chí Minh,
 * Hải Phòng, Đà Nẵng, Cần Thơ, Huế (unverified list).
 * @category resolution
 * @since 0.1.0
 */
export const CENTRALLY_RUN_CITIES: ReadonlyArray<string> = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

/** "tỉnh" or "thành phố" for a province name. @category resolution @since 0.1.0 */
export const councilUnit = (province: string): "tỉnh" | "thành phố" =>
  CENTRALLY_RUN_CITIES.includes(province.normalize("NFC").trim()) ? "thành phố" : "tỉnh";

/**
 * The council's unit for a document: the profile's, when `provinces` holds the province the
 * council names; else {@link councilUnit}.
 * @category resolution
 * @since 0.4.0
 */
export const councilUnitOf = (doc: Pick<ResolutionDocument, "council">, options: RenderOptions = {}): "tỉnh" | "thành phố" =>
  councilProvince(doc.council.province, options.provinces)?.council.unit ?? councilUnit(doc.council.province);

/** Upper case in Vietnamese ("Nghệ An" → "NGHỆ AN"). @category resolution @since 0.1.0 */
export const upperVi = (s: string): string => s.toLocaleUpperCase("vi");

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * A date in the wording of Vietnamese documents: "ngày 05 tháng 01 năm 2020".
 *
 * **Law** — days below 10 and the months 1 and 2 take a leading zero (Decree 30/2020/NĐ-CP
 * practice for administrative documents, applied here by analogy; unverified for normative
 * documents).
 * @category resolution
 * @since 0.1.0
 */
export const formatViDate = (d: string): string => {
  const p = dateParts(isoDate(d));
  return `ngày ${pad2(p.day)} tháng ${p.month <= 2 ? pad2(p.month) : String(p.month)} năm ${p.year}`;
};

/** "ngày 05/01/2020". @category resolution @since 0.1.0 */
export const formatShortViDate = (d: string): string => {
  const p = dateParts(isoDate(d));
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
};

/** The national title and motto (Quốc hiệu, Tiêu ngữ). @category resolution @since 0.1.0 */
export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/** @category resolution @since 0.1.0 */
export const NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** The opening of the adoption sentence ("Nghị quyết này đã được …"). */
export const CLOSING_OPENING = "Nghị quyết này đã được";

/**
 * The adoption sentence written from the AST fields: "Nghị quyết này đã được Hội đồng nhân dân
 * tỉnh … khóa …, kỳ họp thứ … thông qua ngày … và có hiệu lực từ ngày …./.".
 * @category resolution
 * @since 0.1.0
 */
export const adoptionSentence = (doc: ResolutionDocument, options: RenderOptions = {}): string =>
  `${CLOSING_OPENING} Hội đồng nhân dân ${councilUnitOf(doc, options)} ${doc.council.province} khóa ${doc.council.term}, kỳ họp thứ ${doc.council.session} thông qua ${formatViDate(doc.adoptedOn)} và có hiệu lực từ ${formatViDate(doc.effectiveFrom)}./.`;

/**
 * The adoption sentence that closes the body, written from `council`, `adoptedOn` and
 * `effectiveFrom` (never searched for in the text), or `undefined` when the document says an
 * article carries it (`adoptionSentence: "article"`, the "Hiệu lực thi hành" article of some
 * resolutions). A body clause that happens to contain "Nghị quyết này đã được" changes nothing.
 * @category resolution
 * @since 0.1.0
 */
export const closingSentence = (doc: ResolutionDocument, options: RenderOptions = {}): string | undefined =>
  doc.adoptionSentence === "article" ? undefined : adoptionSentence(doc, options);

/**
 * A preamble line with its separator: ";" between lines, "." after the last. A separator the
 * drafter already typed is replaced, never doubled (";;", ";.").
 */
export const basisLine = (text: string, last: boolean): string => `${text.replace(/[\s;.,]+$/u, "")}${last ? "." : ";"}`;

/** The issuing body, two lines: "HỘI ĐỒNG NHÂN DÂN" / "TỈNH NGHỆ AN". */
export const issuerLines = (doc: ResolutionDocument, options: RenderOptions = {}): readonly [string, string] => [
  "HỘI ĐỒNG NHÂN DÂN",
  upperVi(`${councilUnitOf(doc, options)} ${doc.council.province}`),
];

/** "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN" / "KHÓA XVII, KỲ HỌP THỨ 12". */
export const councilLines = (doc: ResolutionDocument, options: RenderOptions = {}): readonly [string, string] => [
  upperVi(`Hội đồng nhân dân ${councilUnitOf(doc, options)} ${doc.council.province}`),
  `KHÓA ${doc.council.term}, KỲ HỌP THỨ ${doc.council.session}`,
];

/** "Nghệ An, ngày 12 tháng 12 năm 2019". */
export const placeDateLine = (doc: ResolutionDocument): string => `${doc.place}, ${formatViDate(doc.adoptedOn)}`;

/** Splits a text into its paragraphs (one per line). */
export const paragraphs = (text: string): string[] => text.split("\n");
