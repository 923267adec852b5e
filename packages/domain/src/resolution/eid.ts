import type { ResolutionArticle, ResolutionChapter, ResolutionClause, ResolutionDocument, ResolutionPoint } from "./schema.js";

/** eId of a chapter: `chp_I`. @category resolution @since 0.1.0 */
export const chapterEId = (number: string): string => `chp_${number}`;
/** eId of an article: `art_3` (articles are numbered through the whole document, so no chapter prefix). @category resolution @since 0.1.0 */
export const articleEId = (article: number): string => `art_${article}`;
/** eId of a clause: `art_3__para_2`. @category resolution @since 0.1.0 */
export const clauseEId = (article: number, clause: number): string => `${articleEId(article)}__para_${clause}`;
/** eId of a point: `art_3__para_2__point_b` (the letter as written, so `đ` stays `đ`). @category resolution @since 0.1.0 */
export const pointEId = (article: number, clause: number, letter: string): string => `${clauseEId(article, clause)}__point_${letter}`;

/** An article with where it sits: its JSON path and its chapter, if any. @category resolution @since 0.1.0 */
export interface LocatedArticle {
  readonly article: ResolutionArticle;
  readonly path: string;
  readonly chapter?: ResolutionChapter;
}

/**
 * Every article of a resolution in document order, whether the body is `articles` or
 * `chapters`, with its JSON path (`chapters[1].articles[0]`).
 *
 * **When to use** — any walk over articles; article numbers run through the whole document.
 * @category resolution
 * @since 0.1.0
 */
export const articlesOf = (doc: Pick<ResolutionDocument, "articles" | "chapters">): LocatedArticle[] =>
  doc.chapters !== undefined
    ? doc.chapters.flatMap((chapter, c) => chapter.articles.map((article, a) => ({ article, chapter, path: `chapters[${c}].articles[${a}]` })))
    : (doc.articles ?? []).map((article, a) => ({ article, path: `articles[${a}]` }));

/** One addressable node of a resolution. @category resolution @since 0.1.0 */
export type ResolutionNode =
  | { readonly kind: "chapter"; readonly eId: string; readonly path: string; readonly node: ResolutionChapter }
  | { readonly kind: "article"; readonly eId: string; readonly path: string; readonly node: ResolutionArticle }
  | { readonly kind: "clause"; readonly eId: string; readonly path: string; readonly node: ResolutionClause; readonly article: number }
  | { readonly kind: "point"; readonly eId: string; readonly path: string; readonly node: ResolutionPoint; readonly article: number; readonly clause: number };

/**
 * Every chapter, article, clause and point with its Akoma Ntoso-style eId
 * (`chp_I`, `art_3`, `art_3__para_2`, `art_3__para_2__point_b`), in document order.
 *
 * **Law** — eIds follow the Akoma Ntoso naming convention (OASIS LegalDocML): `art`, `para`,
 * `point`, `chp`, joined by `__`; they derive from the legal numbers, so they are stable across
 * renderings and edits that do not renumber.
 *
 * **When to use** — anchors in HTML, ids in AKN, links from KPIs to provisions.
 *
 * **Gotchas** — a document with duplicate numbers has duplicate eIds; `validateResolution`
 * reports them (`resolution.duplicate-id`).
 *
 * **Example**
 * ```ts
 * resolutionNodes(doc).map((n) => n.eId) // ["art_1", "art_1__para_1", "art_1__para_1__point_a", …]
 * ```
 * @category resolution
 * @since 0.1.0
 */
export const resolutionNodes = (doc: Pick<ResolutionDocument, "articles" | "chapters">): ResolutionNode[] => {
  const out: ResolutionNode[] = [];
  const emitArticle = (article: ResolutionArticle, path: string): void => {
    out.push({ kind: "article", eId: articleEId(article.number), path, node: article });
    article.clauses.forEach((clause, k) => {
      const clausePath = `${path}.clauses[${k}]`;
      out.push({ kind: "clause", eId: clauseEId(article.number, clause.number), path: clausePath, node: clause, article: article.number });
      clause.points.forEach((point, p) =>
        out.push({
          kind: "point",
          eId: pointEId(article.number, clause.number, point.letter),
          path: `${clausePath}.points[${p}]`,
          node: point,
          article: article.number,
          clause: clause.number,
        }),
      );
    });
  };
  if (doc.chapters !== undefined)
    doc.chapters.forEach((chapter, c) => {
      out.push({ kind: "chapter", eId: chapterEId(chapter.number), path: `chapters[${c}]`, node: chapter });
      chapter.articles.forEach((article, a) => emitArticle(article, `chapters[${c}].articles[${a}]`));
    });
  else (doc.articles ?? []).forEach((article, a) => emitArticle(article, `articles[${a}]`));
  return out;
};

/** The node with this eId (the first, if ids repeat). @category resolution @since 0.1.0 */
export const findByEId = (doc: Pick<ResolutionDocument, "articles" | "chapters">, eId: string): ResolutionNode | undefined =>
  resolutionNodes(doc).find((n) => n.eId === eId);
