import { ngheAnAntiTraffickingTemplate } from "@ctip-vn/domain/resolution";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { LOGIN_POLICY } from "../src/login-guard.js";
import { backends, openBackend, type OpenedBackend } from "./helpers/backends.js";

/**
 * R4: the authorization matrix with province scope and account states. Records belong to a
 * province (or are national); roles apply in the provinces granted; cross-scope access is 404;
 * drafts are changed only by their creator or an admin; disabled, reset and revoked accounts lose
 * access; sign-in backs off per account and per address, persisted in the database.
 */
describe.each(backends)("authorization on %s", (backend) => {
  let opened: OpenedBackend;
  let app: ReturnType<typeof createApp>;
  let client = "10.0.0.1";
  afterAll(async () => opened?.close());

  const req = (method: string, path: string, token?: string, body?: unknown) =>
    app.request(path, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }) },
    });
  const login = async (email: string, password: string) => {
    const res = await req("POST", "/v1/auth/login", undefined, { email, password });
    return { status: res.status, body: (await res.json()) as { token: string; mustChangePassword: boolean; user: { provinces: string[] } } };
  };
  const facts = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 25 }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 };

  const T: Record<string, string | undefined> = {};
  const ids: Record<string, string> = {};
  const PW = "a long enough password";

  beforeAll(async () => {
    opened = await openBackend(backend, "authz");
    await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "Root@Example.org", ADMIN_PASSWORD: "root admin password" });
    app = createApp({ store: opened.store, storageKind: opened.storageKind, rateLimitPerMinute: 1_000_000, clientKey: () => client });
    T["national"] = (await login("root@example.org", "root admin password")).body.token;
    const accounts: Array<[string, string, string[], boolean?]> = [
      ["naAdmin", "admin", ["nghe-an"]],
      ["naEditor", "editor", ["nghe-an"]],
      ["naEditor2", "editor", ["nghe-an"]],
      ["hpEditor", "editor", ["hai-phong"]],
      ["naViewer", "viewer", ["nghe-an"]],
      ["disabled", "editor", ["nghe-an"]],
      ["mustChange", "viewer", ["nghe-an"], true],
    ];
    for (const [name, role, provinces, mustChange] of accounts) {
      const res = await req("POST", "/v1/users", T["national"], { email: `${name.toLowerCase()}@example.org`, password: PW, role, provinces, mustChangePassword: mustChange ?? false });
      if (res.status !== 201) throw new Error(`creating ${name}: ${res.status}`);
      ids[name] = ((await res.json()) as { id: string }).id;
      T[name] = (await login(`${name.toLowerCase()}@example.org`, PW)).body.token;
    }
    if ((await req("PATCH", `/v1/users/${ids["disabled"]}`, T["national"], { disabled: true })).status !== 200) throw new Error("disabling");
    const save = async (who: string, province?: string) => {
      const res = await req("POST", "/v1/decisions", T[who], { kind: "classification", caseRef: `REF-${who}`, input: facts, ...(province === undefined ? {} : { province }) });
      if (res.status !== 201) throw new Error(`saving for ${who}: ${res.status}`);
      return ((await res.json()) as { id: string }).id;
    };
    ids["decNA"] = await save("naEditor");
    ids["decHP"] = await save("hpEditor");
    ids["decNational"] = await save("national");
    const draft = await req("POST", "/v1/resolutions", T["naEditor"], ngheAnAntiTraffickingTemplate());
    if (draft.status !== 201) throw new Error(`saving the draft: ${draft.status}`);
    ids["draftNA"] = ((await draft.json()) as { id: string }).id;
  });

  describe("records are scoped to provinces: the matrix", () => {
    const matrix: Array<[string, string, (i: Record<string, string>) => string, Record<string, number>]> = [
      ["GET", "NA decision", (i) => `/v1/decisions/${i["decNA"]}`, { national: 200, naAdmin: 200, naEditor: 200, naViewer: 200, hpEditor: 404, disabled: 401, mustChange: 403, anonymous: 401 }],
      ["GET", "HP decision", (i) => `/v1/decisions/${i["decHP"]}`, { national: 200, naAdmin: 404, naEditor: 404, naViewer: 404, hpEditor: 200 }],
      ["GET", "national decision", (i) => `/v1/decisions/${i["decNational"]}`, { national: 200, naAdmin: 404, naEditor: 404, hpEditor: 404 }],
      ["POST", "replay of NA decision", (i) => `/v1/decisions/${i["decNA"]}/replay`, { naViewer: 200, hpEditor: 404 }],
      ["GET", "NA draft", (i) => `/v1/resolutions/${i["draftNA"]}`, { national: 200, naViewer: 200, hpEditor: 404, anonymous: 401 }],
      ["GET", "NA draft version 1", (i) => `/v1/resolutions/${i["draftNA"]}/versions/1`, { naViewer: 200, hpEditor: 404 }],
      ["DELETE", "NA draft by another editor", (i) => `/v1/resolutions/${i["draftNA"]}`, { naEditor2: 403, hpEditor: 404, naViewer: 403 }],
      ["GET", "HP KPI reports", () => `/v1/provinces/hai-phong/reports`, { national: 200, hpEditor: 200, naViewer: 404, naAdmin: 404 }],
      ["GET", "users", () => `/v1/users`, { national: 200, naAdmin: 200, naEditor: 403, naViewer: 403, anonymous: 401 }],
      ["POST", "revoke HP editor's sessions", (i) => `/v1/users/${i["hpEditor"]}/sessions/revoke`, { naAdmin: 404, naEditor: 403 }],
    ];
    for (const [method, what, path, expected] of matrix)
      for (const [who, status] of Object.entries(expected))
        it(`${who} ${method} ${what} → ${status}`, async () => {
          const res = await req(method, path(ids), who === "anonymous" ? undefined : T[who]);
          expect(res.status).toBe(status);
          expect(res.headers.get("content-type")).toBe(status >= 400 ? "application/problem+json" : "application/json");
        });

    it("lists show only records in scope", async () => {
      const list = async (who: string) => ((await (await req("GET", "/v1/decisions", T[who])).json()) as Array<{ id: string }>).map((d) => d.id).toSorted();
      expect(await list("naViewer")).toEqual([ids["decNA"]]);
      expect(await list("hpEditor")).toEqual([ids["decHP"]]);
      expect(await list("national")).toEqual([ids["decNA"], ids["decHP"], ids["decNational"]].toSorted());
      const drafts = (await (await req("GET", "/v1/resolutions", T["hpEditor"])).json()) as unknown[];
      expect(drafts).toEqual([]);
      const users = ((await (await req("GET", "/v1/users", T["naAdmin"])).json()) as Array<{ email: string; provinces: string[] }>).map((u) => u.email);
      expect(users).not.toContain("hpeditor@example.org");
      expect(users).not.toContain("root@example.org");
    });
    it("writing outside one's provinces is refused; viewers cannot write", async () => {
      expect((await req("POST", "/v1/decisions", T["naEditor"], { kind: "classification", caseRef: "X-1", province: "hai-phong", input: facts })).status).toBe(403);
      expect((await req("POST", "/v1/decisions", T["naViewer"], { kind: "classification", caseRef: "X-2", input: facts })).status).toBe(403);
      expect((await req("POST", "/v1/provinces/hai-phong/reports", T["naEditor"], { period: { from: "2022-01-01", to: "2022-12-31" }, counts: { reportsReceived: 1, reportsClassified: 1 } })).status).toBe(404);
      expect((await req("POST", "/v1/provinces/hai-phong/publications", T["naEditor"], { period: { from: "2024-01-01", to: "2024-12-31" }, counts: { reportsReceived: 40, reportsClassified: 40 } })).status).toBe(404);
      expect((await req("GET", "/v1/provinces/hai-phong/publications", T["naEditor"])).status).toBe(404);
      expect((await req("POST", "/v1/provinces/nghe-an/publications", T["naViewer"], { period: { from: "2024-01-01", to: "2024-12-31" }, counts: {} })).status).toBe(403);
    });
    it("only the creator or an admin of the province changes a draft", async () => {
      const put = (who: string, baseVersion: number) => req("PUT", `/v1/resolutions/${ids["draftNA"]}`, T[who], { baseVersion, document: ngheAnAntiTraffickingTemplate() });
      expect((await put("naEditor2", 1)).status).toBe(403);
      expect((await put("hpEditor", 1)).status).toBe(404);
      expect((await put("naEditor", 1)).status).toBe(200);
      expect((await put("naAdmin", 2)).status).toBe(200);
    });
    it("a provincial admin cannot grant provinces outside their own", async () => {
      expect((await req("POST", "/v1/users", T["naAdmin"], { email: "x@example.org", password: PW, role: "viewer", provinces: ["*"] })).status).toBe(403);
      expect((await req("PATCH", `/v1/users/${ids["naViewer"]}`, T["naAdmin"], { provinces: ["hai-phong"] })).status).toBe(403);
      expect((await req("PATCH", `/v1/users/${ids["hpEditor"]}`, T["naAdmin"], { role: "viewer" })).status).toBe(404);
    });
  });

  describe("account states", () => {
    it("a disabled account cannot sign in and its sessions ended", async () => {
      expect((await login("disabled@example.org", PW)).status).toBe(401);
      expect((await req("GET", "/v1/auth/me", T["disabled"])).status).toBe(401);
    });
    it("a reset password ends the sessions and must be changed at next sign-in", async () => {
      expect((await req("POST", `/v1/users/${ids["naEditor2"]}/password`, T["naAdmin"], { password: "a reset password 123" })).status).toBe(204);
      expect((await req("GET", "/v1/auth/me", T["naEditor2"])).status).toBe(401);
      const again = await login("naeditor2@example.org", "a reset password 123");
      expect(again.body.mustChangePassword).toBe(true);
      expect((await req("GET", "/v1/decisions", again.body.token)).status).toBe(403);
      expect((await req("GET", "/v1/auth/me", again.body.token)).status).toBe(200);
      expect((await req("POST", "/v1/auth/password", again.body.token, { currentPassword: "wrong password here", newPassword: "my very own password" })).status).toBe(400);
      expect((await req("POST", "/v1/auth/password", again.body.token, { currentPassword: "a reset password 123", newPassword: "            " })).status).toBe(400);
      expect((await req("POST", "/v1/auth/password", again.body.token, { currentPassword: "a reset password 123", newPassword: "my very own password" })).status).toBe(204);
      expect((await req("GET", "/v1/decisions", again.body.token)).status).toBe(200);
    });
    it("revoking all sessions and logging out end access server-side", async () => {
      const a = (await login("naviewer@example.org", PW)).body.token;
      expect((await req("POST", `/v1/users/${ids["naViewer"]}/sessions/revoke`, T["national"])).status).toBe(200);
      expect((await req("GET", "/v1/auth/me", a)).status).toBe(401);
      const b = (await login("naviewer@example.org", PW)).body.token;
      expect((await req("POST", "/v1/auth/logout", b)).status).toBe(204);
      expect((await req("GET", "/v1/auth/me", b)).status).toBe(401);
    });
    it("the last national admin cannot be demoted, disabled or deleted; nobody deletes themselves", async () => {
      const me = ((await (await req("GET", "/v1/auth/me", T["national"])).json()) as { id: string }).id;
      expect((await req("PATCH", `/v1/users/${me}`, T["national"], { role: "viewer" })).status).toBe(409);
      expect((await req("PATCH", `/v1/users/${me}`, T["national"], { disabled: true })).status).toBe(409);
      expect((await req("DELETE", `/v1/users/${me}`, T["national"])).status).toBe(409);
    });
    it("a deleted account's token stops working", async () => {
      const t = (await login("mustchange@example.org", PW)).body.token;
      expect((await req("DELETE", `/v1/users/${ids["mustChange"]}`, T["national"])).status).toBe(204);
      expect((await req("GET", "/v1/auth/me", t)).status).toBe(401);
      expect((await req("DELETE", `/v1/users/${ids["mustChange"]}`, T["national"])).status).toBe(404);
    });
    it("concurrent creation of the same account: one 201, the rest 409", async () => {
      const statuses = (await Promise.all(Array.from({ length: 5 }, () => req("POST", "/v1/users", T["national"], { email: "race@example.org", password: PW, role: "viewer" })))).map((r) => r.status).toSorted();
      expect(statuses).toEqual([201, 409, 409, 409, 409]);
    });
    it("the ADMIN_EMAIL given with capitals signs in", async () => {
      expect((await login("ROOT@example.org", "root admin password")).status).toBe(200);
    });
    it("two first starts racing on an empty database create one admin", async () => {
      const o = await openBackend(backend, "race");
      const results = await Promise.all([bootstrapAdmin(o.store, {}), bootstrapAdmin(o.store, {})]);
      expect(results.filter((r) => r?.password !== undefined)).toHaveLength(1);
      expect(await o.store.users.count()).toBe(1);
      await o.close();
    });
  });

  describe("sign-in backoff, persisted", () => {
    it("locks an account after repeated failures, even for the right password, across a restart of the app", async () => {
      client = "10.0.0.2";
      for (let i = 0; i < LOGIN_POLICY.accountThreshold; i++) expect((await login("naadmin@example.org", "wrong password!")).status).toBe(401);
      const locked = await req("POST", "/v1/auth/login", undefined, { email: "naadmin@example.org", password: PW });
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(locked.headers.get("content-type")).toBe("application/problem+json");
      // A new app on the same database (a restart) still refuses.
      app = createApp({ store: opened.store, storageKind: opened.storageKind, rateLimitPerMinute: 1_000_000, clientKey: () => "10.0.0.3" });
      expect((await login("naadmin@example.org", PW)).status).toBe(429);
    });
    it("locks a client address that tries many accounts", async () => {
      client = "10.0.0.9";
      app = createApp({ store: opened.store, storageKind: opened.storageKind, rateLimitPerMinute: 1_000_000, clientKey: () => client });
      for (let i = 0; i < LOGIN_POLICY.addressThreshold; i++) await login(`nobody${i}@example.org`, "wrong password!");
      expect((await login("naviewer@example.org", PW)).status).toBe(429);
      client = "10.0.0.10";
      expect((await login("naviewer@example.org", PW)).status).toBe(200);
    });
    it("failures sent at once to two instances on the database are all counted", async () => {
      const second = await opened.reopen();
      const apps = [createApp({ store: opened.store, storageKind: opened.storageKind, rateLimitPerMinute: 1_000_000, clientKey: () => "10.0.1.1" }), createApp({ store: second.store, storageKind: opened.storageKind, rateLimitPerMinute: 1_000_000, clientKey: () => "10.0.1.2" })];
      const attempt = (i: number, password: string) =>
        apps[i % 2]?.request("/v1/auth/login", { method: "POST", body: JSON.stringify({ email: "hpeditor@example.org", password }), headers: { "Content-Type": "application/json" } });
      const statuses = (await Promise.all(Array.from({ length: LOGIN_POLICY.accountThreshold }, (_, i) => attempt(i, "wrong password!")))).map((r) => r?.status);
      expect(statuses).toEqual(Array.from({ length: LOGIN_POLICY.accountThreshold }, () => 401));
      expect((await attempt(0, PW))?.status).toBe(429);
      expect((await attempt(1, PW))?.status).toBe(429);
      await second.close();
    });
  });
});
