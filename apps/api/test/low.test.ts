import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { parseRateLimit } from "../src/http-edge.js";
import { openLibsqlStore } from "../src/store/libsql.js";

/** The Low items that live inside the Hono app. */
const dir = mkdtempSync(join(tmpdir(), "ctip-low-"));
let opened: Awaited<ReturnType<typeof openLibsqlStore>>;
let app: ReturnType<typeof createApp>;
let token = "";
beforeAll(async () => {
  opened = await openLibsqlStore(`file:${join(dir, "low.sqlite")}`);
  await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "low admin password" });
  app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000 });
  const res = await app.request("/v1/auth/login", { method: "POST", body: JSON.stringify({ email: "admin@example.org", password: "low admin password" }), headers: { "Content-Type": "application/json" } });
  token = ((await res.json()) as { token: string }).token;
});
afterAll(() => {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("low items", () => {
  it("the bearer scheme is case-insensitive", async () => {
    for (const scheme of ["Bearer", "bearer", "BEARER"]) expect((await app.request("/v1/auth/me", { headers: { Authorization: `${scheme} ${token}` } })).status).toBe(200);
  });
  it("authenticated answers carry Cache-Control: no-store", async () => {
    expect((await app.request("/v1/decisions", { headers: { Authorization: `Bearer ${token}` } })).headers.get("cache-control")).toBe("no-store");
    expect((await app.request("/v1/auth/login", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } })).headers.get("cache-control")).toBe("no-store");
  });
  it("a wrong method is 405 with Allow", async () => {
    const res = await app.request("/v1/classification", { method: "GET" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });
  it("the public KPI view refuses k < 11", async () => {
    const body = JSON.stringify({ province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, counts: { reportsReceived: 40, reportsClassified: 40 } });
    expect((await app.request("/v1/kpi?view=public&k=10", { method: "POST", body, headers: { "Content-Type": "application/json" } })).status).toBe(400);
    expect((await app.request("/v1/kpi?view=public&k=11", { method: "POST", body, headers: { "Content-Type": "application/json" } })).status).toBe(200);
  });
  it("a cursor pages through more than 500 decisions, each exactly once", async () => {
    const base = Date.parse("2025-01-01T00:00:00Z");
    for (let i = 0; i < 520; i++)
      await opened.store.decisions.insert({
        id: crypto.randomUUID(),
        kind: "classification",
        caseRef: `PAGE-${i}`,
        asOf: "2024-05-10",
        inputJson: "{}",
        resultJson: "{}",
        inputHash: "x",
        resultHash: "x",
        libraryVersion: "0",
        createdBy: "admin@example.org",
        // Pairs share a timestamp, so the id breaks ties.
        createdAt: new Date(base + Math.floor(i / 2) * 1000).toISOString(),
        province: null,
      });
    const seen: string[] = [];
    let url: string | undefined = "/v1/decisions?limit=500";
    while (url !== undefined) {
      const res: Response = await app.request(url, { headers: { Authorization: `Bearer ${token}` } });
      seen.push(...((await res.json()) as Array<{ caseRef: string }>).map((d) => d.caseRef));
      const next = res.headers.get("x-next-cursor");
      url = next === null ? undefined : `/v1/decisions?limit=500&cursor=${next}`;
    }
    expect(seen).toHaveLength(520);
    expect(new Set(seen).size).toBe(520);
    const bad = async (lang: string) => {
      const res = await app.request("/v1/decisions?cursor=bm90IGEgY3Vyc29y", { headers: { Authorization: `Bearer ${token}`, "Accept-Language": lang } });
      expect(res.status).toBe(400);
      return (await res.json()) as { detail: string; errors: Array<{ path: string; code: string; message: string }> };
    };
    const [vi, en] = [await bad("vi"), await bad("en")];
    expect(vi.detail).toBe("Con trỏ trang không hợp lệ: hãy dùng giá trị của tiêu đề X-Next-Cursor.");
    expect(vi.errors).toEqual([{ path: "cursor", code: "cursor.invalid", message: vi.detail }]);
    expect(en.errors[0]?.message).toBe("This page cursor is not valid: use the value of the X-Next-Cursor header.");
  });
  it("problems the routes write themselves are in both languages: no route sends a detail or field message written in one", () => {
    const src = join(import.meta.dirname, "../src");
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const oneLanguage: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(src, f), "utf8");
      // A problem's detail, a field error's message, a validation issue's message: never a one-language string (log lines are not for users).
      for (const m of text.matchAll(/\bdetail:\s*["'`]|errors:\s*\[\{[^\]]*?\bmessage:\s*["'`]|addIssue\(\{[^)]*?\bmessage:\s*["'`]/g)) oneLanguage.push(`${f}: ${text.slice(m.index, m.index + 80)}`);
    }
    expect(files.length).toBeGreaterThan(10);
    expect(oneLanguage).toEqual([]);
  });
  it("RATE_LIMIT_PER_MINUTE must be a whole number", () => {
    expect(parseRateLimit(undefined)).toBe(600);
    expect(parseRateLimit("120")).toBe(120);
    for (const bad of ["abc", "1.5", "-3", "0", "NaN", "60/min"]) expect(() => parseRateLimit(bad)).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: Number.NaN })).toThrow(/rateLimitPerMinute/);
  });
});
