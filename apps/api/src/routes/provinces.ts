import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { renderMessages } from "@ctip-vn/domain";
import { evaluateKpis, KpiCounts, KpiPeriod, publicationRecord, publishKpis, PublishedKpiReportSchema, type PublicationRecord } from "@ctip-vn/domain/kpi";
import type { ProvinceProfile } from "@ctip-vn/domain/province";
import { Result } from "effect";
import { newId, requireRole } from "../auth.js";
import { domainProblem } from "../domain-problem.js";
import { messageLanguageOf, problemResponses, sendProblem } from "../problem.js";
import { bearer, json, jsonBody, router } from "../router.js";
import { inScope, type KpiReportRow, type Store } from "../store/store.js";

const ProvinceSummary = z
  .object({ id: z.string(), version: z.string(), name: z.object({ vi: z.string(), en: z.string() }), instruments: z.number(), overrides: z.array(z.string()) })
  .openapi("ProvinceSummary");
const ProvinceDetail = z
  .object({
    id: z.string(),
    version: z.string(),
    name: z.object({ vi: z.string(), en: z.string() }),
    council: z
      .object({ unit: z.enum(["tỉnh", "thành phố"]), name: z.string(), place: z.string(), terms: z.array(z.object({ term: z.string(), from: z.string(), to: z.string().optional() })) })
      .openapi({ description: "The People's Council as resolutions name it (read by the resolution template and renderers)" }),
    instruments: z.array(z.unknown()),
    overrides: z.unknown(),
    manifest: z.array(z.unknown()),
  })
  .openapi("ProvinceDetail");
const NewReport = z.object({ period: KpiPeriod, counts: KpiCounts }).strict().openapi("NewKpiReport");
const ImportReports = z.object({ reports: z.array(NewReport).min(1).max(500) }).strict().openapi("ImportKpiReports");
const Report = z.object({ id: z.string(), province: z.string(), period: z.object({ from: z.string(), to: z.string() }), result: z.unknown(), createdBy: z.string(), createdAt: z.string() }).openapi("KpiPeriodReport");
const NewPublication = z
  .object({
    period: KpiPeriod,
    counts: KpiCounts,
    k: z.number().int().min(11).max(1000).optional().openapi({ description: "Suppression threshold: 11 or more (default 11)" }),
  })
  .strict()
  .openapi("NewKpiPublication");
const Publication = z
  .object({ id: z.string(), province: z.string(), seq: z.number().int(), period: z.object({ from: z.string(), to: z.string() }), k: z.number().int(), report: PublishedKpiReportSchema, createdBy: z.string(), createdAt: z.string() })
  .openapi("KpiPublication");
const Id = z.object({ id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/).openapi({ example: "nghe-an" }) });

