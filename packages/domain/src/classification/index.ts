/**
 * Case classification under Penal Code Arts 150/151, with screening of Arts 152–154, 348, 349.
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
