import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { bootstrapAdmin } from "./auth.js";
import { openLibsqlStore } from "./store/libsql.js";
import type { Store } from "./store/store.js";

const dir = mkdtempSync(join(tmpdir(), "ctip-kpi-"));
let store: Store;
let close: () => void;
let app: ReturnType<typeof createApp>;
let auth: Record<string, string>;

beforeAll(async () => {
  ({ store, close } = await openLibsqlStore(`file:${join(dir, "api.sqlite")}`));
  await bootstrapAdmin(store, { ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "correct horse battery" });
  app = createApp({ store, storageKind: "sqlite", log: () => undefined, rateLimitPerMinute: 1000 });
  const login = await post("/v1/auth/login", { email: "admin@example.org", password: "correct horse battery" });
  auth = { Authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json", ...headers } });
const reports = async (province: string) => (await (await app.request(`/v1/provinces/${province}/reports`, { headers: auth })).json()) as unknown[];

describe("KPI for every province", () => {
  it("Hải Phòng computes (Decision 193/QĐ-TTg binds every province)", async () => {
    const res = await post("/v1/kpi", { province: "hai-phong", period: { from: "2024-01-01", to: "2024-12-31" }, counts: { reportsReceived: 10, reportsClassified: 10 } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { indicators: Array<{ id: string; status: string }> };
    expect(body.indicators.find((i) => i.id === "reports_classified")?.status).toBe("met");
  });
});

describe("KPI import", () => {
  const good = { period: { from: "2023-01-01", to: "2023-12-31" }, counts: { reportsReceived: 20, reportsClassified: 20, reportsResolved: 19 } };
  it("saves nothing when one row is invalid, and lists the failing rows", async () => {
    const bad = { period: { from: "2024-01-01", to: "2024-12-31" }, counts: { reportsReceived: 5, reportsResolved: 9 } };
    const res = await post("/v1/provinces/hai-phong/reports/import", { reports: [good, bad] }, { ...auth, "Accept-Language": "vi" });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const p = (await res.json()) as { title: string; errors: Array<{ path: string }> };
    expect(p.title).toBe("Tệp nhập có dòng không hợp lệ");
    expect(p.errors.map((e) => e.path)).toEqual(["reports[1].counts.reportsResolved"]);
    expect(await reports("hai-phong")).toHaveLength(0);
  });
  it("saves every row of a good import", async () => {
    const second = { ...good, period: { from: "2024-01-01", to: "2024-12-31" } };
    const res = await post("/v1/provinces/hai-phong/reports/import", { reports: [good, second] }, auth);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ imported: 2 });
    expect(await reports("hai-phong")).toHaveLength(2);
  });
  it("needs an editor", async () => {
    expect((await post("/v1/provinces/hai-phong/reports/import", { reports: [good] })).status).toBe(401);
  });
});
