import { createRoute } from "@hono/zod-openapi";
import { renderMessages } from "@ctip-vn/domain";
import { CaseFacts, ClassificationSchema, classifyJson } from "@ctip-vn/domain/classification";
import { Result } from "effect";
import { domainProblem } from "../domain-problem.js";
import { messageLanguageOf, problemResponses } from "../problem.js";
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
    const r = classifyJson(c.req.valid("json"));
    if (Result.isFailure(r)) return domainProblem(c, r.failure);
    const lang = messageLanguageOf(c);
    return c.json(renderMessages(r.success, lang), 200, { "Content-Language": lang });
  });
