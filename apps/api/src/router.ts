import { OpenAPIHono } from "@hono/zod-openapi";
import type { AuthVariables } from "./auth.js";
import { issueErrors, requestIssues } from "./domain-problem.js";
import { sendProblem } from "./problem.js";

export type Env = { Variables: AuthVariables & { requestId: string } };

/** A router whose request validation failures become 400 problem+json with the failing paths. */
export const router = () =>
  new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      return sendProblem(c, "invalid-request", {
        detail: { vi: "Dữ liệu gửi lên không đúng lược đồ.", en: "The request does not match its schema." },
        errors: issueErrors(c, requestIssues(c, result.error.issues)),
      });
    },
  });

export const json = <T>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
export const jsonBody = <T>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
export const bearer = [{ bearerAuth: [] }];
