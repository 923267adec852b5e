import { and, desc, eq, sql } from "drizzle-orm";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { migrations } from "./migrations.js";
import * as schema from "./schema.js";

/**
 * A Drizzle database over SQLite: libSQL on Node, D1 on Workers. Both drivers have the same
 * atomic `batch`; its signature is taken from the libSQL driver.
 */
export type Db = BaseSQLiteDatabase<"async", unknown, typeof schema> & Pick<LibSQLDatabase<typeof schema>, "batch">;

export type Role = "viewer" | "editor" | "admin";
export type UserRow = typeof schema.users.$inferSelect;
export type DecisionRow = typeof schema.decisions.$inferSelect;
export type KpiReportRow = typeof schema.kpiReports.$inferSelect;
export type DraftRow = typeof schema.resolutionDrafts.$inferSelect;
export type VersionRow = typeof schema.resolutionVersions.$inferSelect;

/**
 * The database could not do what was asked (locked past the busy timeout, I/O error, corruption,
 * closed). The operation did not happen; the API answers 503 and never a 2xx.
 */
export class StorageError extends Error {
  override readonly name = "StorageError";
}

/** Runs SQL statements as one atomic batch (libSQL `batch(…, "write")`, D1 `batch`). */
export type ExecBatch = (statements: ReadonlyArray<{ readonly sql: string; readonly args?: ReadonlyArray<string | number> }>) => Promise<void>;

/** Applies pending migrations; each migration and the row recording it are one atomic batch. */
export const migrate = async (db: Db, exec: ExecBatch): Promise<number[]> => {
  await exec([{ sql: "CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)" }]);
  const done = new Set((await db.all<{ id: number }>(sql.raw("SELECT id FROM schema_migrations"))).map((r) => Number(r.id)));
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.id)) continue;
    await exec([
      ...m.statements.map((statement) => ({ sql: statement })),
      { sql: "INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)", args: [m.id, m.name, new Date().toISOString()] },
    ]);
    applied.push(m.id);
  }
  return applied;
};

/** The API's persistence, one method per use; every write is a single statement or an atomic batch. */
export const makeStore = (db: Db) => ({
  ping: async () => {
    await db.run(sql`SELECT 1`);
  },
  /**
   * A real write-and-read round trip: writes a fresh random value in an atomic batch and reads it
   * back. Throws when the database cannot durably write.
   */
  probe: async () => {
    const value = crypto.randomUUID();
    const at = new Date().toISOString();
    await db.insert(schema.healthProbe).values({ id: 1, value, at }).onConflictDoUpdate({ target: schema.healthProbe.id, set: { value, at } });
    const row = (await db.select().from(schema.healthProbe).where(eq(schema.healthProbe.id, 1)).limit(1))[0];
    if (row?.value !== value) throw new StorageError("The health probe did not read back what it wrote.");
  },
  users: {
    count: async () => (await db.select({ n: sql<number>`count(*)` }).from(schema.users))[0]?.n ?? 0,
    byEmail: async (email: string) => (await db.select().from(schema.users).where(eq(schema.users.email, email)).limit(1))[0],
    byId: async (id: string) => (await db.select().from(schema.users).where(eq(schema.users.id, id)).limit(1))[0],
    list: async () => db.select({ id: schema.users.id, email: schema.users.email, role: schema.users.role, createdAt: schema.users.createdAt }).from(schema.users).orderBy(schema.users.createdAt),
    insert: async (row: UserRow) => {
      await db.insert(schema.users).values(row);
    },
    /** Replaces a user's password hash and ends every session of that user, atomically. */
    setPasswordHash: async (id: string, passwordHash: string) => {
      await db.batch([db.update(schema.users).set({ passwordHash }).where(eq(schema.users.id, id)), db.delete(schema.sessions).where(eq(schema.sessions.userId, id))]);
    },
  },
  sessions: {
    insert: async (row: typeof schema.sessions.$inferInsert) => {
      await db.insert(schema.sessions).values(row);
    },
    byTokenHash: async (tokenHash: string) => (await db.select().from(schema.sessions).where(eq(schema.sessions.tokenHash, tokenHash)).limit(1))[0],
    remove: async (tokenHash: string) => {
      await db.delete(schema.sessions).where(eq(schema.sessions.tokenHash, tokenHash));
    },
  },
  decisions: {
    insert: async (row: DecisionRow) => {
      await db.insert(schema.decisions).values(row);
    },
    byId: async (id: string) => (await db.select().from(schema.decisions).where(eq(schema.decisions.id, id)).limit(1))[0],
    list: async (opts: { caseRef?: string; limit: number }) =>
      db
        .select()
        .from(schema.decisions)
        .where(opts.caseRef === undefined ? undefined : eq(schema.decisions.caseRef, opts.caseRef))
        .orderBy(desc(schema.decisions.createdAt))
        .limit(opts.limit),
  },
  kpiReports: {
    insert: async (row: KpiReportRow) => {
      await db.insert(schema.kpiReports).values(row);
    },
    list: async (province: string) => db.select().from(schema.kpiReports).where(eq(schema.kpiReports.province, province)).orderBy(desc(schema.kpiReports.periodFrom)),
  },
  drafts: {
    create: async (draft: DraftRow, version: VersionRow) => {
      await db.batch([db.insert(schema.resolutionDrafts).values(draft), db.insert(schema.resolutionVersions).values(version)]);
    },
    /**
     * Appends version `version.version`. The versions table's primary key is the lock: if another
     * writer saved that number first, the whole batch fails and this returns false (a conflict).
     */
    append: async (id: string, version: VersionRow, title: string): Promise<boolean> => {
      try {
        await db.batch([
          db.insert(schema.resolutionVersions).values(version),
          db.update(schema.resolutionDrafts).set({ latestVersion: version.version, title, updatedAt: version.createdAt }).where(eq(schema.resolutionDrafts.id, id)),
        ]);
        return true;
      } catch (e) {
        if (/UNIQUE|PRIMARY KEY|constraint/i.test(String((e as { cause?: unknown }).cause ?? e))) return false;
        throw e;
      }
    },
    byId: async (id: string) => (await db.select().from(schema.resolutionDrafts).where(and(eq(schema.resolutionDrafts.id, id), eq(schema.resolutionDrafts.deleted, false))).limit(1))[0],
    list: async () => db.select().from(schema.resolutionDrafts).where(eq(schema.resolutionDrafts.deleted, false)).orderBy(desc(schema.resolutionDrafts.updatedAt)),
    version: async (id: string, version: number) =>
      (await db.select().from(schema.resolutionVersions).where(and(eq(schema.resolutionVersions.draftId, id), eq(schema.resolutionVersions.version, version))).limit(1))[0],
    versions: async (id: string) =>
      db.select({ version: schema.resolutionVersions.version, createdBy: schema.resolutionVersions.createdBy, createdAt: schema.resolutionVersions.createdAt }).from(schema.resolutionVersions).where(eq(schema.resolutionVersions.draftId, id)).orderBy(schema.resolutionVersions.version),
    remove: async (id: string) => {
      const rows = await db.update(schema.resolutionDrafts).set({ deleted: true }).where(eq(schema.resolutionDrafts.id, id)).returning({ id: schema.resolutionDrafts.id });
      return rows.length === 1;
    },
  },
});

export type Store = ReturnType<typeof makeStore>;
export { schema };
