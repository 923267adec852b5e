export * from "./citation.js";
export * from "./confidence.js";
export * from "./date.js";
export * from "./errors.js";
export * from "./fraction.js";
export * from "./label.js";
export * from "./money.js";
export * from "./point-letter.js";
