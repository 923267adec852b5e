import { issuesFromZod, renderIssue, type FieldLabeler, type InvalidFacts, type IncompleteFacts, type Issue, type UnsupportedPeriod, type ZodIssueLike } from "@ctip-vn/domain";
import { caseFieldLabel } from "@ctip-vn/domain/classification";
import { eligibilityFieldLabel } from "@ctip-vn/domain/eligibility";
import { kpiFieldLabel } from "@ctip-vn/domain/kpi";
import { resolutionFieldLabel } from "@ctip-vn/domain/resolution";
import type { Context } from "hono";
import { languageOf, sendProblem, type ProblemResponse } from "./problem.js";

/**
 * The issues of a problem in the response's language: the path and the code with its parameters
 * stay data; `message` is the issue's text from the domain's message catalogue (a field is named
 * by its label, never by its path).
 */
export const issueErrors = (c: Context, issues: ReadonlyArray<Issue>) => {
  const lang = languageOf(c);
  return issues.map((i) => ({ path: i.path, code: i.code, params: i.params, message: renderIssue(i, lang) }));
};

/** Sends an input problem: `detail` joins the issues' texts, each issue is in `errors`. */
export const issuesProblem = (c: Context, type: "invalid-facts" | "invalid-request", issues: ReadonlyArray<Issue>): ProblemResponse => {
  const errors = issueErrors(c, issues);
  return sendProblem(c, type, { detail: errors.map((e) => e.message).join("; "), errors });
};

/** The field names of the body a route validates, by the route's path. */
const labelerOf = (path: string): FieldLabeler | undefined =>
  path.startsWith("/v1/classification")
    ? caseFieldLabel
    : path.startsWith("/v1/eligibility")
      ? eligibilityFieldLabel
      : path.startsWith("/v1/kpi")
        ? kpiFieldLabel
        : path.startsWith("/v1/resolutions")
          ? resolutionFieldLabel
          : undefined;

/** zod issues of a request that failed its schema, as coded issues named in the route's words. */
export const requestIssues = (c: Context, issues: ReadonlyArray<ZodIssueLike>): Issue[] => issuesFromZod(issues, labelerOf(c.req.path));

/** Maps the domain's "cannot decide" errors to problems (the domain itself knows nothing of HTTP). */
export const domainProblem = (c: Context, e: InvalidFacts | UnsupportedPeriod | IncompleteFacts): ProblemResponse => {
  switch (e._tag) {
    case "InvalidFacts":
      return issuesProblem(c, "invalid-facts", e.issues);
    case "UnsupportedPeriod":
      return sendProblem(c, "unsupported-period", {
        detail: { vi: `Không có quy định được mã hóa cho ngày ${e.asOf} (${e.subject}).`, en: e.message },
        asOf: e.asOf,
        supported: e.supported,
      });
    case "IncompleteFacts":
      return sendProblem(c, "invalid-facts", { detail: { vi: "Thiếu dữ kiện.", en: "Facts are missing." }, missingFacts: e.missing, asOf: e.asOf });
  }
};
