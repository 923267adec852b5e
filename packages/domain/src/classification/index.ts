/**
 * Case classification under Penal Code Arts 150/151 (the conduct), the offender's liability (Arts 12, 91, 101),
 * and screening of Arts 153, 154 and 348–350.
 * @module
 */
export * from "./classify.js";
export * from "./result.js";
export * from "./rules.js";
export * from "./schema.js";
export * from "./scenarios.js";
export { screen } from "./screening.js";
export * from "./labels.js";
export { classificationMessages } from "./messages.js";
