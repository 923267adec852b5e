import { ResolutionDocument } from "@ctip-vn/domain/resolution";
import type { MiddlewareHandler } from "hono";
import { sendProblem } from "./problem.js";

/**
 * Bounds on what one request may ask of the server. Every endpoint's cost grows with its body, so
 * the body is bounded in bytes (body limit), in shape (this budget) and, for resolutions, in
 * elements; rendering to DOCX also runs off the event loop with a time budget (render-pool.ts).
 */
export const LIMITS = {
  /** JSON values (objects, arrays, scalars) in one body. */
  jsonNodes: 50_000,
  /** Elements of any one array (e.g. victims of a case, legal bases). */
  arrayLength: 1_000,
  /** Nesting depth of a body. */
  depth: 32,
  /** Characters of any one string. */
  stringChars: 20_000,
  /** Chapters + articles + clauses + points + legal bases of one resolution. */
  resolutionElements: 2_000,
  /** Characters of text in one resolution, all fields together. */
  resolutionChars: 400_000,
} as const;

type Budget = { nodes: number; problem?: string };

const walk = (v: unknown, depth: number, path: string, b: Budget): void => {
  if (b.problem !== undefined) return;
  b.nodes += 1;
  if (b.nodes > LIMITS.jsonNodes) b.problem = `more than ${LIMITS.jsonNodes} JSON values`;
  else if (depth > LIMITS.depth) b.problem = `nested deeper than ${LIMITS.depth} levels at ${path || "the top"}`;
  else if (typeof v === "string") {
    if (v.length > LIMITS.stringChars) b.problem = `a string longer than ${LIMITS.stringChars} characters at ${path || "the top"}`;
  } else if (Array.isArray(v)) {
    if (v.length > LIMITS.arrayLength) b.problem = `an array of more than ${LIMITS.arrayLength} elements at ${path || "the top"}`;
    else for (let i = 0; i < v.length && b.problem === undefined; i++) walk(v[i], depth + 1, `${path}[${i}]`, b);
  } else if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) {
      if (b.problem !== undefined) break;
      walk(x, depth + 1, path === "" ? k : `${path}.${k}`, b);
    }
  }
};

/** Why a JSON body exceeds the budget, or undefined when it fits. */
export const overBudget = (body: unknown): string | undefined => {
  const b: Budget = { nodes: 0 };
  walk(body, 0, "", b);
  return b.problem;
};

/**
 * Refuses JSON bodies beyond {@link LIMITS} with 413 problem+json, before any validation or
 * evaluation. Malformed JSON is left to the route's validator (400).
 */
export const jsonBudget = (): MiddlewareHandler => async (c, next) => {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/json") && c.req.method !== "GET" && c.req.method !== "HEAD") {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = undefined;
    }
    const problem = body === undefined ? undefined : overBudget(body);
    if (problem !== undefined)
      return sendProblem(c, "payload-too-large", { detail: { vi: `Nội dung vượt giới hạn: ${problem}.`, en: `The body exceeds a limit: ${problem}.` } });
  }
  await next();
  return undefined;
};

const count = (doc: ResolutionDocument) => {
  let elements = doc.legalBases.length;
  let chars = doc.title.length + doc.number.length + doc.place.length;
  const articles = [...(doc.articles ?? []), ...(doc.chapters ?? []).flatMap((ch) => ((elements += 1), (chars += ch.title.length), ch.articles))];
  for (const a of articles) {
    elements += 1;
    chars += a.title.length + (a.text?.length ?? 0);
    for (const cl of a.clauses) {
      elements += 1;
      chars += cl.text.length;
      for (const p of cl.points) {
        elements += 1;
        chars += p.text.length;
      }
    }
  }
  for (const lb of doc.legalBases) chars += lb.text.length;
  return { elements, chars };
};

/** {@link ResolutionDocument} with element and text caps, for every API body that carries one. */
export const BoundedResolution = ResolutionDocument.superRefine((doc, ctx) => {
  const { elements, chars } = count(doc);
  // Coded issues: the domain's catalogue words them ("… quá lớn" / "… is too large") in the reader's language.
  if (elements > LIMITS.resolutionElements) ctx.addIssue({ code: "custom", path: [], params: { code: "issue.too-large", limit: LIMITS.resolutionElements, count: elements } });
  if (chars > LIMITS.resolutionChars) ctx.addIssue({ code: "custom", path: [], params: { code: "issue.too-large", limit: LIMITS.resolutionChars, count: chars } });
});
