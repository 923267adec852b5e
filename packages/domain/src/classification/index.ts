/**
 * Case classification under Penal Code Arts 150/151, with screening of Arts 152–154, 348, 349.
 * @module
 */
export * from "./schema.js";
