/**
 * fast-check arbitraries for the domain's inputs, for this package's properties and for province
 * packages that rerun them against their own law. Needs the optional peer `fast-check`.
 * @module
 */
export * from "./classification.js";
export * from "./dates.js";
export * from "./kpi.js";
export * from "./resolution.js";
export * from "./eligibility.js";
export * from "./province.js";
