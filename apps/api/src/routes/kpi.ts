import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { renderMessages } from "@ctip-vn/domain";
import { evaluateKpisJson, KpiInput, KpiReportSchema, publishable, PublishedKpiReportSchema } from "@ctip-vn/domain/kpi";
import type { ProvinceProfile } from "@ctip-vn/domain/province";
import { Result } from "effect";
import { domainProblem } from "../domain-problem.js";
import { messageLanguageOf, problemResponses } from "../problem.js";
import { json, jsonBody, router } from "../router.js";

const KpiReport = z.union([KpiReportSchema, PublishedKpiReportSchema]);

export const KpiQuery = z.object({
  view: z.enum(["internal", "public"]).optional().openapi({ description: "`public` suppresses small counts (1 … k−1) and anything that reveals one" }),
  k: z.coerce.number().int().min(11).max(1000).optional().openapi({ description: "Suppression threshold for the public view: 11 or more (default 11)" }),
});

export const kpiRoutes = (provinces: ReadonlyArray<ProvinceProfile> = []) => {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  return router().openapi(
    createRoute({
      method: "post",
      path: "/v1/kpi",
      tags: ["Evaluation"],
      summary: "Evaluate the enforcement KPIs of a province for a period (a preview: public releases go through /v1/provinces/{id}/publications)",
      request: { ...jsonBody(KpiInput), query: KpiQuery },
      responses: { 200: json(KpiReport, "Indicators (met / not_met / not_applicable), figures and receipt"), ...problemResponses(400, 413, 415, 422, 429) },
    }),
    (c) => {
      const body = c.req.valid("json");
      // An installed province's own targets apply (where stricter than Decision 193/QĐ-TTg's).
      const profile = byId.get(body.province);
      const r = evaluateKpisJson(body, profile === undefined ? {} : { provinces: [profile] });
      if (Result.isFailure(r)) return domainProblem(c, r.failure);
      const { view, k } = c.req.valid("query");
      const lang = messageLanguageOf(c);
      const headers = { "Content-Language": lang };
      return view === "public" ? c.json(renderMessages(publishable(r.success, { k: k ?? 11 }), lang), 200, headers) : c.json(renderMessages(r.success, lang), 200, headers);
    },
  );
};
