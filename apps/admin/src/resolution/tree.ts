import { pointLettersFor, toRoman, type ResolutionArticle, type ResolutionClause, type ResolutionDocument, type ResolutionPoint } from "@ctip-vn/domain/resolution";

/** Where an article, clause or point stands: chapter index (documents with chapters), then indexes. */
export interface Address {
  readonly chapter?: number;
  readonly article: number;
  readonly clause?: number;
  readonly point?: number;
}

/** The JSON path of a node, as the domain's validation reports it (`articles[0].clauses[1].points[2]`). */
export const pathOf = (a: Address): string =>
  `${a.chapter === undefined ? "" : `chapters[${a.chapter}].`}articles[${a.article}]${a.clause === undefined ? "" : `.clauses[${a.clause}]`}${a.point === undefined ? "" : `.points[${a.point}]`}`;

/** Problems reported at this node itself (its own fields), not at a node inside it. */
export const ownProblems = <P extends { readonly path: string }>(problems: ReadonlyArray<P>, path: string): P[] =>
  problems.filter((p) => p.path === path || (p.path.startsWith(`${path}.`) && !/^\.(articles|clauses|points)\[/.test(p.path.slice(path.length))));

type Doc = ResolutionDocument;
const clone = (d: Doc): Doc => structuredClone(d) as Doc;
const articlesIn = (d: Doc, chapter: number | undefined): ResolutionArticle[] => (chapter === undefined ? (d.articles ?? []) : (d.chapters?.[chapter]?.articles ?? []));
const clausesIn = (d: Doc, a: Address): ResolutionClause[] => articlesIn(d, a.chapter)[a.article]?.clauses ?? [];
const pointsIn = (d: Doc, a: Address): ResolutionPoint[] => clausesIn(d, a)[a.clause ?? -1]?.points ?? [];

const move = <T,>(list: T[], from: number, to: number) => {
  if (to < 0 || to >= list.length) return;
  const [x] = list.splice(from, 1);
  if (x !== undefined) list.splice(to, 0, x);
};

/** The list holding the node at `a`, and its index there. */
const siblings = (d: Doc, a: Address): [unknown[], number] =>
  a.point !== undefined ? [pointsIn(d, a), a.point] : a.clause !== undefined ? [clausesIn(d, a), a.clause] : [articlesIn(d, a.chapter), a.article];

/** Moves a node up (−1) or down (+1) among its siblings. */
export const moveNode = (d: Doc, a: Address, by: -1 | 1): Doc => {
  const next = clone(d);
  const [list, i] = siblings(next, a);
  move(list, i, i + by);
  return next;
};

/** Removes a node (and what it holds). */
export const removeNode = (d: Doc, a: Address): Doc => {
  const next = clone(d);
  const [list, i] = siblings(next, a);
  list.splice(i, 1);
  return next;
};

/** Adds an empty article at the end (of the chapter, when there are chapters); its number is the next one. */
export const addArticle = (d: Doc, chapter?: number): Doc => {
  const next = clone(d);
  const count = (next.chapters ?? []).reduce((n, c) => n + c.articles.length, next.articles?.length ?? 0);
  articlesIn(next, chapter).push({ number: count + 1, title: "", clauses: [] });
  return next;
};

/** Adds an empty chapter at the end (documents with chapters). */
export const addChapter = (d: Doc): Doc => {
  const next = clone(d);
  next.chapters = [...(next.chapters ?? []), { number: toRoman((next.chapters?.length ?? 0) + 1), title: "", articles: [] }];
  return next;
};

/** Adds an empty clause at the end of an article. */
export const addClause = (d: Doc, a: Address): Doc => {
  const next = clone(d);
  const art = articlesIn(next, a.chapter)[a.article];
  art?.clauses.push({ number: (art.clauses.length ?? 0) + 1, text: "", points: [] });
  return next;
};

/**
 * Inserts an empty point in a clause, before point `before` (or at the end). It has no letter
 * until the clause is renumbered, so validation marks the sequence until then.
 */
export const insertPoint = (d: Doc, a: Address, before?: number): Doc => {
  const next = clone(d);
  const points = pointsIn(next, a);
  points.splice(before ?? points.length, 0, { letter: before === undefined ? (pointLettersFor(Math.min(points.length + 1, 23))[points.length] ?? "") : "", text: "" });
  return next;
};

/** Sets a field of a node. */
export const setField = (d: Doc, a: Address, field: "title" | "text", value: string): Doc => {
  const next = clone(d);
  const [list, i] = siblings(next, a);
  const node = list[i] as Record<string, unknown> | undefined;
  if (node !== undefined) node[field] = value;
  return next;
};

/** Sets a chapter's title. */
export const setChapterTitle = (d: Doc, chapter: number, title: string): Doc => {
  const next = clone(d);
  const c = next.chapters?.[chapter];
  if (c !== undefined) c.title = title;
  return next;
};

/** Adds or removes a link (KPI, figure or parameter key) on a node. */
export const toggleLink = (d: Doc, a: Address, key: string): Doc => {
  const next = clone(d);
  const [list, i] = siblings(next, a);
  const node = list[i] as { implements?: string[] } | undefined;
  if (node === undefined) return next;
  const keys = node.implements ?? [];
  node.implements = keys.includes(key) ? keys.filter((k) => k !== key) : [...keys, key];
  if (node.implements.length === 0) delete node.implements;
  return next;
};

/**
 * Renumbers everything in order: chapters I, II, …; articles 1, 2, … through the whole
 * resolution; clauses 1, 2, … in each article; points a, b, c, d, đ, e, g, … in each clause
 * (past the 23rd letter the letters are left for validation to report).
 */
export const renumber = (d: Doc): Doc => {
  const next = clone(d);
  let n = 0;
  next.chapters?.forEach((c, i) => (c.number = toRoman(i + 1)));
  const arts = next.chapters === undefined ? (next.articles ?? []) : next.chapters.flatMap((c) => c.articles);
  for (const art of arts) {
    art.number = ++n;
    art.clauses.forEach((k, i) => {
      k.number = i + 1;
      if (k.points.length <= 23) {
        const letters = pointLettersFor(k.points.length);
        k.points.forEach((p, j) => (p.letter = letters[j] ?? p.letter));
      }
    });
  }
  return next;
};

/** A line-by-line difference (longest common subsequence): kept, removed and added lines in order. */
export const lineDiff = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): Array<{ kind: "same" | "del" | "add"; text: string }> => {
  const m = a.length;
  const n = b.length;
  // lcs[i * (n + 1) + j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((m + 1) * (n + 1));
  const at = (i: number, j: number) => lcs[i * (n + 1) + j] ?? 0;
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) lcs[i * (n + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const out: Array<{ kind: "same" | "del" | "add"; text: string }> = [];
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && y !== undefined && x === y) {
      out.push({ kind: "same", text: x });
      i++;
      j++;
    } else if (x !== undefined && (y === undefined || at(i + 1, j) >= at(i, j + 1))) {
      out.push({ kind: "del", text: x });
      i++;
    } else if (y !== undefined) {
      out.push({ kind: "add", text: y });
      j++;
    }
  }
  return out;
};
