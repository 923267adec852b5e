import { getTableColumns } from "drizzle-orm";
import { getTableConfig as pgConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { migrations } from "../src/store/migrations.js";
import { pgMigrations } from "../src/store/migrations-pg.js";
import { isUnavailable, openPostgresStore } from "../src/store/postgres.js";
import * as pgSchema from "../src/store/schema-pg.js";
import * as sqliteSchema from "../src/store/schema.js";
import { StorageError } from "../src/store/store.js";
import { freshPostgresDatabase, postgresUrl } from "./helpers/backends.js";

/**
 * What is particular to PostgreSQL: one schema in two dialects, migrations applied once under an
 * advisory lock when instances start together, the append-only audit log, the version and
 * sequence locks under real concurrency, and an unreachable server answered as 503.
 */
describe("the two schemas are one", () => {
  it("every table has the same name and the same columns (keys and names) in both dialects", () => {
    expect(Object.keys(pgSchema).toSorted()).toEqual(Object.keys(sqliteSchema).toSorted());
    const cols = (cs: ReadonlyArray<{ name: string; notNull: boolean; primary: boolean }>) => cs.map((c) => `${c.name}${c.notNull ? " not null" : ""}${c.primary ? " pk" : ""}`).toSorted();
    const describeSqlite = Object.fromEntries(
      Object.entries(sqliteSchema).map(([key, table]) => [key, { name: sqliteConfig(table as SQLiteTable).name, columns: cols(sqliteConfig(table as SQLiteTable).columns), keys: Object.keys(getTableColumns(table as SQLiteTable)).toSorted() }]),
    );
    const describePg = Object.fromEntries(
      Object.entries(pgSchema).map(([key, table]) => [key, { name: pgConfig(table as PgTable).name, columns: cols(pgConfig(table as PgTable).columns), keys: Object.keys(getTableColumns(table as PgTable)).toSorted() }]),
    );
    expect(describePg).toEqual(describeSqlite);
  });
  it("the migrations have the same ids and names in both dialects", () => {
    expect(pgMigrations.map((m) => [m.id, m.name])).toEqual(migrations.map((m) => [m.id, m.name]));
  });
});

describe.skipIf(postgresUrl === undefined)("PostgreSQL store", () => {
  let url = "";
  let opened: Awaited<ReturnType<typeof openPostgresStore>>;
  beforeAll(async () => {
    url = await freshPostgresDatabase("pgstore");
    opened = await openPostgresStore(url, { maxConnections: 12 });
  });
  afterAll(async () => opened?.close());

  it("the database the migrations build has exactly the columns of the Drizzle schema", async () => {
    const rows = await opened.client<Array<{ table_name: string; column_name: string; is_nullable: string }>>`
      SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`;
    const inDb = rows.map((r) => `${r.table_name}.${r.column_name}${r.is_nullable === "NO" ? " not null" : ""}`).toSorted();
    const inSchema = Object.values(pgSchema)
      .flatMap((t) => {
        const c = pgConfig(t as PgTable);
        return c.columns.map((col) => `${c.name}.${col.name}${col.notNull || col.primary ? " not null" : ""}`);
      })
      .toSorted();
    expect(inDb).toEqual(inSchema);
  });

  it("eight instances starting at once on an empty database apply each migration exactly once", async () => {
    const fresh = await freshPostgresDatabase("pgstart");
    const starts = await Promise.all(Array.from({ length: 8 }, () => openPostgresStore(fresh, { maxConnections: 2 })));
    const applied = starts.flatMap((s) => s.applied).toSorted((a, b) => a - b);
    expect(applied).toEqual(migrations.map((m) => m.id));
    const again = await openPostgresStore(fresh, { maxConnections: 1 });
    expect(again.applied).toEqual([]);
    await Promise.all([...starts, again].map((s) => s.close()));
  });

  it("the case audit log refuses UPDATE, DELETE and TRUNCATE (the database itself)", async () => {
    const at = new Date().toISOString();
    const row = { id: crypto.randomUUID(), ref: "PG-AUDIT-1", province: "nghe-an", status: "new" as const, articles: "[]", regimes: "[]", version: 1, createdBy: "u", createdAt: at, updatedAt: at };
    expect(await opened.store.cases.create(row, { caseId: row.id, actor: "u", action: "created", beforeJson: null, afterJson: "{}", at })).toBe(true);
    await expect(opened.client`UPDATE case_audit SET actor = 'x' WHERE case_id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(opened.client`DELETE FROM case_audit WHERE case_id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(opened.client`TRUNCATE case_audit`).rejects.toThrow(/append-only/);
    expect(await opened.store.cases.audit(row.id)).toHaveLength(1);
  });

  it("twenty changes of one case made at once from the same version: exactly one lands, with its audit entry", async () => {
    const at = new Date().toISOString();
    const row = { id: crypto.randomUUID(), ref: "PG-RACE-1", province: "nghe-an", status: "new" as const, articles: "[]", regimes: "[]", version: 1, createdBy: "u", createdAt: at, updatedAt: at };
    await opened.store.cases.create(row, { caseId: row.id, actor: "u", action: "created", beforeJson: null, afterJson: "{}", at });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        opened.store.cases.change(row.id, 1, { status: "reviewing" }, at, { caseId: row.id, actor: `u${i}`, action: "note", beforeJson: null, afterJson: null, at }, { note: { id: crypto.randomUUID(), caseId: row.id, text: `note ${i}`, createdBy: `u${i}`, createdAt: at } }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await opened.store.cases.byId(row.id))?.version).toBe(2);
    expect(await opened.store.cases.notes(row.id)).toHaveLength(1);
    expect((await opened.store.cases.audit(row.id)).map((a) => a.caseVersion)).toEqual([1, 2]);
  });

  it("twenty KPI releases racing for the same sequence number: exactly one lands", async () => {
    const at = new Date().toISOString();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        opened.store.kpiPublications.append({ id: crypto.randomUUID(), province: "hai-phong", seq: 1, periodFrom: "2025-01-01", periodTo: "2025-03-31", k: 5, countsJson: "{}", publishedJson: "{}", createdBy: "u", createdAt: at }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await opened.store.kpiPublications.list("hai-phong")).toHaveLength(1);
  });

  it("a draft version saved twice at once: one lands, the other is a conflict", async () => {
    const at = new Date().toISOString();
    const id = crypto.randomUUID();
    await opened.store.drafts.create({ id, title: "t", latestVersion: 1, deleted: false, createdBy: "u", createdAt: at, updatedAt: at, province: null }, { draftId: id, version: 1, docJson: "{}", createdBy: "u", createdAt: at });
    const results = await Promise.all([1, 2, 3].map((i) => opened.store.drafts.append(id, { draftId: id, version: 2, docJson: `{"i":${i}}`, createdBy: "u", createdAt: at }, `t${i}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await opened.store.drafts.byId(id))?.latestVersion).toBe(2);
  });

  it("counts are numbers, booleans are booleans", async () => {
    expect(await opened.store.users.count()).toBe(0);
    await opened.store.users.insert({ id: "u1", email: "a@example.org", role: "admin", passwordHash: "h", createdAt: new Date().toISOString() });
    expect(await opened.store.users.count()).toBe(1);
    expect(await opened.store.users.byId("u1")).toMatchObject({ disabled: false, mustChangePassword: false, provinces: '["*"]' });
  });

  it("a server that stops taking connections: operations fail as StorageError, /health answers 503, and the pool recovers once it does again", async () => {
    const fresh = await freshPostgresDatabase("pgdown");
    const o = await openPostgresStore(fresh, { maxConnections: 2, connectTimeoutS: 2 });
    const app = createApp({ store: o.store, storageKind: "postgres" });
    expect((await app.request("/health")).status).toBe(200);
    const name = new URL(fresh).pathname.slice(1);
    const admin = postgres(postgresUrl ?? "", { max: 1, onnotice: () => {} });
    await admin.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name}`;
    await expect(o.store.ping()).rejects.toBeInstanceOf(StorageError);
    const res = await app.request("/health");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    await admin.unsafe(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await admin.end();
    // Each pooled connection the server closed fails once (503, nothing saved), then is replaced.
    const statuses: number[] = [];
    for (let i = 0; i < 4 && statuses.at(-1) !== 200; i++) statuses.push((await app.request("/health")).status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    await o.close();
  });

  it("a write that waits on another session's lock past the lock timeout fails as StorageError and saves nothing", async () => {
    const o = await openPostgresStore(url, { maxConnections: 2, lockTimeoutMs: 100 });
    const row = { id: crypto.randomUUID(), kind: "classification" as const, caseRef: "PG-LOCKED-1", asOf: "2025-01-01", inputJson: "{}", resultJson: "{}", inputHash: "h", resultHash: "h", libraryVersion: "0", createdBy: "u", createdAt: new Date().toISOString(), province: null };
    const holder = postgres(url, { max: 1, onnotice: () => {} });
    await holder.begin(async (tx) => {
      await tx`LOCK TABLE decisions IN ACCESS EXCLUSIVE MODE`;
      await expect(o.store.decisions.insert(row)).rejects.toBeInstanceOf(StorageError);
    });
    await holder.end();
    expect(await o.store.decisions.byId(row.id)).toBeUndefined();
    await o.store.decisions.insert(row);
    expect((await o.store.decisions.byId(row.id))?.caseRef).toBe("PG-LOCKED-1");
    await o.close();
  });

  it("classifies errors: connection and server-state failures are unavailability, integrity errors are not", () => {
    expect(isUnavailable(Object.assign(new Error("x"), { code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "40P01" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "55P03" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "55000" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "28P01" }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "23505" }))).toBe(false);
    expect(isUnavailable(Object.assign(new Error("x"), { code: "42601" }))).toBe(false);
    expect(isUnavailable(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "08006" }) }))).toBe(true);
  });

  it("an unreachable server fails the start with the reason", async () => {
    await expect(openPostgresStore("postgres://ctip@127.0.0.1:9/none", { connectTimeoutS: 2 })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
