import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { afterAll, describe, expect, it } from "vitest";
import { bootstrapAdmin } from "../src/auth.js";
import { redactUrl, resolveDatabaseUrl } from "../src/storage-start.js";
import { backupDatabase, BackupError, restoreDatabase } from "../src/store/backup.js";
import * as schema from "../src/store/schema.js";
import type { Store } from "../src/store/store.js";
import { backends, freshPostgresDatabase, openBackend, type OpenedBackend } from "./helpers/backends.js";
import { buildServer, out as built } from "./helpers/server.ts";

/**
 * Backups and restore on each backend: a backup taken while the store is in use, then restored
 * over a database that changed since and into an empty one, holds every record of every table
 * exactly as it was; a restore is refused while an instance uses the database.
 */
const dir = mkdtempSync(join(tmpdir(), "ctip-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tables = Object.values(schema).map((t) => getTableConfig(t as SQLiteTable).name);

/** Every row of every table, in a stable order. */
const snapshot = async (raw: OpenedBackend["raw"]) => {
  const out: Record<string, unknown[]> = {};
  for (const table of [...tables, "schema_migrations"]) out[table] = await raw(`SELECT * FROM ${table} ORDER BY 1, 2`);
  return out;
};

/** At least one record in every table. */
const fill = async (store: Store) => {
  const at = "2025-06-01T08:00:00.000Z";
  await bootstrapAdmin(store, { ADMIN_EMAIL: "admin@example.org", ADMIN_PASSWORD: "a long admin password" });
  const [admin] = await store.users.list();
  await store.sessions.insert({ tokenHash: "t".repeat(64), userId: admin?.id ?? "", expiresAt: "2099-01-01T00:00:00.000Z", createdAt: at });
  await store.loginFailures.fail("email:someone@example.org", at, "2025-01-01T00:00:00.000Z");
  await store.rateLimits.hit("10.0.0.1", at);
  await store.probe();
  const decision = { id: crypto.randomUUID(), kind: "classification" as const, caseRef: "NA-2025-0001", asOf: "2025-05-01", inputJson: '{"victims":[{"ageYears":15}]}', resultJson: "{}", inputHash: "a", resultHash: "b", libraryVersion: "1", createdBy: "admin@example.org", createdAt: at, province: "nghe-an" };
  await store.decisions.insert(decision);
  await store.kpiReports.insert({ id: crypto.randomUUID(), province: "nghe-an", periodFrom: "2025-01-01", periodTo: "2025-03-31", inputJson: "{}", resultJson: "{}", createdBy: "admin@example.org", createdAt: at });
  await store.kpiPublications.append({ id: crypto.randomUUID(), province: "nghe-an", seq: 1, periodFrom: "2025-01-01", periodTo: "2025-03-31", k: 5, countsJson: "{}", publishedJson: "{}", createdBy: "admin@example.org", createdAt: at });
  const draft = crypto.randomUUID();
  await store.drafts.create({ id: draft, title: "Nghị quyết", latestVersion: 1, deleted: false, createdBy: "admin@example.org", createdAt: at, updatedAt: at, province: "nghe-an" }, { draftId: draft, version: 1, docJson: "{}", createdBy: "admin@example.org", createdAt: at });
  const id = crypto.randomUUID();
  await store.cases.create({ id, ref: "NA-2025-0001", province: "nghe-an", status: "new", articles: "[]", regimes: "[]", version: 1, createdBy: "admin@example.org", createdAt: at, updatedAt: at }, { caseId: id, actor: "admin@example.org", action: "created", beforeJson: null, afterJson: "{}", at });
  const entry = (action: "note" | "attachment" | "decision") => ({ caseId: id, actor: "admin@example.org", action, beforeJson: null, afterJson: "{}", at });
  await store.cases.change(id, 1, {}, at, entry("note"), { note: { id: crypto.randomUUID(), caseId: id, text: "Đã liên hệ", createdBy: "admin@example.org", createdAt: at } });
  await store.cases.change(id, 2, {}, at, entry("attachment"), { attachment: { id: crypto.randomUUID(), caseId: id, name: "bien-ban.pdf", mediaType: "application/pdf", size: 10, sha256: "0".repeat(64), createdBy: "admin@example.org", createdAt: at } });
  await store.cases.change(id, 3, { articles: '["150"]' }, at, entry("decision"), { decision: { caseId: id, decisionId: decision.id, person: "P1", addedBy: "admin@example.org", addedAt: at } });
  // A second case whose personal data was erased (the erasure ledger).
  const erased = crypto.randomUUID();
  await store.cases.create({ id: erased, ref: "NA-2025-0002", province: "nghe-an", status: "new", articles: "[]", regimes: "[]", version: 1, createdBy: "admin@example.org", createdAt: at, updatedAt: at }, { caseId: erased, actor: "admin@example.org", action: "created", beforeJson: null, afterJson: "{}", at });
  await store.cases.change(erased, 1, {}, at, { ...entry("note"), caseId: erased }, { note: { id: crypto.randomUUID(), caseId: erased, text: "to erase", createdBy: "admin@example.org", createdAt: at } });
  await store.personalData.eraseCase(erased, "admin@example.org", "request", at);
};

describe.each(backends)("backup and restore on %s", (backend) => {
  it("a backup taken while in use, restored over a changed database and into an empty one, holds every record", async () => {
    const opened = await openBackend(backend, "backup");
    await fill(opened.store);
    const before = await snapshot(opened.raw);
    for (const table of tables) expect({ table, rows: (before[table]?.length ?? 0) > 0 }).toEqual({ table, rows: true });

    const file = join(dir, `${backend}.backup`);
    await backupDatabase(opened.url, file);
    expect(existsSync(file)).toBe(true);
    await expect(backupDatabase(opened.url, file)).rejects.toThrow(/exists already/);

    // Changes after the backup: gone after the restore.
    await opened.store.decisions.insert({ id: crypto.randomUUID(), kind: "classification", caseRef: "AFTER-BACKUP", asOf: "2025-05-01", inputJson: "{}", resultJson: "{}", inputHash: "a", resultHash: "b", libraryVersion: "1", createdBy: "x", createdAt: "2025-07-01T00:00:00.000Z", province: null });
    // Refused while an instance uses the database.
    await expect(restoreDatabase(opened.url, file)).rejects.toBeInstanceOf(BackupError);
    await opened.stop();
    await restoreDatabase(opened.url, file);
    expect(await snapshot(opened.raw)).toEqual(before);
    // The audit log is still append-only in the restored database.
    await expect(opened.raw("UPDATE case_audit SET actor = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(opened.raw("DELETE FROM case_audit")).rejects.toThrow(/append-only/);

    // The restored database opens as the API opens it (no migration pending) and works.
    const again = await opened.reopen();
    expect(again.applied).toEqual([]);
    expect((await again.store.decisions.list({ scope: { all: true }, limit: 10 })).map((d) => d.caseRef)).toEqual(["NA-2025-0001"]);
    await expect(again.store.cases.audit((await again.store.personalData.caseByRef("NA-2025-0001"))?.id ?? "")).resolves.toHaveLength(4);
    await again.close();

    // Into an empty database elsewhere.
    const elsewhere = backend === "postgres" ? await freshPostgresDatabase("restored") : `file:${join(dir, "elsewhere", "restored.sqlite")}`;
    await restoreDatabase(elsewhere, file);
    const copy = await (backend === "postgres" ? import("../src/store/postgres.js").then((m) => m.openPostgresStore(elsewhere, { maxConnections: 1 })) : import("../src/store/libsql.js").then((m) => m.openLibsqlStore(elsewhere)));
    expect(copy.applied).toEqual([]);
    expect(await copy.store.users.count()).toBe(1);
    expect((await copy.store.kpiPublications.list("nghe-an")).map((p) => p.seq)).toEqual([1]);
    await copy.close();
    await opened.close();
  });

  it("a file that is not a backup is refused and the database is left as it was", async () => {
    const opened = await openBackend(backend, "notbackup");
    await fill(opened.store);
    const before = await snapshot(opened.raw);
    await opened.stop();
    const bogus = join(dir, `${backend}-bogus.backup`);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(bogus, "not a backup at all");
    await expect(restoreDatabase(opened.url, bogus)).rejects.toBeInstanceOf(BackupError);
    expect(await snapshot(opened.raw)).toEqual(before);
    await opened.close();
  });
});

describe("the commands (pnpm --filter @ctip-vn/api db:backup / db:restore)", () => {
  it("back up and restore with one line each; a wrong call prints the usage (exit 2); a restore under a running server is refused (exit 1)", async () => {
    buildServer();
    const cli = (args: string[], databaseUrl: string) => spawnSync(process.execPath, [join(built, "db-cli.js"), ...args], { env: { PATH: process.env["PATH"] ?? "", DATABASE_URL: databaseUrl }, encoding: "utf8" });
    const opened = await openBackend(backends.at(-1) ?? "sqlite", "cli");
    await fill(opened.store);
    const before = await snapshot(opened.raw);
    const file = join(dir, "cli.backup");
    const backedUp = cli(["backup", file], opened.url);
    expect({ status: backedUp.status, stderr: backedUp.stderr }).toEqual({ status: 0, stderr: "" });
    expect(backedUp.stdout).toMatch(/written to/);
    const refused = cli(["restore", file], opened.url);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/stop/);
    await opened.stop();
    const restored = cli(["restore", file], opened.url);
    expect({ status: restored.status, stderr: restored.stderr }).toEqual({ status: 0, stderr: "" });
    expect(await snapshot(opened.raw)).toEqual(before);
    const wrong = cli(["backup"], opened.url);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^usage: db-cli/);
    await opened.close();
  }, 120_000);
});

describe("database URLs in commands and logs", () => {
  it("a relative file is taken from where the command was typed; other URLs are left as they are", () => {
    expect(resolveDatabaseUrl("file:./data/ctip.sqlite", "/srv/ctip")).toBe("file:/srv/ctip/data/ctip.sqlite");
    expect(resolveDatabaseUrl("file:/var/lib/ctip.sqlite", "/srv/ctip")).toBe("file:/var/lib/ctip.sqlite");
    expect(resolveDatabaseUrl("file::memory:", "/srv/ctip")).toBe("file::memory:");
    expect(resolveDatabaseUrl("postgres://ctip@db/ctip", "/srv/ctip")).toBe("postgres://ctip@db/ctip");
  });
  it("a PostgreSQL password is never shown", () => {
    expect(redactUrl("postgres://ctip:s3cret@db.internal:5432/ctip")).toBe("postgres://ctip:***@db.internal:5432/ctip");
    expect(redactUrl("postgresql://ctip@db/ctip")).toBe("postgresql://ctip@db/ctip");
    expect(redactUrl("file:./data/ctip.sqlite")).toBe("file:./data/ctip.sqlite");
  });
});
