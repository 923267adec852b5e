import { issuesFromZod, renderIssue, type InvalidFacts, type IncompleteFacts, type Issue, type UnsupportedPeriod, type ZodIssueLike } from "@ctip-vn/domain";
import type { Context } from "hono";
import { choicesOf, labelerOf, type RequestPart } from "./field-labels.js";
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

/**
 * zod issues of a request part that failed its schema (`input`: the value that was checked), as
 * coded issues naming each field in the route's words (see `field-labels.ts`).
 */
export const requestIssues = (c: Context, issues: ReadonlyArray<ZodIssueLike>, part: RequestPart = "json", input?: unknown): Issue[] =>
  issuesFromZod(issues, labelerOf(c.req.path, part), input, choicesOf(c.req.path, part));

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
