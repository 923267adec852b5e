import * as fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { openLibsqlStore } from "../src/store/libsql.js";
import { figure, FULL } from "./helpers/server.ts";

/**
 * R1: hostile requests over every route of the OpenAPI document (and off it): wrong methods,
 * malformed %-escapes and injection strings in path and query, arbitrary and near-valid bodies,
 * wrong content types, forged or odd bearer tokens. Never a 5xx; every 4xx is problem+json.
 * 12,000 requests in `pnpm test:stress`, 3,000 in `pnpm test`.
 */
const RUNS = FULL ? 12_000 : 3_000;
const dir = mkdtempSync(join(tmpdir(), "ctip-fuzz-all-"));
let app: ReturnType<typeof createApp>;
let close: () => void;
let routes: Array<{ method: string; path: string }> = [];
const tokens: string[] = [];

beforeAll(async () => {
  const opened = await openLibsqlStore(`file:${join(dir, "fuzz.sqlite")}`);
  close = opened.close;
  await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "fuzz admin password" });
  app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 100_000_000 });
  const res = await app.request("/v1/auth/login", { method: "POST", body: JSON.stringify({ email: "admin@example.org", password: "fuzz admin password" }), headers: { "Content-Type": "application/json" } });
  tokens.push(((await res.json()) as { token: string }).token);
  const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

const hostile = fc.constantFrom("%", "%E0%A4%A", "%ZZ", "%00", "..%2F..%2Fetc%2Fpasswd", "'; DROP TABLE users;--", "<script>", "\u0000", "a".repeat(300), "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "nghe-an", "hai-phong", "1", "-1", "1e309", "template");
const segment = fc.oneof(hostile, fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s)), fc.uuid());
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
  fc.constantFrom("", "{", "null", "[]", '{"__proto__":{"x":1}}', '{"a":' + "[".repeat(200), "x".repeat(5000), JSON.stringify({ victims: Array.from({ length: 1500 }, () => ({ ageYears: 1 })) })),
  fc.record({ email: fc.string(), password: fc.string(), role: fc.string(), provinces: fc.array(fc.string()) }).map((v) => JSON.stringify(v)),
);
const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");
const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "");
const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constant("admin"),
  fc.constantFrom("Bearer ", "Bearer x", "bearer garbage", "Basic YTpi", "Bearer " + "A".repeat(5000), "Bearer\tnope"),
);
const query = fc.oneof(fc.constant(""), fc.constantFrom("?format=docx", "?format=exe", "?limit=0", "?limit=100000", "?cursor=%%%", "?cursor=abc", "?view=public&k=2", "?asOf=2024-02-30", "?province=%E0"));

describe("R1: hostile requests over every route", () => {
  it(`${RUNS} requests: no 5xx, every 4xx is problem+json`, async () => {
    const statuses: Record<number, number> = {};
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(segment, { minLength: 1, maxLength: 3 }), fc.boolean(), method, body, contentType, authorization, query, async (pick, segs, keepMethod, m, b, type, auth, q) => {
        const route = routes[pick % routes.length] as { method: string; path: string };
        let i = 0;
        const path = route.path.replace(/\{[^}]+\}/g, () => segs[i++ % segs.length] ?? "x");
        const verb = keepMethod ? route.method : m;
        const headers: Record<string, string> = {};
        if (type !== "") headers["Content-Type"] = type;
        // The admin token is never sent to the routes that would end or change its own session.
        const ownSession = /^\/v1\/auth\/(logout|password)$/.test(path);
        if (auth !== undefined) headers["Authorization"] = auth === "admin" && !ownSession ? `Bearer ${tokens[0]}` : auth === "admin" ? "Bearer forged" : auth;
        const hasBody = verb !== "GET" && verb !== "HEAD";
        const res = await app.request(`${path}${q}`, { method: verb, headers, ...(hasBody ? { body: b } : {}) });
        sent += 1;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        expect(res.status).toBeLessThan(500);
        const problem = res.headers.get("content-type") === "application/problem+json";
        expect(res.status < 400 || verb === "HEAD" || problem).toBe(true);
      }),
      { numRuns: RUNS },
    );
    figure("r1-fuzz", { requests: sent, routes: routes.length, statuses });
  }, 600_000);
});
