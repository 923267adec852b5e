/**
 * Word (`.docx`) rendering of resolutions. Kept on its own subpath because it needs the optional
 * peer dependency `docx`: `import { renderResolutionDocx } from "@ctip-vn/domain/resolution/docx"`.
 * @module
 */
export { docxRenderer, DocxUnavailable, renderResolutionDocx, type DocxLibrary } from "./render.js";
