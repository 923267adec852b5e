/**
 * The article structure of a People's Council resolution: numbering of articles, clauses and points.
 * @module
 */
export * from "./numbering.js";
