/**
 * KPI formulas: the five enforcement indicators of the national programme and Nghệ An's plans,
 * their dated targets with citations, exact evaluation from counts or case records, display that
 * never turns a miss into a hit, and small-count suppression for publication.
 * @module
 */
export * from "./display.js";
export * from "./evaluate.js";
export * from "./indicators.js";
export * from "./publish.js";
export * from "./ratio.js";
export * from "./records.js";
export * from "./columns.js";
export * from "./schema.js";
export * from "./targets.js";
export * from "./result.js";
export { kpiMessages } from "./messages.js";
export * from "./fields.js";
