/**
 * The starter for a province package of `@ctip-vn/domain`: `npm create @ctip-vn/province`.
 * The CLI asks for what it needs; `scaffold` is the pure function behind it.
 * @packageDocumentation
 */
export { checkAnswers, packageName, scaffold, type AnswerProblem, type ProvinceAnswers } from "./scaffold.js";
export { VERSIONS } from "./versions.js";
