/**
 * Victim-support eligibility under Law 66/2011/QH12 and Law 53/2024/QH15.
 * @module
 */
export * from "./governing-law.js";
