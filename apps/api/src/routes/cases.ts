import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import type { Context } from "hono";
import { newId, requireRole, type AuthUser } from "../auth.js";
import { CASE_STATUS_LABELS, CASE_STATUSES, CASE_TRANSITIONS, refusal, type CaseStatus } from "../case-workflow.js";
import { problemResponses, sendProblem, type ProblemResponse } from "../problem.js";
import { bearer, json, jsonBody, router } from "../router.js";
import { provinceForNewRecord } from "../scope.js";
import type { CaseRow, NewAuditEntry } from "../store/cases.js";
import { inScope, type Store } from "../store/store.js";

/** A pseudonymous reference: letters, digits and . _ / - only, so that no name can be written in it. */
const Pseudonym = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, "a pseudonymous reference: letters, digits, . _ / - (no names, no spaces)")
  .openapi({ example: "NA-2024-0042" });
const ProvinceId = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/).openapi({ example: "nghe-an" });
const Status = z.enum(CASE_STATUSES).openapi({ description: "new (mới) → reviewing (đang xem xét) → decided (đã quyết định) → closed (đóng); a closed case can be re-opened" });
const Version = z.number().int().min(1).optional().openapi({ description: "The case version you saw; 409 when the case has changed since" });
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const IdParam = z.object({ id: z.string().uuid() });

