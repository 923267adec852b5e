import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { labelerOf, type RequestPart } from "../src/field-labels.js";
import { openLibsqlStore } from "../src/store/libsql.js";
import type { Store } from "../src/store/store.js";

const GENERIC = /một trường|a field|un champ/;

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };
type Operation = { parameters?: Array<{ name: string; in: string }>; requestBody?: { content?: Record<string, { schema?: Schema }> } };

/** Every field path a schema describes (objects and the first item of lists), a few levels deep (the resolution AST is recursive). */
const fieldPaths = (schema: Schema | undefined, components: Record<string, Schema>, prefix: Array<string | number> = [], depth = 0): Array<Array<string | number>> => {
  if (schema === undefined || depth > 4) return [];
  const s = schema.$ref === undefined ? schema : components[schema.$ref.replace("#/components/schemas/", "")];
  if (s === undefined) return [];
  const out: Array<Array<string | number>> = [];
  for (const alt of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) out.push(...fieldPaths(alt, components, prefix, depth + 1));
  if (s.items !== undefined) out.push(...fieldPaths(s.items, components, [...prefix, 0], depth + 1));
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    out.push([...prefix, k]);
    out.push(...fieldPaths(v, components, [...prefix, k], depth + 1));
  }
  return out;
};

/** An OpenAPI path with its parameters filled in the way requests name them. */
const concrete = (path: string): string =>
  path.replace(/\{id\}/g, path.startsWith("/v1/provinces") ? "nghe-an" : "00000000-0000-4000-8000-000000000000").replace(/\{version\}/g, "1").replace(/\{instrument\}/g, "100%2F2015%2FQH13");

describe("an input problem names every field of every route in words", () => {
  it("each field of each request body, query string and path of the OpenAPI document has a label in vi, en and fr — no route falls back to 'a field'", async () => {
    const app = createApp({ store: {} as Store, storageKind: "sqlite" });
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
    const unnamed: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const check = (part: RequestPart, field: Array<string | number>) => {
          const label = labelerOf(concrete(path), part)(field);
          checked++;
          if (GENERIC.test(`${label.vi} ${label.en} ${label.fr ?? ""}`) || label.fr === undefined) unnamed.push(`${method.toUpperCase()} ${path} ${part} ${field.join(".")}: ${label.en}`);
        };
        for (const p of op.parameters ?? []) if (p.in === "query" || p.in === "path") check(p.in === "query" ? "query" : "param", [p.name]);
        for (const field of fieldPaths(op.requestBody?.content?.["application/json"]?.schema, doc.components.schemas)) check("json", field);
      }
    expect(checked).toBeGreaterThan(150);
    expect(unnamed).toEqual([]);
  });
});

describe("input problems of the API's own routes", () => {
  const dir = mkdtempSync(join(tmpdir(), "ctip-labels-"));
  let opened: Awaited<ReturnType<typeof openLibsqlStore>>;
  let app: ReturnType<typeof createApp>;
  let token = "";
  beforeAll(async () => {
    opened = await openLibsqlStore(`file:${join(dir, "labels.sqlite")}`);
    await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "labels admin password" });
    app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000 });
    const res = await app.request("/v1/auth/login", { method: "POST", body: JSON.stringify({ email: "admin@example.org", password: "labels admin password" }), headers: { "Content-Type": "application/json" } });
    token = ((await res.json()) as { token: string }).token;
  });
  afterAll(() => {
    opened.close();
    rmSync(dir, { recursive: true, force: true });
  });
  // The API answers in Vietnamese or English (Accept-Language); the labels also carry French for the apps.
  type Problem = { status: number; errors: Array<{ path: string; code: string; message: string }> };
  const post = async (path: string, body: unknown, lang: "vi" | "en") =>
    (await (
      await app.request(path, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "Accept-Language": lang } })
    ).json()) as Problem;

  it("saving a decision with a wrong kind, a case reference of the wrong type and no facts: each field by its name, the kinds by their words, the missing one as required", async () => {
    const vi = await post("/v1/decisions", { kind: "nope", caseRef: 5 }, "vi");
    const en = await post("/v1/decisions", { kind: "nope", caseRef: 5 }, "en");
    expect(vi.status).toBe(400);
    const byPath = (p: Problem, path: string) => p.errors.find((e) => e.path === path);
    expect(byPath(vi, "kind")?.message).toMatch(/^Loại quyết định/);
    expect(byPath(vi, "kind")?.message).toContain("phân loại vụ việc");
    expect(byPath(vi, "kind")?.message).toContain("chế độ hỗ trợ nạn nhân");
    expect(byPath(en, "kind")?.message).toMatch(/^The kind of decision/);
    expect(byPath(en, "kind")?.message).toContain("case classification");
    expect(byPath(vi, "caseRef")?.message).toMatch(/^Mã hồ sơ \(bí danh\)/);
    expect(byPath(en, "caseRef")?.message).toMatch(/^The case reference \(pseudonym\)/);
    expect(byPath(vi, "input")?.code).toBe("issue.required");
    expect(byPath(en, "input")?.message).toMatch(/^The facts evaluated/);
    for (const p of [vi, en]) for (const e of p.errors) expect(e.message).not.toMatch(GENERIC);
  });

  it("signing in without an e-mail address, a new account with an unknown role, a case moved to an unknown status: named, and the choices listed in words", async () => {
    const login = await post("/v1/auth/login", { password: "x" }, "vi");
    expect(login.errors.map((e) => [e.path, e.code])).toEqual([["email", "issue.required"]]);
    expect(login.errors[0]?.message).toContain("địa chỉ thư điện tử");
    const user = await post("/v1/users", { email: "a@example.org", password: "a long enough password", role: "owner" }, "en");
    const role = user.errors.find((e) => e.path === "role");
    expect(role?.message).toBe("The role is not one of the accepted choices; choose one of: viewer; editor; administrator");
    const created = await app.request("/v1/cases", { method: "POST", body: JSON.stringify({ ref: "LABELS-1" }), headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` } });
    const id = ((await created.json()) as { id: string }).id;
    const move = await post(`/v1/cases/${id}/status`, { to: "archived" }, "en");
    expect(move.errors[0]?.message).toMatch(/^The new status/);
    expect(move.errors[0]?.message).toContain("under review");
    for (const p of [login, user, move]) for (const e of p.errors) expect(e.message).not.toMatch(GENERIC);
  });

  it("a query string and a path parameter are named too", async () => {
    const bad = (await (await app.request("/v1/decisions?limit=0", { headers: { Authorization: `Bearer ${token}`, "Accept-Language": "en" } })).json()) as Problem;
    expect(bad.errors[0]?.path).toBe("limit");
    expect(bad.errors[0]?.message).toMatch(/^The page size/);
    const id = (await (await app.request("/v1/cases/not-a-uuid", { headers: { Authorization: `Bearer ${token}`, "Accept-Language": "vi" } })).json()) as Problem;
    expect(id.errors[0]?.message).toMatch(/^Mã định danh/);
  });
});
