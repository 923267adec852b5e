/**
 * `@ctip-vn/domain` — Vietnam's counter-trafficking-in-persons law as typed rules.
 *
 * The root entry exports the prelude (dates, money, fractions, citations, errors) and each
 * concept as a namespace; the subpaths (`/law`, `/classification`, `/eligibility`, `/kpi`,
 * `/resolution`, `/testing`) export the same concepts for tree-shaken imports.
 * @module
 */
export * from "./prelude/index.js";
export { LIBRARY_VERSION } from "./version.js";
export { formatCitation, type InstrumentNames } from "./law/index.js";
export { messageCatalogue, renderIssue, renderMessages } from "./messages.js";
export * as Law from "./law/index.js";
export * as Classification from "./classification/index.js";
export * as Eligibility from "./eligibility/index.js";
export * as Kpi from "./kpi/index.js";
export * as Resolution from "./resolution/index.js";
export * as Province from "./province/index.js";