const CaseSummary = z
  .object({
    id: z.string(),
    ref: z.string(),
    province: z.string().nullable(),
    status: Status,
    version: z.number().int(),
    articles: z.array(z.string()),
    regimes: z.array(z.string()),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("CaseSummary");
const CaseFile = CaseSummary.extend({
  moves: z.array(z.object({ to: Status, allowed: z.boolean(), why: z.enum(["role", "needs-decision"]).optional() })).openapi({ description: "The moves from the current status, and whether you may make them" }),
  notes: z.array(z.object({ id: z.string(), text: z.string(), createdBy: z.string(), createdAt: z.string() })),
  attachments: z.array(z.object({ id: z.string(), name: z.string(), mediaType: z.string(), size: z.number(), sha256: z.string(), createdBy: z.string(), createdAt: z.string() })),
  decisions: z.array(
    z.object({
      decisionId: z.string(),
      kind: z.enum(["classification", "eligibility"]),
      person: z.string().nullable(),
      caseRef: z.string(),
      asOf: z.string(),
      result: z.unknown(),
      addedBy: z.string(),
      addedAt: z.string(),
    }),
  ),
}).openapi("CaseFile");
const AuditEntry = z.object({ seq: z.number().int(), actor: z.string(), action: z.enum(["created", "status", "note", "attachment", "decision"]), before: z.unknown().nullable(), after: z.unknown().nullable(), at: z.string() }).openapi("CaseAuditEntry");

const summary = (r: CaseRow) => ({
  id: r.id,
  ref: r.ref,
  province: r.province,
  status: r.status,
  version: r.version,
  articles: JSON.parse(r.articles) as string[],
  regimes: JSON.parse(r.regimes) as string[],
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** The Penal Code articles and eligible support regimes a saved result shows (for search). */
const tagsOf = (kind: string, result: unknown): { articles: string[]; regimes: string[] } => {
  const r = result as { charges?: ReadonlyArray<{ article?: unknown }>; regimes?: ReadonlyArray<{ regime?: unknown; status?: unknown }> };
  return kind === "classification"
    ? { articles: (r.charges ?? []).map((c) => String(c.article)), regimes: [] }
    : { articles: [], regimes: (r.regimes ?? []).filter((g) => g.status === "ELIGIBLE").map((g) => String(g.regime)) };
};
const union = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) => [...new Set([...a, ...b])].toSorted();

const notClosed = (c: Context, row: CaseRow) =>
  row.status === "closed" ? sendProblem(c, "invalid-transition", { detail: { vi: "Hồ sơ đã đóng: hãy mở lại trước khi bổ sung.", en: "The case is closed: re-open it before adding to it." } }) : undefined;
const OTHER_PROVINCE = { vi: "Quyết định thuộc tỉnh khác với hồ sơ.", en: "The decision belongs to another province than the case." };
const conflict = (c: Context) => sendProblem(c, "conflict", { detail: { vi: "Hồ sơ vừa được người khác thay đổi; hãy tải lại.", en: "Someone else changed the case first; reload it." } });

export const caseRoutes = (store: Store, provinceIds: ReadonlyArray<string>) => {
  const app = router();
  app.on(["POST"], "/v1/cases", requireRole(store, "editor"));
  app.on(["GET"], "/v1/cases", requireRole(store, "viewer"));
  const viewer = requireRole(store, "viewer");
  const editor = requireRole(store, "editor");
  app.use("/v1/cases/*", (c, next) => (c.req.method === "GET" || c.req.method === "HEAD" ? viewer(c as never, next) : editor(c as never, next)));
  app.on(["GET"], "/v1/cases/:id/audit", requireRole(store, "admin"));

  /** The case if it exists and is in the caller's scope (otherwise it does not exist for them). */
  const load = async (user: AuthUser, id: string) => {
    const row = await store.cases.byId(id);
    return row === undefined || !inScope(user.scope, row.province) ? undefined : row;
  };
  const view = async (user: AuthUser, row: CaseRow) => {
    const [notes, attachments, decisions] = await Promise.all([store.cases.notes(row.id), store.cases.attachments(row.id), store.cases.decisions(row.id)]);
    return {
      ...summary(row),
      moves: CASE_TRANSITIONS.filter((t) => t.from === row.status).map((t) => {
        const why = refusal(row.status, t.to, user.role, decisions.length);
        return { to: t.to, allowed: why === undefined, ...(why === undefined || why === "no-such-move" ? {} : { why }) };
      }),
      notes: notes.map((n) => ({ id: n.id, text: n.text, createdBy: n.createdBy, createdAt: n.createdAt })),
      attachments: attachments.map((a) => ({ id: a.id, name: a.name, mediaType: a.mediaType, size: a.size, sha256: a.sha256, createdBy: a.createdBy, createdAt: a.createdAt })),
      decisions: decisions.map(({ link, decision }) => ({
        decisionId: decision.id,
        kind: decision.kind,
        person: link.person,
        caseRef: decision.caseRef,
        asOf: decision.asOf,
        result: JSON.parse(decision.resultJson) as unknown,
        addedBy: link.addedBy,
        addedAt: link.addedAt,
      })),
    };
  };
  /**
   * The case a change is asked for: in the caller's scope, at the version the caller saw, and
   * (unless `closedToo`) not closed — else the problem to answer.
   */
  const loadForChange = async (c: Context, user: AuthUser, id: string, version: number | undefined, closedToo = false): Promise<CaseRow | ProblemResponse> => {
    const row = await load(user, id);
    if (row === undefined) return sendProblem(c, "not-found");
    if (version !== undefined && version !== row.version) return conflict(c);
    return closedToo ? row : (notClosed(c, row) ?? row);
  };
  /**
   * Writes one change of a case — its fields, the audit entry and what it adds, together or not at
   * all (the audit entry of the new version is the lock) — and reads the case as it now is.
   */
  const commit = async (
    c: Context,
    user: AuthUser,
    row: CaseRow,
    change: { patch?: Parameters<Store["cases"]["change"]>[2]; action: NewAuditEntry["action"]; before?: unknown; after: unknown; at: string; adds?: Parameters<Store["cases"]["change"]>[5] },
  ): Promise<z.infer<typeof CaseFile> | ProblemResponse> => {
    const entry = audit(row, user, change.action, change.before ?? null, change.after, change.at);
    if (!(await store.cases.change(row.id, row.version, change.patch ?? {}, change.at, entry, change.adds))) return conflict(c);
    const after = await store.cases.byId(row.id);
    return after === undefined ? sendProblem(c, "not-found") : ((await view(user, after)) as z.infer<typeof CaseFile>);
  };
  const audit = (row: CaseRow, user: AuthUser, action: NewAuditEntry["action"], before: unknown, after: unknown, at: string): NewAuditEntry => ({
    caseId: row.id,
    actor: user.email,
    action,
    beforeJson: before === null ? null : JSON.stringify(before),
    afterJson: after === null ? null : JSON.stringify(after),
    at,
  });

  return app
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/cases",
        tags: ["Cases"],
        security: bearer,
        summary: "Case files of your provinces, most recently changed first (viewer), filtered by status, period opened, article, regime or reference",
        request: {
          query: z.object({
            status: Status.optional(),
            from: Day.optional().openapi({ description: "Opened on or after this day" }),
            to: Day.optional().openapi({ description: "Opened on or before this day" }),
            article: z.enum(["150", "151"]).optional().openapi({ description: "Penal Code article among the case's classifications" }),
            regime: z.string().regex(/^[a-z_]+$/).optional().openapi({ description: "Support regime a person of the case is eligible for" }),
            ref: z.string().regex(/^[A-Za-z0-9._/-]{1,64}$/).optional().openapi({ description: "Start of the reference" }),
            limit: z.coerce.number().int().min(1).max(500).optional(),
          }),
        },
        responses: { 200: json(z.array(CaseSummary), "Case files"), ...problemResponses(400, 401) },
      }),
      async (c) => {
        const q = c.req.valid("query");
        const rows = await store.cases.list({
          scope: c.get("user").scope,
          limit: q.limit ?? 200,
          ...(q.status === undefined ? {} : { status: q.status }),
          ...(q.from === undefined ? {} : { from: q.from }),
          ...(q.to === undefined ? {} : { to: q.to }),
          ...(q.article === undefined ? {} : { article: q.article }),
          ...(q.regime === undefined ? {} : { regime: q.regime }),
          ...(q.ref === undefined ? {} : { ref: q.ref }),
        });
        return c.json(rows.map(summary), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/cases",
        tags: ["Cases"],
        security: bearer,
        summary: "Open a case file under a pseudonymous reference (editor); status new",
        request: jsonBody(z.object({ ref: Pseudonym, province: ProvinceId.optional() }).strict().openapi("NewCase")),
        responses: { 201: json(CaseFile, "Opened"), ...problemResponses(400, 401, 403, 409) },
      }),
      async (c) => {
        const user = c.get("user");
        const body = c.req.valid("json");
        const owner = provinceForNewRecord(c, user, body.province, provinceIds);
        if (owner instanceof Response) return owner;
        const now = new Date().toISOString();
        const row: CaseRow = { id: newId(), ref: body.ref, province: owner.province, status: "new", articles: "[]", regimes: "[]", version: 1, createdBy: user.email, createdAt: now, updatedAt: now };
        const ok = await store.cases.create(row, audit(row, user, "created", null, { ref: row.ref, province: row.province, status: row.status }, now));
        if (!ok) return sendProblem(c, "conflict", { detail: { vi: `Đã có hồ sơ ${body.ref}.`, en: `There is already a case ${body.ref}.` } });
        return c.json((await view(user, row)) as z.infer<typeof CaseFile>, 201);
      },
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/cases/{id}", tags: ["Cases"], security: bearer, summary: "One case file with its notes, attachments, decisions and the moves you may make", request: { params: IdParam }, responses: { 200: json(CaseFile, "The case"), ...problemResponses(400, 401, 404) } }),
      async (c) => {
        const user = c.get("user");
        const row = await load(user, c.req.valid("param").id);
        return row === undefined ? sendProblem(c, "not-found") : c.json((await view(user, row)) as z.infer<typeof CaseFile>, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/cases/{id}/status",
        tags: ["Cases"],
        security: bearer,
        summary: "Move a case to another status (editor; closing and re-opening: admin); 409 when the move is not allowed or the case changed",
        request: { params: IdParam, ...jsonBody(z.object({ to: Status, version: Version }).strict().openapi("CaseMove")) },
        responses: { 200: json(CaseFile, "Moved"), ...problemResponses(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const user = c.get("user");
        const { to, version } = c.req.valid("json");
        const row = await loadForChange(c, user, c.req.valid("param").id, version, true);
        if (row instanceof Response) return row;
        const why = refusal(row.status, to, user.role, (await store.cases.decisions(row.id)).length);
        if (why === "role") return sendProblem(c, "forbidden", { detail: { vi: "Chỉ quản trị viên được đóng hoặc mở lại hồ sơ.", en: "Only an administrator may close or re-open a case." } });
        if (why === "needs-decision") return sendProblem(c, "invalid-transition", { detail: { vi: "Hãy gắn ít nhất một quyết định vào hồ sơ trước.", en: "Attach at least one decision to the case first." } });
        if (why === "no-such-move") return sendProblem(c, "invalid-transition", { detail: { vi: `Không chuyển được hồ sơ từ trạng thái “${CASE_STATUS_LABELS[row.status as CaseStatus].vi}” sang “${CASE_STATUS_LABELS[to].vi}”.`, en: `A case cannot move from “${CASE_STATUS_LABELS[row.status as CaseStatus].en}” to “${CASE_STATUS_LABELS[to].en}”.` } });
        const changed = await commit(c, user, row, { patch: { status: to }, action: "status", before: { status: row.status }, after: { status: to }, at: new Date().toISOString() });
        return changed instanceof Response ? changed : c.json(changed, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/cases/{id}/notes",
        tags: ["Cases"],
        security: bearer,
        summary: "Add a note (editor). Notes cannot be changed or removed; never write a victim's name",
        request: { params: IdParam, ...jsonBody(z.object({ text: z.string().trim().min(1).max(4000), version: Version }).strict().openapi("NewCaseNote")) },
        responses: { 201: json(CaseFile, "Added"), ...problemResponses(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const user = c.get("user");
        const { text, version } = c.req.valid("json");
        const row = await loadForChange(c, user, c.req.valid("param").id, version);
        if (row instanceof Response) return row;
        const now = new Date().toISOString();
        const note = { id: newId(), caseId: row.id, text, createdBy: user.email, createdAt: now };
        const changed = await commit(c, user, row, { action: "note", after: { note: note.id, text }, at: now, adds: { note } });
        return changed instanceof Response ? changed : c.json(changed, 201);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/cases/{id}/attachments",
        tags: ["Cases"],
        security: bearer,
        summary: "Record an attachment's metadata (editor): name, media type, size and SHA-256; the file itself is not stored",
        request: {
          params: IdParam,
          ...jsonBody(
            z
              .object({
                name: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, "a file name, without folders"),
                mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i).max(100),
                size: z.number().int().min(0).max(10 * 1024 * 1024 * 1024),
                sha256: z.string().regex(/^[0-9a-f]{64}$/),
                version: Version,
              })
              .strict()
              .openapi("NewCaseAttachment"),
          ),
        },
        responses: { 201: json(CaseFile, "Recorded"), ...problemResponses(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const user = c.get("user");
        const { version, ...meta } = c.req.valid("json");
        const row = await loadForChange(c, user, c.req.valid("param").id, version);
        if (row instanceof Response) return row;
        const now = new Date().toISOString();
        const attachment = { id: newId(), caseId: row.id, ...meta, createdBy: user.email, createdAt: now };
        const changed = await commit(c, user, row, { action: "attachment", after: { attachment: attachment.id, ...meta }, at: now, adds: { attachment } });
        return changed instanceof Response ? changed : c.json(changed, 201);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/cases/{id}/decisions",
        tags: ["Cases"],
        security: bearer,
        summary: "Attach a saved decision of the same province (editor): a classification, or a person's eligibility decision under a pseudonym",
        request: { params: IdParam, ...jsonBody(z.object({ decisionId: z.string().uuid(), person: Pseudonym.optional(), version: Version }).strict().openapi("CaseDecisionLink")) },
        responses: { 201: json(CaseFile, "Attached"), ...problemResponses(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const user = c.get("user");
        const { decisionId, person, version } = c.req.valid("json");
        const row = await loadForChange(c, user, c.req.valid("param").id, version);
        if (row instanceof Response) return row;
        const decision = await store.decisions.byId(decisionId);
        if (decision === undefined || !inScope(user.scope, decision.province)) return sendProblem(c, "not-found", { detail: { vi: "Không có quyết định này.", en: "No such decision." } });
        if (decision.province !== row.province)
          return sendProblem(c, "invalid-request", { detail: OTHER_PROVINCE, errors: [{ path: "decisionId", code: "decision.other-province", message: OTHER_PROVINCE }] });
        if ((await store.cases.decisions(row.id)).some((d) => d.decision.id === decisionId)) return sendProblem(c, "conflict", { detail: { vi: "Quyết định đã có trong hồ sơ.", en: "The decision is already in the case." } });
        const tags = tagsOf(decision.kind, JSON.parse(decision.resultJson));
        const now = new Date().toISOString();
        const patch = { articles: JSON.stringify(union(JSON.parse(row.articles) as string[], tags.articles)), regimes: JSON.stringify(union(JSON.parse(row.regimes) as string[], tags.regimes)) };
        const link = { caseId: row.id, decisionId, person: person ?? null, addedBy: user.email, addedAt: now };
        const changed = await commit(c, user, row, { patch, action: "decision", after: { decision: decisionId, kind: decision.kind, person: person ?? null }, at: now, adds: { decision: link } });
        return changed instanceof Response ? changed : c.json(changed, 201);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/cases/{id}/audit",
        tags: ["Cases"],
        security: bearer,
        summary: "The case's audit log, oldest first (admin). It is append-only: no route changes or removes an entry, and the database refuses to",
        request: { params: IdParam },
        responses: { 200: json(z.array(AuditEntry), "Audit log"), ...problemResponses(400, 401, 403, 404) },
      }),
      async (c) => {
        const row = await load(c.get("user"), c.req.valid("param").id);
        if (row === undefined) return sendProblem(c, "not-found");
        const entries = await store.cases.audit(row.id);
        return c.json(
          entries.map((e) => ({ seq: e.seq, actor: e.actor, action: e.action, before: e.beforeJson === null ? null : (JSON.parse(e.beforeJson) as unknown), after: e.afterJson === null ? null : (JSON.parse(e.afterJson) as unknown), at: e.at })),
          200,
        );
      },
    );
};
