import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Base URI of the documented problem types (RFC 9457). */
export const PROBLEM_BASE = "https://ctip-vn.github.io/problems/";

/** An RFC 9457 problem document; extension members are allowed. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly [extension: string]: unknown;
}

/** Builds a problem of one of our documented types. */
export const problemOf = (slug: string, status: number, title: string, extra: Record<string, unknown> = {}): Problem => ({
  type: `${PROBLEM_BASE}${slug}`,
  title,
  status,
  ...extra,
});

/** Sends a problem as `application/problem+json`; the only place statuses for errors are chosen. */
export const sendProblem = (c: Context, problem: Problem): Response =>
  c.body(JSON.stringify({ ...problem, instance: problem.instance ?? c.req.path }), problem.status as ContentfulStatusCode, {
    "Content-Type": "application/problem+json",
  });

export const notFound = (c: Context): Response =>
  sendProblem(c, problemOf("not-found", 404, "Not found", { detail: `No resource at ${c.req.method} ${c.req.path}` }));

/** Last-resort sink: a 500 that leaks no internals; the request id ties it to the server log. */
export const internalError = (c: Context, requestId: string | undefined): Response =>
  sendProblem(c, problemOf("internal", 500, "Internal error", { requestId }));
