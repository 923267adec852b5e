/**
 * The law catalogue: instruments, the articles the product encodes, and checked citations.
 * @module
 */
export * from "./instruments.js";