export const provinceRoutes = (store: Store, provinces: ReadonlyArray<ProvinceProfile>) => {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const app = router();
  app.on(["POST"], "/v1/provinces/:id/reports", requireRole(store, "editor"));
  app.on(["POST"], "/v1/provinces/:id/reports/import", requireRole(store, "editor"));
  app.on(["GET"], "/v1/provinces/:id/reports", requireRole(store, "viewer"));
  app.on(["POST"], "/v1/provinces/:id/publications", requireRole(store, "editor"));
  app.on(["GET"], "/v1/provinces/:id/publications", requireRole(store, "viewer"));
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
          : c.json({ id: p.id, version: p.version, name: { vi: p.name.vi, en: p.name.en }, council: { ...p.council, terms: [...p.council.terms] }, instruments: [...p.instruments], overrides: p.overrides, manifest: [...p.manifest] }, 200);
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
        const profile = byId.get(province);
        const r = evaluateKpis({ province, period: body.period, counts: body.counts }, profile === undefined ? {} : { provinces: [profile] });
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
        method: "post",
        path: "/v1/provinces/{id}/reports/import",
        tags: ["Records"],
        security: bearer,
        summary: "Import several KPI period reports at once (editor): all are saved, or none (422 lists every failing row)",
        request: { params: Id, ...jsonBody(ImportReports) },
        responses: { 201: json(z.object({ imported: z.number().int() }), "Every row saved"), ...problemResponses(400, 401, 403, 404, 422) },
      }),
      async (c) => {
        const province = c.req.valid("param").id;
        if (!byId.has(province) || !inScope(c.get("user").scope, province)) return sendProblem(c, "not-found");
        const { reports } = c.req.valid("json");
        const now = new Date().toISOString();
        const by = c.get("user").email;
        const rows: KpiReportRow[] = [];
        const errors: Array<{ path: string; message: string }> = [];
        reports.forEach((body, i) => {
          const profile = byId.get(province);
          const r = evaluateKpis({ province, period: body.period, counts: body.counts }, profile === undefined ? {} : { provinces: [profile] });
          if (Result.isFailure(r)) {
            const f = r.failure;
            if (f._tag === "InvalidFacts") for (const issue of f.issues) errors.push({ path: `reports[${i}].${issue.path}`, message: issue.message });
            else errors.push({ path: `reports[${i}].period`, message: f.message });
            return;
          }
          rows.push({ id: newId(), province, periodFrom: body.period.from, periodTo: body.period.to, inputJson: JSON.stringify(body), resultJson: JSON.stringify(r.success), createdBy: by, createdAt: now });
        });
        if (errors.length > 0)
          return sendProblem(c, "unprocessable-import", { detail: { vi: `${errors.length} lỗi; không dòng nào được lưu.`, en: `${errors.length} errors; no row was saved.` }, errors });
        await store.kpiReports.insertMany(rows);
        return c.json({ imported: rows.length }, 201);
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
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/provinces/{id}/publications",
        tags: ["Records"],
        security: bearer,
        summary:
          "Publish a province's KPIs for a calendar month, quarter or year (editor): small counts (1 … k−1) withheld, and any count whose difference with an earlier overlapping publication would reveal one; recorded in the publication ledger",
        request: { params: Id, ...jsonBody(NewPublication) },
        responses: { 201: json(Publication, "Published and recorded"), ...problemResponses(400, 401, 403, 404, 409, 422) },
      }),
      async (c) => {
        const province = c.req.valid("param").id;
        const profile = byId.get(province);
        if (profile === undefined || !inScope(c.get("user").scope, province)) return sendProblem(c, "not-found");
        const body = c.req.valid("json");
        const r = evaluateKpis({ province, period: body.period, counts: body.counts }, { provinces: [profile] });
        if (Result.isFailure(r)) return domainProblem(c, r.failure);
        // Check against the ledger and append as the next number; a concurrent release that took the
        // number first makes the insert fail, and the check runs again on the longer ledger.
        for (let attempt = 0; attempt < 3; attempt++) {
          const rows = await store.kpiPublications.list(province);
          const ledger = rows.map((row): PublicationRecord => ({ province: row.province, period: { from: row.periodFrom, to: row.periodTo }, k: row.k, counts: JSON.parse(row.countsJson) as PublicationRecord["counts"] }));
          const published = publishKpis(r.success, { k: body.k ?? 11, ledger });
          if (Result.isFailure(published)) return domainProblem(c, published.failure);
          const row = {
            id: newId(),
            province,
            seq: (rows.at(-1)?.seq ?? 0) + 1,
            periodFrom: body.period.from,
            periodTo: body.period.to,
            k: published.success.k,
            countsJson: JSON.stringify(publicationRecord(published.success).counts),
            publishedJson: JSON.stringify(published.success),
            createdBy: c.get("user").email,
            createdAt: new Date().toISOString(),
          };
          if (await store.kpiPublications.append(row)) {
            const lang = messageLanguageOf(c);
            return c.json(
              { id: row.id, province, seq: row.seq, period: { from: row.periodFrom, to: row.periodTo }, k: row.k, report: renderMessages(published.success, lang), createdBy: row.createdBy, createdAt: row.createdAt },
              201,
              { "Content-Language": lang },
            );
          }
        }
        return sendProblem(c, "conflict", { detail: { vi: "Một lần công bố khác vừa được ghi; vui lòng thử lại.", en: "Another publication was just recorded; please try again." } });
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/provinces/{id}/publications",
        tags: ["Records"],
        security: bearer,
        summary: "The KPI publication ledger of a province: what was published, for which period (viewer)",
        request: { params: Id },
        responses: { 200: json(z.array(Publication), "Publications, oldest first"), ...problemResponses(400, 401, 404) },
      }),
      async (c) => {
        const province = c.req.valid("param").id;
        if (!inScope(c.get("user").scope, province)) return sendProblem(c, "not-found");
        const rows = await store.kpiPublications.list(province);
        return c.json(
          rows.map((row) => ({
            id: row.id,
            province: row.province,
            seq: row.seq,
            period: { from: row.periodFrom, to: row.periodTo },
            k: row.k,
            report: PublishedKpiReportSchema.parse(JSON.parse(row.publishedJson)),
            createdBy: row.createdBy,
            createdAt: row.createdAt,
          })),
          200,
        );
      },
    );
};
