import { createRoute, z } from "@hono/zod-openapi";
import { renderMessages } from "@ctip-vn/domain";
import { evaluateKpisJson, KpiInput, KpiReportSchema, publishable, PublishedKpiReportSchema } from "@ctip-vn/domain/kpi";
import { Result } from "effect";
import { domainProblem } from "../domain-problem.js";
import { messageLanguageOf, problemResponses } from "../problem.js";
import { json, jsonBody, router } from "../router.js";

const KpiReport = z.union([KpiReportSchema, PublishedKpiReportSchema]);

export const KpiQuery = z.object({
  view: z.enum(["internal", "public"]).optional().openapi({ description: "`public` suppresses small counts (1 … k−1) and anything that reveals one" }),
  k: z.coerce.number().int().min(11).max(1000).optional().openapi({ description: "Suppression threshold for the public view: 11 or more (default 11)" }),
});

export const kpiRoutes = () =>
  router().openapi(
    createRoute({
      method: "post",
      path: "/v1/kpi",
      tags: ["Evaluation"],
      summary: "Evaluate the enforcement KPIs of a province for a period",
      request: { ...jsonBody(KpiInput), query: KpiQuery },
      responses: { 200: json(KpiReport, "Indicators (met / not_met / not_applicable), figures and receipt"), ...problemResponses(400, 413, 415, 422, 429) },
    }),
    (c) => {
      const r = evaluateKpisJson(c.req.valid("json"));
      if (Result.isFailure(r)) return domainProblem(c, r.failure);
      const { view, k } = c.req.valid("query");
      const lang = messageLanguageOf(c);
      const headers = { "Content-Language": lang };
      return view === "public" ? c.json(renderMessages(publishable(r.success, { k: k ?? 11 }), lang), 200, headers) : c.json(renderMessages(r.success, lang), 200, headers);
    },
  );
