/**
 * KPI formulas: exact rates, targets and comparisons.
 * @module
 */
export * from "./ratio.js";
