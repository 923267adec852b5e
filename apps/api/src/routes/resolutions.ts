import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import {
  linksOf,
  ngheAnAntiTraffickingTemplate,
  renderResolution,
  RESOLUTION_MEDIA_TYPES,
  resolutionFileName,
  ResolutionDocument,
  checkResolutionJson,
  ProvisionLinkSchema,
  ResolutionValidationSchema,
  type ResolutionProvince,
} from "@ctip-vn/domain/resolution";
import { Result } from "effect";
import { newId, requireRole } from "../auth.js";
import { domainProblem } from "../domain-problem.js";
import { problemResponses, sendProblem } from "../problem.js";
import { bearer, json, jsonBody, router } from "../router.js";
import { BoundedResolution } from "../limits.js";
import { RenderUnavailable, type DocxRenderer } from "../render.js";
import type { Context } from "hono";
import type { AuthUser } from "../auth.js";
import { provinceForNewRecord } from "../scope.js";
import { inScope, type Scope, type Store } from "../store/store.js";

const Validation = ResolutionValidationSchema;
const Format = z.object({ format: z.enum(["html", "md", "docx", "akn", "text"]).openapi({ description: "Output format" }) });
const Draft = z
  .object({ id: z.string(), title: z.string(), province: z.string().nullable(), createdBy: z.string(), version: z.number().int(), document: z.unknown(), versions: z.array(z.object({ version: z.number(), createdBy: z.string(), createdAt: z.string() })), updatedAt: z.string() })
  .openapi("ResolutionDraft");
const DraftSummary = z.object({ id: z.string(), title: z.string(), province: z.string().nullable(), createdBy: z.string(), version: z.number().int(), updatedAt: z.string() }).openapi("ResolutionDraftSummary");
const ProvinceQuery = z.object({ province: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/).optional().openapi({ description: "Province the draft belongs to (default: your only province; national accounts: none = national)" }) });
const SaveDraft = z.object({ baseVersion: z.number().int().min(1), document: BoundedResolution }).strict().openapi("SaveResolutionDraft");
const IdParam = z.object({ id: z.string().uuid() });
/** Editors change their own drafts; admins any draft in their scope. */
const mayChange = (user: AuthUser, createdBy: string) => user.role === "admin" || user.email === createdBy;
const notOwner = (c: Context) => sendProblem(c, "forbidden", { detail: { vi: "Chỉ người tạo bản nháp hoặc quản trị viên được sửa hay xóa.", en: "Only the draft's creator or an admin may change or archive it." } });

