import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { backends, openBackend, type OpenedBackend } from "./helpers/backends.js";

/** Case files: the status workflow and who may move it, province scope, and the append-only audit log. */
describe.each(backends)("case files on %s", (backend) => {
  let opened: OpenedBackend;
  let app: ReturnType<typeof createApp>;
  afterAll(async () => opened?.close());

  const req = (method: string, path: string, token?: string, body?: unknown, lang = "en") =>
    app.request(path, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { "Accept-Language": lang, ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    });
  const PW = "a long enough password";
  const T: Record<string, string> = {};
  const facts = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 25, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 };
  type CaseFile = { id: string; status: string; version: number; articles: string[]; moves: Array<{ to: string; allowed: boolean; why?: string }>; notes: unknown[]; attachments: unknown[]; decisions: unknown[] };

  beforeAll(async () => {
    opened = await openBackend(backend, "cases");
    await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "root@example.org", ADMIN_PASSWORD: "root admin password" });
    app = createApp({ store: opened.store, storageKind: opened.storageKind, rateLimitPerMinute: 1_000_000 });
    const login = async (email: string, password: string) => ((await (await req("POST", "/v1/auth/login", undefined, { email, password })).json()) as { token: string }).token;
    T["root"] = await login("root@example.org", "root admin password");
    for (const [name, role, provinces] of [["naEditor", "editor", ["nghe-an"]], ["naViewer", "viewer", ["nghe-an"]], ["hpEditor", "editor", ["hai-phong"]], ["naAdmin", "admin", ["nghe-an"]]] as const) {
      const res = await req("POST", "/v1/users", T["root"], { email: `${name.toLowerCase()}@example.org`, password: PW, role, provinces, mustChangePassword: false });
      if (res.status !== 201) throw new Error(`creating ${name}: ${res.status}`);
      T[name] = await login(`${name.toLowerCase()}@example.org`, PW);
    }
  });

  describe("case workflow", () => {
    let id = "";
    let decision = "";
    it("opens a case under a pseudonymous reference; names (spaces) are refused", async () => {
      expect((await req("POST", "/v1/cases", T["naEditor"], { ref: "Nguyen Van A" })).status).toBe(400);
      const res = await req("POST", "/v1/cases", T["naEditor"], { ref: "NA-2024-0001" });
      expect(res.status).toBe(201);
      const c = (await res.json()) as CaseFile & { province: string };
      expect(c).toMatchObject({ status: "new", version: 1, province: "nghe-an" });
      expect(c.moves).toEqual([{ to: "reviewing", allowed: true }]);
      id = c.id;
      expect((await req("POST", "/v1/cases", T["naEditor"], { ref: "NA-2024-0001" })).status).toBe(409);
    });
    it("moves new → reviewing; deciding needs a decision attached first", async () => {
      expect((await req("POST", `/v1/cases/${id}/status`, T["naViewer"], { to: "reviewing" })).status).toBe(403);
      const moved = (await (await req("POST", `/v1/cases/${id}/status`, T["naEditor"], { to: "reviewing", version: 1 })).json()) as CaseFile;
      expect(moved).toMatchObject({ status: "reviewing", version: 2 });
      const early = await req("POST", `/v1/cases/${id}/status`, T["naEditor"], { to: "decided" }, "vi");
      expect(early.status).toBe(409);
      expect(early.headers.get("content-type")).toBe("application/problem+json");
      expect(((await early.json()) as { title: string }).title).toBe("Không chuyển được trạng thái hồ sơ");
      const noSuchMove = await req("POST", `/v1/cases/${id}/status`, T["naEditor"], { to: "closed" }, "vi");
      expect(noSuchMove.status).toBe(409);
      // The statuses are named in words, never by their codes.
      expect(((await noSuchMove.json()) as { detail: string }).detail).toBe("Không chuyển được hồ sơ từ trạng thái “đang xem xét” sang “đóng”.");
    });
    it("holds notes, attachment metadata and decisions; a stale version is a conflict and writes nothing", async () => {
      expect((await req("POST", `/v1/cases/${id}/notes`, T["naEditor"], { text: "Đã gặp nạn nhân tại trung tâm.", version: 1 })).status).toBe(409);
      expect((await req("POST", `/v1/cases/${id}/notes`, T["naEditor"], { text: "Đã gặp nạn nhân tại trung tâm.", version: 2 })).status).toBe(201);
      const att = await req("POST", `/v1/cases/${id}/attachments`, T["naEditor"], { name: "bien-ban.pdf", mediaType: "application/pdf", size: 12345, sha256: "a".repeat(64) });
      expect(att.status).toBe(201);
      const saved = await req("POST", "/v1/decisions", T["naEditor"], { kind: "classification", caseRef: "NA-2024-0001", input: facts });
      decision = ((await saved.json()) as { id: string }).id;
      const linked = (await (await req("POST", `/v1/cases/${id}/decisions`, T["naEditor"], { decisionId: decision })).json()) as CaseFile;
      expect(linked.decisions).toHaveLength(1);
      expect(linked.articles).toEqual(["150"]);
      expect(linked.notes).toHaveLength(1);
      expect(linked.attachments).toHaveLength(1);
      expect(linked.version).toBe(5);
      expect((await req("POST", `/v1/cases/${id}/decisions`, T["naEditor"], { decisionId: decision })).status).toBe(409);
    });
    it("decided → closed by an admin only; closed cases take nothing more; re-open by an admin", async () => {
      expect(((await (await req("POST", `/v1/cases/${id}/status`, T["naEditor"], { to: "decided" })).json()) as CaseFile).status).toBe("decided");
      const c = (await (await req("GET", `/v1/cases/${id}`, T["naEditor"])).json()) as CaseFile;
      expect(c.moves).toEqual([{ to: "reviewing", allowed: true }, { to: "closed", allowed: false, why: "role" }]);
      expect((await req("POST", `/v1/cases/${id}/status`, T["naEditor"], { to: "closed" })).status).toBe(403);
      expect(((await (await req("POST", `/v1/cases/${id}/status`, T["naAdmin"], { to: "closed" })).json()) as CaseFile).status).toBe("closed");
      expect((await req("POST", `/v1/cases/${id}/notes`, T["naEditor"], { text: "thêm" })).status).toBe(409);
      expect((await req("POST", `/v1/cases/${id}/status`, T["naEditor"], { to: "reviewing" })).status).toBe(403);
      expect(((await (await req("POST", `/v1/cases/${id}/status`, T["naAdmin"], { to: "reviewing" })).json()) as CaseFile).status).toBe("reviewing");
    });
    it("search and filters: status, period opened, article, reference", async () => {
      const list = async (q: string) => ((await (await req("GET", `/v1/cases${q}`, T["naViewer"])).json()) as Array<{ ref: string }>).map((c) => c.ref);
      expect(await list("")).toEqual(["NA-2024-0001"]);
      expect(await list("?status=reviewing&article=150")).toEqual(["NA-2024-0001"]);
      expect(await list("?article=151")).toEqual([]);
      expect(await list("?status=closed")).toEqual([]);
      const today = new Date().toISOString().slice(0, 10);
      expect(await list(`?from=${today}&to=${today}`)).toEqual(["NA-2024-0001"]);
      expect(await list("?to=2020-01-01")).toEqual([]);
      expect(await list("?ref=NA-2024")).toEqual(["NA-2024-0001"]);
    });
    it("province scope: another province's staff cannot see or touch the case (404), nor attach its decisions", async () => {
      expect((await req("GET", `/v1/cases/${id}`, T["hpEditor"])).status).toBe(404);
      expect((await req("POST", `/v1/cases/${id}/notes`, T["hpEditor"], { text: "x" })).status).toBe(404);
      expect(await (await req("GET", "/v1/cases", T["hpEditor"])).json()).toEqual([]);
      const hp = (await (await req("POST", "/v1/cases", T["hpEditor"], { ref: "HP-2024-0001" })).json()) as CaseFile;
      expect((await req("POST", `/v1/cases/${hp.id}/decisions`, T["hpEditor"], { decisionId: decision })).status).toBe(404);
      expect((await req("GET", `/v1/cases/${hp.id}`, T["root"])).status).toBe(200);
    });
    it("the audit log records who did what, when, before and after; admins only", async () => {
      expect((await req("GET", `/v1/cases/${id}/audit`, T["naEditor"])).status).toBe(403);
      const log = (await (await req("GET", `/v1/cases/${id}/audit`, T["naAdmin"])).json()) as Array<{ actor: string; action: string; before: unknown; after: unknown; at: string }>;
      expect(log.map((e) => [e.actor, e.action, e.before, e.after])).toEqual([
        ["naeditor@example.org", "created", null, { ref: "NA-2024-0001", province: "nghe-an", status: "new" }],
        ["naeditor@example.org", "status", { status: "new" }, { status: "reviewing" }],
        ["naeditor@example.org", "note", null, expect.objectContaining({ text: "Đã gặp nạn nhân tại trung tâm." })],
        ["naeditor@example.org", "attachment", null, expect.objectContaining({ name: "bien-ban.pdf", sha256: "a".repeat(64) })],
        ["naeditor@example.org", "decision", null, expect.objectContaining({ kind: "classification" })],
        ["naeditor@example.org", "status", { status: "reviewing" }, { status: "decided" }],
        ["naadmin@example.org", "status", { status: "decided" }, { status: "closed" }],
        ["naadmin@example.org", "status", { status: "closed" }, { status: "reviewing" }],
      ]);
      expect(log.every((e) => /^\d{4}-\d\d-\d\dT/.test(e.at))).toBe(true);
    });
  });

  describe("concurrent changes", () => {
    it("two changes made from the same version: the second writes nothing at all (its audit entry's version is taken)", async () => {
      const c = (await (await req("POST", "/v1/cases", T["naEditor"], { ref: "NA-2024-0099" })).json()) as CaseFile;
      const at = new Date().toISOString();
      const entry = (text: string) => ({ caseId: c.id, actor: "test", action: "note" as const, beforeJson: null, afterJson: JSON.stringify({ text }), at });
      const note = (id: string, text: string) => ({ note: { id, caseId: c.id, text, createdBy: "test", createdAt: at } });
      expect(await opened.store.cases.change(c.id, 1, {}, at, entry("first"), note(crypto.randomUUID(), "first"))).toBe(true);
      expect(await opened.store.cases.change(c.id, 1, {}, at, entry("second"), note(crypto.randomUUID(), "second"))).toBe(false);
      expect((await opened.store.cases.notes(c.id)).map((n) => n.text)).toEqual(["first"]);
      expect((await opened.store.cases.audit(c.id)).map((e) => e.action)).toEqual(["created", "note"]);
      expect((await opened.store.cases.byId(c.id))?.version).toBe(2);
    });
  });

  describe("the audit log cannot be edited", () => {
    it("no route changes or removes an audit entry", async () => {
      const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
      const auditPaths = Object.entries(doc.paths).filter(([p]) => p.includes("audit"));
      expect(auditPaths.map(([p, ops]) => [p, Object.keys(ops)])).toEqual([["/v1/cases/{id}/audit", ["get"]]]);
      const [c] = (await (await req("GET", "/v1/cases", T["root"])).json()) as Array<{ id: string }>;
      for (const method of ["PUT", "PATCH", "DELETE", "POST"]) expect([404, 405]).toContain((await req(method, `/v1/cases/${c?.id}/audit`, T["root"], method === "DELETE" ? undefined : {})).status);
    });
    it("the store has no method to update or delete audit entries", () => {
      expect(Object.keys(opened.store.cases).filter((k) => /update|delete|remove|edit|purge/i.test(k))).toEqual([]);
    });
    it("the database refuses UPDATE and DELETE on the audit table", async () => {
      await expect(opened.raw("UPDATE case_audit SET actor = 'someone else'")).rejects.toThrow(/append-only/);
      await expect(opened.raw("DELETE FROM case_audit")).rejects.toThrow(/append-only/);
      expect(Number((await opened.raw("SELECT count(*) AS n FROM case_audit WHERE actor = 'someone else'"))[0]?.["n"])).toBe(0);
      expect(Number((await opened.raw("SELECT count(*) AS n FROM case_audit"))[0]?.["n"])).toBeGreaterThan(0);
    });
  });
});
