/**
 * The province extension mechanism: declared option points, `defineProvince`, the override
 * manifest and `parseProvinceConfig` for JSON configuration.
 * @module
 */
export * from "./define-province.js";