export const resolutionRoutes = (store: Store, provinces: ReadonlyArray<ResolutionProvince>, renderDocx: DocxRenderer) => {
  const provinceIds = provinces.map((p) => p.id);
  // Plain data only: DOCX rendering may run on a worker thread (profiles carry functions).
  const plain = { provinces: provinces.map((p) => ({ id: p.id, name: p.name, council: p.council, instruments: p.instruments })) };
  const app = router();
  app.on(["POST"], "/v1/resolutions", requireRole(store, "editor"));
  app.on(["GET"], "/v1/resolutions", requireRole(store, "viewer"));
  // Ids are UUIDs, so /v1/resolutions/template and /validate never meet these guards.
  const ID = ":id{[0-9a-fA-F-]{36}}";
  app.on(["PUT", "DELETE"], `/v1/resolutions/${ID}`, requireRole(store, "editor"));
  app.on(["GET"], `/v1/resolutions/${ID}`, requireRole(store, "viewer"));
  app.on(["GET"], `/v1/resolutions/${ID}/versions/:version`, requireRole(store, "viewer"));

  /** The draft when it exists and is inside the user's scope (otherwise it does not exist for them: 404). */
  const visible = async (id: string, scope: Scope) => {
    const draft = await store.drafts.byId(id);
    return draft !== undefined && inScope(scope, draft.province) ? draft : undefined;
  };
  const draftView = async (id: string) => {
    const draft = await store.drafts.byId(id);
    if (draft === undefined) return undefined;
    const versions = await store.drafts.versions(id);
    const latest = versions.at(-1)?.version ?? draft.latestVersion;
    const row = await store.drafts.version(id, latest);
    return { id, title: draft.title, province: draft.province, createdBy: draft.createdBy, version: latest, document: JSON.parse(row?.docJson ?? "null") as unknown, versions, updatedAt: draft.updatedAt };
  };

  return app
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/resolutions/validate",
        tags: ["Resolutions"],
        summary: "Check a resolution's structure, numbering, legal bases and effective date",
        request: jsonBody(BoundedResolution),
        responses: { 200: json(Validation, "Every problem with its path, code and vi/en message"), ...problemResponses(400, 413, 415) },
      }),
      (c) => {
        const r = checkResolutionJson(c.req.valid("json"), { provinces });
        return Result.isSuccess(r) ? c.json(r.success, 200) : domainProblem(c, r.failure);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/resolutions/render",
        tags: ["Resolutions"],
        summary: "Render a resolution as HTML (A4, print CSS), Markdown, plain text, DOCX or Akoma Ntoso 3.0 XML",
        request: { query: Format, ...jsonBody(BoundedResolution) },
        responses: {
          200: {
            description: "The rendered document",
            content: Object.fromEntries(Object.values(RESOLUTION_MEDIA_TYPES).map((t) => [t.split(";")[0] ?? t, { schema: z.string() }])),
          },
          ...problemResponses(400, 413, 415, 503),
        },
      }),
      async (c) => {
        const doc = c.req.valid("json");
        const { format } = c.req.valid("query");
        if (format === "docx") {
          let bytes: Uint8Array;
          try {
            bytes = await renderDocx(doc, plain);
          } catch (e) {
            if (!(e instanceof RenderUnavailable)) throw e;
            return sendProblem(
              c,
              "render-unavailable",
              { detail: e.reason === "busy" ? { vi: "Máy chủ đang bận tạo văn bản. Hãy thử lại sau ít giây.", en: "Too many documents are being rendered. Retry in a few seconds." } : { vi: "Văn bản quá lớn để tạo trong thời gian cho phép.", en: "The document took too long to render." } },
              { "Retry-After": "5" },
            );
          }
          return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "Content-Type": RESOLUTION_MEDIA_TYPES.docx, "Content-Disposition": `attachment; filename="${resolutionFileName(doc, "docx")}"` });
        }
        return c.body(renderResolution(doc, format, { provinces }), 200, {
          "Content-Type": RESOLUTION_MEDIA_TYPES[format],
          "Content-Disposition": `inline; filename="${resolutionFileName(doc, format)}"`,
        });
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/resolutions/template",
        tags: ["Resolutions"],
        summary: "The six-article Nghệ An template (labelled as a template), ready to validate, render or save",
        responses: { 200: json(ResolutionDocument, "Template") },
      }),
      (c) => c.json(ngheAnAntiTraffickingTemplate(), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/resolutions/links",
        tags: ["Resolutions"],
        summary: "Which provisions implement which KPI or parameter (and back)",
        request: jsonBody(BoundedResolution),
        responses: { 200: json(z.array(ProvisionLinkSchema), "Links"), ...problemResponses(400) },
      }),
      (c) => c.json(linksOf(c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/resolutions", tags: ["Resolutions"], security: bearer, summary: "Saved drafts of your provinces (viewer)", responses: { 200: json(z.array(DraftSummary), "Drafts"), ...problemResponses(401) } }),
      async (c) => c.json((await store.drafts.list(c.get("user").scope)).map((d) => ({ id: d.id, title: d.title, province: d.province, createdBy: d.createdBy, version: d.latestVersion, updatedAt: d.updatedAt })), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/resolutions",
        tags: ["Resolutions"],
        security: bearer,
        summary: "Save a new draft, version 1 (editor)",
        request: { query: ProvinceQuery, ...jsonBody(BoundedResolution) },
        responses: { 201: json(Draft, "Created"), ...problemResponses(400, 401, 403) },
      }),
      async (c) => {
        const document = c.req.valid("json");
        const owner = provinceForNewRecord(c, c.get("user"), c.req.valid("query").province, provinceIds);
        if (owner instanceof Response) return owner;
        const now = new Date().toISOString();
        const id = newId();
        const by = c.get("user").email;
        await store.drafts.create(
          { id, title: document.title, latestVersion: 1, deleted: false, createdBy: by, createdAt: now, updatedAt: now, province: owner.province },
          { draftId: id, version: 1, docJson: JSON.stringify(document), createdBy: by, createdAt: now },
        );
        return c.json((await draftView(id)) as z.infer<typeof Draft>, 201);
      },
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/resolutions/{id}", tags: ["Resolutions"], security: bearer, summary: "A draft's latest version and its history", request: { params: IdParam }, responses: { 200: json(Draft, "Draft"), ...problemResponses(400, 401, 404) } }),
      async (c) => {
        const { id } = c.req.valid("param");
        const view = (await visible(id, c.get("user").scope)) === undefined ? undefined : await draftView(id);
        return view === undefined ? sendProblem(c, "not-found") : c.json(view as z.infer<typeof Draft>, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/resolutions/{id}/versions/{version}",
        tags: ["Resolutions"],
        security: bearer,
        summary: "One saved version of a draft",
        request: { params: IdParam.extend({ version: z.coerce.number().int().min(1) }) },
        responses: { 200: json(z.object({ id: z.string(), version: z.number(), document: z.unknown(), createdBy: z.string(), createdAt: z.string() }), "Version"), ...problemResponses(400, 401, 404) },
      }),
      async (c) => {
        const { id, version } = c.req.valid("param");
        const row = (await visible(id, c.get("user").scope)) === undefined ? undefined : await store.drafts.version(id, version);
        return row === undefined
          ? sendProblem(c, "not-found")
          : c.json({ id, version, document: JSON.parse(row.docJson) as unknown, createdBy: row.createdBy, createdAt: row.createdAt }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/v1/resolutions/{id}",
        tags: ["Resolutions"],
        security: bearer,
        summary: "Save a new version (its creator, or an admin of its province); `baseVersion` must be the latest (409 otherwise)",
        request: { params: IdParam, ...jsonBody(SaveDraft) },
        responses: { 200: json(Draft, "Saved"), ...problemResponses(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const { baseVersion, document } = c.req.valid("json");
        const draft = await visible(id, c.get("user").scope);
        if (draft === undefined) return sendProblem(c, "not-found");
        if (!mayChange(c.get("user"), draft.createdBy)) return notOwner(c);
        const current = await draftView(id);
        if (current === undefined) return sendProblem(c, "not-found");
        if (current.version !== baseVersion)
          return sendProblem(c, "conflict", { detail: { vi: `Bản mới nhất là ${current.version}.`, en: `The latest version is ${current.version}.` }, latestVersion: current.version });
        const now = new Date().toISOString();
        const ok = await store.drafts.append(id, { draftId: id, version: baseVersion + 1, docJson: JSON.stringify(document), createdBy: c.get("user").email, createdAt: now }, document.title);
        if (!ok) return sendProblem(c, "conflict", { detail: { vi: "Bản nháp vừa được người khác lưu.", en: "Someone else saved this draft first." } });
        return c.json((await draftView(id)) as z.infer<typeof Draft>, 200);
      },
    )
    .openapi(
      createRoute({ method: "delete", path: "/v1/resolutions/{id}", tags: ["Resolutions"], security: bearer, summary: "Archive a draft (its creator, or an admin of its province; versions are kept)", request: { params: IdParam }, responses: { 204: { description: "Archived" }, ...problemResponses(401, 403, 404) } }),
      async (c) => {
        const { id } = c.req.valid("param");
        const draft = await visible(id, c.get("user").scope);
        if (draft === undefined) return sendProblem(c, "not-found");
        if (!mayChange(c.get("user"), draft.createdBy)) return notOwner(c);
        return (await store.drafts.remove(id)) ? c.body(null, 204) : sendProblem(c, "not-found");
      },
    );
};
