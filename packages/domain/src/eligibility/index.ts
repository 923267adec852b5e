/**
 * Victim-support eligibility under Law 66/2011/QH12 and Law 53/2024/QH15: the matrices as data,
 * dated support parameters and `assessEligibility`. Province overrides come from
 * `@ctip-vn/domain/province`.
 * @module
 */
export * from "./governing-law.js";
export * from "./basis.js";
export * from "./rules.js";
export * from "./parameters.js";
export * from "./decide.js";
export * from "./schema.js";
export * from "./assess.js";
export * from "./profile.js";
export * from "./scenarios.js";
export { eligibilityMessages } from "./messages.js";
export * from "./labels.js";
