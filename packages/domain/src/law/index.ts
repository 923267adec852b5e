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
export { formatCitation, citationKey, type Citation } from "../prelude/citation.js";
