import type { ResolutionDocument } from "../schema.js";
import type { RenderOptions } from "./common.js";
import { renderAkn, slug } from "./akn.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { renderText } from "./text.js";

/** The text formats `renderResolution` writes. @category resolution @since 0.1.0 */
export const RESOLUTION_TEXT_FORMATS = ["html", "md", "text", "akn"] as const;
/** @category resolution @since 0.1.0 */
export type ResolutionTextFormat = (typeof RESOLUTION_TEXT_FORMATS)[number];

/** Media type of each format (for `Content-Type`). @category resolution @since 0.1.0 */
export const RESOLUTION_MEDIA_TYPES = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  text: "text/plain; charset=utf-8",
  akn: "application/akn+xml; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const satisfies Record<ResolutionTextFormat | "docx", string>;

/**
 * Renders a resolution in one of the text formats.
 *
 * **Law** — layout of a provincial council resolution (Decree 78/2025 Art. 71 components):
 * national title and motto, issuing council, number,
 * place and date, "NGHỊ QUYẾT" and title, council term and session, legal bases, "QUYẾT NGHỊ:",
 * articles, adoption sentence, "TM. HỘI ĐỒNG NHÂN DÂN / CHỦ TỊCH" signature.
 *
 * **When to use** — `"html"` for preview and printing (A4 print CSS), `"md"` for review in
 * Git, `"text"` for copy-paste (and round-trips through `parseResolution`), `"akn"` for
 * Akoma Ntoso 3.0 exchange. For Word use `renderResolutionDocx` from `@ctip-vn/domain/resolution/docx`.
 *
 * **Gotchas** — the renderers do not validate; run `validateResolution` first. The adoption
 * sentence ("Nghị quyết này đã được … thông qua ngày … và có hiệu lực từ ngày …") is written
 * from `council`, `adoptedOn` and `effectiveFrom` after the last article, whatever the body
 * says, unless `adoptionSentence: "article"` declares that an article carries it.
 * `implements` links are not printed.
 *
 * **Example**
 * ```ts
 * renderResolution(doc, "text").split("\n")[2] // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const renderResolution = (doc: ResolutionDocument, format: ResolutionTextFormat, options: RenderOptions = {}): string => {
  switch (format) {
    case "html":
      return renderHtml(doc, options);
    case "md":
      return renderMarkdown(doc, options);
    case "text":
      return renderText(doc, options);
    case "akn":
      return renderAkn(doc, options);
  }
};

/**
 * The file name a rendered resolution is saved under: `nghi-quyet_<number>.<ext>`, the number
 * as an ASCII slug ("24/2019/NQ-HĐND" → `nghi-quyet_24-2019-nq-hdnd.docx`), `du-thao` for a draft
 * without a number yet. Safe in a `Content-Disposition` header and on every file system.
 *
 * @example
 * ```ts
 * resolutionFileName({ ...doc, number: "24/2019/NQ-HĐND" }, "akn") // "nghi-quyet_24-2019-nq-hdnd.akn.xml"
 * ```
 * @category resolution
 * @since 0.4.0
 */
export const resolutionFileName = (doc: Pick<ResolutionDocument, "number">, format: ResolutionTextFormat | "docx"): string =>
  // The extension is the format's name except for plain text and Akoma Ntoso (no module name written out here: see test/bundle.test.ts).
  `nghi-quyet_${slug(doc.number) || "du-thao"}.${format === "akn" ? "akn.xml" : format === "text" ? "txt" : format}`;

export { AKN_NAMESPACE, renderAkn, slug } from "./akn.js";
export { adoptionSentence, CENTRALLY_RUN_CITIES, councilUnit, councilUnitOf, type RenderOptions, formatViDate, NATIONAL_MOTTO, NATIONAL_TITLE } from "./common.js";
export { escapeXml, renderHtml } from "./html.js";
export { escapeMarkdown, renderMarkdown } from "./markdown.js";
export { renderText } from "./text.js";
