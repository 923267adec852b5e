import type { PointEntry } from "./catalogue-types.js";

/** A point of an encoded clause with its vi/en gloss (shared by the law data files). @internal */
export const point = (letter: PointEntry["point"], vi: string, en: string): PointEntry => ({ point: letter, gloss: { vi, en } });
