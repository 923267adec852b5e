import { OpenAPIHono } from "@hono/zod-openapi";
import type { AuthVariables } from "./auth.js";
import { issueErrors, requestIssues } from "./domain-problem.js";
import type { RequestPart } from "./field-labels.js";
import { sendProblem } from "./problem.js";

export type Env = { Variables: AuthVariables & { requestId: string } };

/** A router whose request validation failures become 400 problem+json with the failing paths. */
export const router = () =>
  new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      // The validator hands the hook the value it checked as `data`, on failure too: it tells an absent field from a wrong one.
      const input = (result as { readonly data?: unknown }).data;
      return sendProblem(c, "invalid-request", {
        detail: { vi: "Dữ liệu gửi lên không đúng lược đồ.", en: "The request does not match its schema." },
        errors: issueErrors(c, requestIssues(c, result.error.issues, result.target as RequestPart, input)),
      });
    },
  });

export const json = <T>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
export const jsonBody = <T>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
export const bearer = [{ bearerAuth: [] }];
