/**
 * `@ctip-vn/province-nghe-an` — the Nghệ An province profile for `@ctip-vn/domain`.
 * @module
 */
export * from "./profile.js";
