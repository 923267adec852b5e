import { createRoute, z } from "@hono/zod-openapi";
import { evaluateKpis, KpiCounts, KpiPeriod } from "@ctip-vn/domain/kpi";
import type { ProvinceProfile } from "@ctip-vn/domain/province";
import { Result } from "effect";
import { newId, requireRole } from "../auth.js";
import { domainProblem } from "../domain-problem.js";
import { problemResponses, sendProblem } from "../problem.js";
import { bearer, json, jsonBody, router } from "../router.js";
import { inScope, type Store } from "../store/store.js";

const ProvinceSummary = z
  .object({ id: z.string(), version: z.string(), name: z.object({ vi: z.string(), en: z.string() }), instruments: z.number(), overrides: z.array(z.string()) })
  .openapi("ProvinceSummary");
const ProvinceDetail = z
  .object({ id: z.string(), version: z.string(), name: z.object({ vi: z.string(), en: z.string() }), instruments: z.array(z.unknown()), overrides: z.unknown(), manifest: z.array(z.unknown()) })
  .openapi("ProvinceDetail");
const NewReport = z.object({ period: KpiPeriod, counts: KpiCounts }).strict().openapi("NewKpiReport");
const Report = z.object({ id: z.string(), province: z.string(), period: z.object({ from: z.string(), to: z.string() }), result: z.unknown(), createdBy: z.string(), createdAt: z.string() }).openapi("KpiPeriodReport");
const Id = z.object({ id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/).openapi({ example: "nghe-an" }) });

export const provinceRoutes = (store: Store, provinces: ReadonlyArray<ProvinceProfile>) => {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const app = router();
  app.on(["POST"], "/v1/provinces/:id/reports", requireRole(store, "editor"));
  app.on(["GET"], "/v1/provinces/:id/reports", requireRole(store, "viewer"));
  return app
    .openapi(
      createRoute({ method: "get", path: "/v1/provinces", tags: ["Provinces"], summary: "Installed province profiles", responses: { 200: json(z.array(ProvinceSummary), "Profiles") } }),
      (c) =>
        c.json(
          provinces.map((p) => ({ id: p.id, version: p.version, name: { vi: p.name.vi, en: p.name.en }, instruments: p.instruments.length, overrides: Object.keys(p.overrides) })),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/provinces/{id}",
        tags: ["Provinces"],
        summary: "One province profile with its overrides report (what each override changes, from what, to what, on which local basis)",
        request: { params: Id },
        responses: { 200: json(ProvinceDetail, "Profile"), ...problemResponses(400, 404) },
      }),
      (c) => {
        const p = byId.get(c.req.valid("param").id);
        return p === undefined
          ? sendProblem(c, "not-found")
          : c.json({ id: p.id, version: p.version, name: { vi: p.name.vi, en: p.name.en }, instruments: [...p.instruments], overrides: p.overrides, manifest: [...p.manifest] }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/provinces/{id}/reports",
        tags: ["Records"],
        security: bearer,
        summary: "Evaluate and save a KPI period report for a province (editor)",
        request: { params: Id, ...jsonBody(NewReport) },
        responses: { 201: json(Report, "Saved"), ...problemResponses(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const province = c.req.valid("param").id;
        if (!byId.has(province) || !inScope(c.get("user").scope, province)) return sendProblem(c, "not-found");
        const body = c.req.valid("json");
        const r = evaluateKpis({ province, period: body.period, counts: body.counts });
        if (Result.isFailure(r)) return domainProblem(c, r.failure);
        const row = {
          id: newId(),
          province,
          periodFrom: body.period.from,
          periodTo: body.period.to,
          inputJson: JSON.stringify(body),
          resultJson: JSON.stringify(r.success),
          createdBy: c.get("user").email,
          createdAt: new Date().toISOString(),
        };
        await store.kpiReports.insert(row);
        return c.json({ id: row.id, province, period: { from: row.periodFrom, to: row.periodTo }, result: r.success, createdBy: row.createdBy, createdAt: row.createdAt }, 201);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/provinces/{id}/reports",
        tags: ["Records"],
        security: bearer,
        summary: "Saved KPI period reports of a province (viewer)",
        request: { params: Id },
        responses: { 200: json(z.array(Report), "Reports"), ...problemResponses(400, 401, 404) },
      }),
      async (c) => {
        const province = c.req.valid("param").id;
        if (!inScope(c.get("user").scope, province)) return sendProblem(c, "not-found");
        const rows = await store.kpiReports.list(province);
        return c.json(
          rows.map((r) => ({ id: r.id, province: r.province, period: { from: r.periodFrom, to: r.periodTo }, result: JSON.parse(r.resultJson) as unknown, createdBy: r.createdBy, createdAt: r.createdAt })),
          200,
        );
      },
    );
};
