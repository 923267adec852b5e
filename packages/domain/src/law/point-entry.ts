import type { ClauseEntry, PointEntry } from "./catalogue-types.js";

/** A point of an encoded clause with its vi/en gloss (shared by the law data files). @internal */
export const point = (letter: PointEntry["point"], vi: string, en: string): PointEntry => ({ point: letter, gloss: { vi, en } });

/** A point the catalogue lists only to keep the numbering: its wording was not read. @internal */
export const unreadPoint = (letter: PointEntry["point"]): PointEntry => point(letter, "(nội dung chưa đọc)", "(wording not read)");

/** A clause the catalogue lists only to keep the numbering: its wording was not read. @internal */
export const unreadClause = (clause: number): ClauseEntry => ({ clause, gloss: { vi: "(nội dung chưa đọc)", en: "(wording not read)" }, points: [] });
