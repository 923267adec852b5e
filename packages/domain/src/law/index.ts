/**
 * The law catalogue: instruments, the articles the product encodes, and checked citations.
 * @module
 */
export * from "./catalogue-types.js";
export * from "./catalogue.js";
export * from "./instruments.js";
export * from "./judicial-guidance.js";
export * from "./penal-code.js";
export * from "./victim-support.js";
export * from "./format.js";
export { citationKey, uniqueCitations, CitationSchema, type Citation, type CitationLocator } from "../prelude/citation.js";
