/**
 * People's Council resolutions (Nghị quyết HĐND) as typed documents: the JSON AST and its zod
 * schema, validation against the drafting rules, Akoma Ntoso-style eIds, rendering to HTML,
 * Markdown, plain text, Akoma Ntoso XML and DOCX, parsing of pasted text, the Nghệ An
 * anti-trafficking template and the links from provisions to KPIs and parameters.
 * @module
 */
export * from "./schema.js";
export * from "./numbering.js";
export * from "./eid.js";
export * from "./effective-date.js";
export * from "./validate.js";
export * from "./render/index.js";
export * from "./parse.js";
export * from "./links.js";
export * from "./template.js";
export type { CouncilTerm, ProvinceCouncil, ResolutionProvince, ResolutionProvincesOption } from "./provinces.js";
export { resolutionMessages } from "./messages.js";
