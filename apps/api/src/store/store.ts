import { and, desc, eq, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import { makeCaseStore } from "./cases.js";
import { makePersonalDataStore } from "./personal-data.js";
import { migrations } from "./migrations.js";
import * as schema from "./schema.js";

/**
 * A Drizzle database over SQLite: libSQL on Node, D1 on Workers. Both drivers have the same
 * atomic `batch`; its signature is taken from the libSQL driver.
 */
export type Db = BaseSQLiteDatabase<"async", unknown, typeof schema> & Pick<LibSQLDatabase<typeof schema>, "batch">;

export type Role = "viewer" | "editor" | "admin";

/**
 * Which records an account may see: every province and national records (`all`), or only the
 * records of the listed provinces.
 */
export type Scope = { readonly all: true } | { readonly all: false; readonly provinces: ReadonlyArray<string> };

/** The scope an account's `provinces` list grants (`"*"` = all). */
export const scopeOf = (provinces: ReadonlyArray<string>): Scope => (provinces.includes("*") ? { all: true } : { all: false, provinces });

/** Whether a record of `province` (null = national) is inside `scope`. */
export const inScope = (scope: Scope, province: string | null): boolean => scope.all || (province !== null && scope.provinces.includes(province));

const scopeWhere = (scope: Scope, column: typeof schema.decisions.province | typeof schema.resolutionDrafts.province): SQL | undefined =>
  scope.all ? undefined : scope.provinces.length === 0 ? sql`1 = 0` : inArray(column, [...scope.provinces]);

/** Keyset cursor over (createdAt, id), newest first. */
export type Cursor = { readonly createdAt: string; readonly id: string };
export type UserRow = typeof schema.users.$inferSelect;
export type DecisionRow = typeof schema.decisions.$inferSelect;
export type KpiReportRow = typeof schema.kpiReports.$inferSelect;
export type KpiPublicationRow = typeof schema.kpiPublications.$inferSelect;
export type DraftRow = typeof schema.resolutionDrafts.$inferSelect;
export type VersionRow = typeof schema.resolutionVersions.$inferSelect;

/**
 * The tables the store works on. SQLite (libSQL, D1) uses {@link schema}; PostgreSQL its mirror in
 * `schema-pg.ts`, with the same names for every table and column (checked by a test), so one store
 * serves every backend.
 */
export type Tables = typeof schema;

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
export const makeStore = (db: Db, t: Tables = schema) => ({
  cases: makeCaseStore(db, t),
  personalData: makePersonalDataStore(db, t),
  /** A read that needs the database to answer (any backend). */
  ping: async () => {
    await db.select({ one: sql`1` }).from(t.healthProbe).limit(1);
  },
  /**
   * A real write-and-read round trip: writes a fresh random value in an atomic batch and reads it
   * back. Throws when the database cannot durably write.
   */
  probe: async () => {
    const value = crypto.randomUUID();
    const at = new Date().toISOString();
    await db.insert(t.healthProbe).values({ id: 1, value, at }).onConflictDoUpdate({ target: t.healthProbe.id, set: { value, at } });
    const row = (await db.select().from(t.healthProbe).where(eq(t.healthProbe.id, 1)).limit(1))[0];
    if (row?.value !== value) throw new StorageError("The health probe did not read back what it wrote.");
  },
  users: {
    count: async () => (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(t.users))[0]?.n ?? 0,
    byEmail: async (email: string) => (await db.select().from(t.users).where(eq(t.users.email, email)).limit(1))[0],
    byId: async (id: string) => (await db.select().from(t.users).where(eq(t.users.id, id)).limit(1))[0],
    list: async () => db.select().from(t.users).orderBy(t.users.createdAt),
    /** Inserts; returns false when the e-mail is already taken (also under a concurrent insert). */
    insert: async (row: typeof t.users.$inferInsert): Promise<boolean> => {
      const rows = await db.insert(t.users).values(row).onConflictDoNothing().returning({ id: t.users.id });
      return rows.length === 1;
    },
    /**
     * Replaces a user's password hash and ends every session of that user, atomically; with
     * `mustChangePassword` the user must choose a new one at next sign-in.
     */
    setPasswordHash: async (id: string, passwordHash: string, mustChangePassword = false) => {
      await db.batch([db.update(t.users).set({ passwordHash, mustChangePassword }).where(eq(t.users.id, id)), db.delete(t.sessions).where(eq(t.sessions.userId, id))]);
    },
    /** Updates the given fields; returns false when there is no such user. */
    update: async (id: string, patch: Partial<Pick<UserRow, "role" | "provinces" | "disabled" | "mustChangePassword" | "passwordHash">>): Promise<boolean> => {
      const rows = await db.update(t.users).set(patch).where(eq(t.users.id, id)).returning({ id: t.users.id });
      return rows.length === 1;
    },
    /** Deletes a user and all their sessions in one batch. */
    remove: async (id: string): Promise<boolean> => {
      const [, rows] = await db.batch([db.delete(t.sessions).where(eq(t.sessions.userId, id)), db.delete(t.users).where(eq(t.users.id, id)).returning({ id: t.users.id })]);
      return rows.length === 1;
    },
    /** Active admins with national scope (the last one may not be removed, disabled or demoted). */
    nationalAdmins: async () =>
      (await db.select().from(t.users).where(and(eq(t.users.role, "admin"), eq(t.users.disabled, false)))).filter((u) => (JSON.parse(u.provinces) as string[]).includes("*")).length,
  },
  sessions: {
    insert: async (row: typeof t.sessions.$inferInsert) => {
      await db.insert(t.sessions).values(row);
    },
    byTokenHash: async (tokenHash: string) => (await db.select().from(t.sessions).where(eq(t.sessions.tokenHash, tokenHash)).limit(1))[0],
    remove: async (tokenHash: string) => {
      await db.delete(t.sessions).where(eq(t.sessions.tokenHash, tokenHash));
    },
    /** Ends every session of a user but `keep`; returns how many ended. */
    revokeOthers: async (userId: string, keep: string): Promise<number> =>
      (await db.delete(t.sessions).where(and(eq(t.sessions.userId, userId), sql`${t.sessions.tokenHash} <> ${keep}`)).returning({ t: t.sessions.tokenHash })).length,
    /** Ends every session of a user; returns how many there were. */
    revokeUser: async (userId: string): Promise<number> => (await db.delete(t.sessions).where(eq(t.sessions.userId, userId)).returning({ t: t.sessions.tokenHash })).length,
    /** Deletes expired sessions; returns how many. */
    purgeExpired: async (now: string): Promise<number> => (await db.delete(t.sessions).where(lte(t.sessions.expiresAt, now)).returning({ t: t.sessions.tokenHash })).length,
  },
  loginFailures: {
    get: async (key: string) => (await db.select().from(t.loginFailures).where(eq(t.loginFailures.key, key)).limit(1))[0],
    clear: async (key: string) => {
      await db.delete(t.loginFailures).where(eq(t.loginFailures.key, key));
    },
    /**
     * Counts one failed sign-in of `key` at `at` in one atomic statement (so failures arriving at
     * once on several instances are all counted): the count restarts at 1 when the last failure
     * was before `forgetBefore`. Returns the count.
     */
    fail: async (key: string, at: string, forgetBefore: string): Promise<number> => {
      const rows = await db
        .insert(t.loginFailures)
        .values({ key, failures: 1, lastAt: at, lockedUntil: null })
        .onConflictDoUpdate({
          target: t.loginFailures.key,
          set: { failures: sql`CASE WHEN login_failures.last_at < ${forgetBefore} THEN 1 ELSE login_failures.failures + 1 END`, lastAt: sql`excluded.last_at` },
        })
        .returning({ failures: t.loginFailures.failures });
      return Number(rows[0]?.failures ?? 1);
    },
    /** Sets the lock of `key` to `until` unless it is already locked longer. */
    lockUntil: async (key: string, until: string) => {
      await db
        .update(t.loginFailures)
        .set({ lockedUntil: until })
        .where(and(eq(t.loginFailures.key, key), or(sql`${t.loginFailures.lockedUntil} IS NULL`, lt(t.loginFailures.lockedUntil, until))));
    },
  },
  rateLimits: {
    /**
     * Counts one request of `key` in the window starting at `windowStart` (a new window restarts
     * the count) in one atomic statement; returns the count so far in that window.
     */
    hit: async (key: string, windowStart: string): Promise<number> => {
      const rows = await db
        .insert(t.rateLimits)
        .values({ key, windowStart, count: 1 })
        .onConflictDoUpdate({
          target: t.rateLimits.key,
          set: { count: sql`CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.count + 1 ELSE 1 END`, windowStart: sql`excluded.window_start` },
        })
        .returning({ count: t.rateLimits.count });
      return Number(rows[0]?.count ?? 1);
    },
    /** Deletes windows that started before `before`; returns how many. */
    purge: async (before: string): Promise<number> => (await db.delete(t.rateLimits).where(lt(t.rateLimits.windowStart, before)).returning({ key: t.rateLimits.key })).length,
  },
  decisions: {
    insert: async (row: DecisionRow) => {
      await db.insert(t.decisions).values(row);
    },
    byId: async (id: string) => (await db.select().from(t.decisions).where(eq(t.decisions.id, id)).limit(1))[0],
    /** Newest first within `scope`, after `cursor` when given. */
    list: async (opts: { scope: Scope; caseRef?: string; limit: number; cursor?: Cursor }) =>
      db
        .select()
        .from(t.decisions)
        .where(
          and(
            scopeWhere(opts.scope, t.decisions.province),
            opts.caseRef === undefined ? undefined : eq(t.decisions.caseRef, opts.caseRef),
            opts.cursor === undefined
              ? undefined
              : or(lt(t.decisions.createdAt, opts.cursor.createdAt), and(eq(t.decisions.createdAt, opts.cursor.createdAt), lt(t.decisions.id, opts.cursor.id))),
          ),
        )
        .orderBy(desc(t.decisions.createdAt), desc(t.decisions.id))
        .limit(opts.limit),
  },
  kpiReports: {
    insert: async (row: KpiReportRow) => {
      await db.insert(t.kpiReports).values(row);
    },
    /** Inserts every row in one atomic batch: all or none. */
    insertMany: async (rows: ReadonlyArray<KpiReportRow>) => {
      if (rows.length === 0) return;
      const [first, ...rest] = rows.map((r) => db.insert(t.kpiReports).values(r));
      if (first !== undefined) await db.batch([first, ...rest]);
    },
    list: async (province: string) => db.select().from(t.kpiReports).where(eq(t.kpiReports.province, province)).orderBy(desc(t.kpiReports.periodFrom)).limit(1000),
  },
  kpiPublications: {
    /** The ledger of a province, oldest first. */
    list: async (province: string) => db.select().from(t.kpiPublications).where(eq(t.kpiPublications.province, province)).orderBy(t.kpiPublications.seq),
    /**
     * Appends a release as number `row.seq` of its province. The unique `(province, seq)` is the
     * lock: if another release took that number first (it was checked against an older ledger),
     * the insert fails and this returns false, for the caller to check again.
     */
    append: async (row: KpiPublicationRow): Promise<boolean> => {
      try {
        await db.insert(t.kpiPublications).values(row);
        return true;
      } catch (e) {
        if (/UNIQUE|PRIMARY KEY|constraint/i.test(String((e as { cause?: unknown }).cause ?? e))) return false;
        throw e;
      }
    },
  },
  drafts: {
    create: async (draft: DraftRow, version: VersionRow) => {
      await db.batch([db.insert(t.resolutionDrafts).values(draft), db.insert(t.resolutionVersions).values(version)]);
    },
    /**
     * Appends version `version.version`. The versions table's primary key is the lock: if another
     * writer saved that number first, the whole batch fails and this returns false (a conflict).
     */
    append: async (id: string, version: VersionRow, title: string): Promise<boolean> => {
      try {
        await db.batch([
          db.insert(t.resolutionVersions).values(version),
          db.update(t.resolutionDrafts).set({ latestVersion: version.version, title, updatedAt: version.createdAt }).where(eq(t.resolutionDrafts.id, id)),
        ]);
        return true;
      } catch (e) {
        if (/UNIQUE|PRIMARY KEY|constraint/i.test(String((e as { cause?: unknown }).cause ?? e))) return false;
        throw e;
      }
    },
    byId: async (id: string) => (await db.select().from(t.resolutionDrafts).where(and(eq(t.resolutionDrafts.id, id), eq(t.resolutionDrafts.deleted, false))).limit(1))[0],
    list: async (scope: Scope) =>
      db
        .select()
        .from(t.resolutionDrafts)
        .where(and(eq(t.resolutionDrafts.deleted, false), scopeWhere(scope, t.resolutionDrafts.province)))
        .orderBy(desc(t.resolutionDrafts.updatedAt))
        .limit(1000),
    version: async (id: string, version: number) =>
      (await db.select().from(t.resolutionVersions).where(and(eq(t.resolutionVersions.draftId, id), eq(t.resolutionVersions.version, version))).limit(1))[0],
    versions: async (id: string) =>
      db.select({ version: t.resolutionVersions.version, createdBy: t.resolutionVersions.createdBy, createdAt: t.resolutionVersions.createdAt }).from(t.resolutionVersions).where(eq(t.resolutionVersions.draftId, id)).orderBy(t.resolutionVersions.version),
    remove: async (id: string) => {
      const rows = await db.update(t.resolutionDrafts).set({ deleted: true }).where(eq(t.resolutionDrafts.id, id)).returning({ id: t.resolutionDrafts.id });
      return rows.length === 1;
    },
  },
});

export type Store = ReturnType<typeof makeStore>;
export { schema };
