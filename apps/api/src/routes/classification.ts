import { createRoute, type z } from "@hono/zod-openapi";
import { CaseFacts, ClassificationSchema, decideCase } from "@ctip-vn/domain/classification";
import { Result } from "effect";
import { domainProblem } from "../domain-problem.js";
import { problemResponses } from "../problem.js";
import { json, jsonBody, router } from "../router.js";

const classify = createRoute({
  method: "post",
  path: "/v1/classification",
  tags: ["Evaluation"],
  summary: "Classify a case under Penal Code Arts 150/151",
  description: "Applies the law in force on `offenceDate`. Absent fields are unknown; `[]` is known none.",
  request: jsonBody(CaseFacts),
  responses: { 200: json(ClassificationSchema, "The classification with its legal basis and receipt"), ...problemResponses(400, 413, 415, 422, 429) },
});

export const classificationRoutes = () =>
  router().openapi(classify, (c) => {
    const r = decideCase(c.req.valid("json"));
    return Result.isSuccess(r) ? c.json(r.success as unknown as z.infer<typeof ClassificationSchema>, 200) : domainProblem(c, r.failure);
  });
