/**
 * `@ctip-vn/province-hai-phong` — the Hải Phòng city profile for `@ctip-vn/domain`.
 * @module
 */
export * from "./profile.js";
