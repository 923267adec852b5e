import { createRoute } from "@hono/zod-openapi";
import { renderMessages } from "@ctip-vn/domain";
import { assessEligibilityJson, EligibilityRequest, EligibilityResult } from "@ctip-vn/domain/eligibility";
import type { ProvinceProfile } from "@ctip-vn/domain/province";
import { Result } from "effect";
import { domainProblem } from "../domain-problem.js";
import { messageLanguageOf, problemResponses } from "../problem.js";
import { json, jsonBody, router } from "../router.js";

export const eligibilityRoutes = (provinces: ReadonlyArray<ProvinceProfile>) =>
  router().openapi(
    createRoute({
      method: "post",
      path: "/v1/eligibility",
      tags: ["Evaluation"],
      summary: "Which support regimes a victim may receive on a decision date",
      description: "Law 66/2011/QH12 until 30/06/2025, Law 53/2024/QH15 from 01/07/2025, with the transitional rule; a province named in the request adds its local rates.",
      request: jsonBody(EligibilityRequest),
      responses: { 200: json(EligibilityResult, "Every regime with its status, reasons and legal basis"), ...problemResponses(400, 413, 415, 422, 429) },
    }),
    (c) => {
      const r = assessEligibilityJson(c.req.valid("json"), { provinces });
      if (Result.isFailure(r)) return domainProblem(c, r.failure);
      const lang = messageLanguageOf(c);
      return c.json(renderMessages(r.success, lang), 200, { "Content-Language": lang });
    },
  );
