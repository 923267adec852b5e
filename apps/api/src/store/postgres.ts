import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { pgMigrations } from "./migrations-pg.js";
import * as pgSchema from "./schema-pg.js";
import { makeStore, StorageError, type Db, type Store, type Tables } from "./store.js";

export interface PostgresOptions {
  /** Connections in the pool. Default 10. */
  readonly maxConnections?: number;
  /** Seconds to wait for a connection before failing (503). Default 10. */
  readonly connectTimeoutS?: number;
  /**
   * How long a statement waits for a lock another session holds (a maintenance job, a long
   * transaction) before failing with 503, as SQLite's busy timeout does (ms). Default 5000.
   * Without it, requests waiting on a lock would hold every pooled connection and stall the API.
   */
  readonly lockTimeoutMs?: number;
}

/** Key of the advisory lock under which migrations run (any fixed 64-bit number, the same for every instance). */
export const MIGRATION_LOCK_KEY = 7_413_290_115;

const sqlStateOf = (e: unknown): string | undefined => {
  for (let x = e, depth = 0; x !== undefined && x !== null && depth < 5; x = (x as { cause?: unknown }).cause, depth++) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
};

/**
 * Whether `e` means the database could not do the work now (so the API answers 503 and nothing
 * was saved): the connection failed or was closed (postgres.js codes, socket errors, SQLSTATE
 * class 08), the server is shutting down or out of resources (53, 57, 58), the transaction was
 * rolled back for a deadlock or serialisation failure (40), a lock was not granted within the lock
 * timeout (55P03), the server is read-only (25006), or a new connection was refused: the database
 * does not accept connections now (55000, 55006), does not exist (3D000), or refused the
 * credentials (class 28).
 * Integrity errors (class 23: unique, foreign key, check) and programming errors pass through.
 */
export const isUnavailable = (e: unknown): boolean => {
  const code = sqlStateOf(e);
  if (code === undefined) return !(e instanceof TypeError || e instanceof RangeError || e instanceof SyntaxError);
  if (/^(CONNECT|CONNECTION_|ECONN|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_)/.test(code)) return true;
  return /^(08|28|40|53|57|58)/.test(code) || ["55P03", "25006", "55000", "55006", "3D000"].includes(code);
};

/** Wraps every method of `store` so an unavailable database surfaces as {@link StorageError}. */
const guard = <T extends object>(target: T): T => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    if (typeof value === "function") {
      out[key] = async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (e) {
          if (e instanceof StorageError || !isUnavailable(e)) throw e;
          throw new StorageError(`Storage operation failed (${sqlStateOf(e) ?? "unknown"}).`, { cause: e });
        }
      };
    } else if (value !== null && typeof value === "object") out[key] = guard(value);
    else out[key] = value;
  }
  return out as T;
};

type Query = { toSQL(): { sql: string; params: unknown[] } };

/**
 * Opens a PostgreSQL database (`postgres://…`), applies pending migrations under an advisory lock
 * (so several instances starting at once apply each migration exactly once), and returns the
 * store. Every instance on the same database shares everything the API keeps: accounts, sessions,
 * sign-in backoff, rate-limit windows, the KPI ledger, case files.
 */
export const openPostgresStore = async (url: string, options: PostgresOptions = {}) => {
  const client = postgres(url, {
    max: options.maxConnections ?? 10,
    connect_timeout: options.connectTimeoutS ?? 10,
    onnotice: () => {},
    connection: { application_name: "ctip-vn", lock_timeout: Math.max(0, Math.trunc(options.lockTimeoutMs ?? 5000)) },
  });
  try {
    const applied = await migratePostgres(client);
    const db = drizzle(client, { schema: pgSchema });
    /**
     * Drizzle's `batch` for PostgreSQL: the queries, built on `db`, run in order in one
     * transaction on one connection (all or none). Each result is the rows the statement returned.
     */
    const batch = async (queries: ReadonlyArray<Query>) =>
      client.begin(async (tx) => {
        const results: unknown[] = [];
        for (const q of queries) {
          const { sql, params } = q.toSQL();
          results.push([...(await tx.unsafe(sql, params as never[]))]);
        }
        return results;
      });
    const store: Store = guard(makeStore(Object.assign(db, { batch }) as unknown as Db, pgSchema as unknown as Tables));
    return {
      store,
      applied,
      /** Runs raw SQL (tests, backups, the shared rate limiter). */
      client,
      close: async () => {
        await client.end({ timeout: 5 });
      },
    };
  } catch (e) {
    await client.end({ timeout: 1 }).catch(() => undefined);
    throw e;
  }
};

/**
 * Applies pending migrations in one transaction that first takes a transaction-level advisory
 * lock: a second instance starting at the same time waits, then finds them applied. PostgreSQL's
 * DDL is transactional, so a failed start leaves the schema as it was.
 */
export const migratePostgres = async (client: postgres.Sql): Promise<number[]> =>
  client.begin(async (tx) => {
    // A start waits for another instance's migration however long it takes: the connection's
    // lock_timeout (meant for requests) does not apply to this transaction.
    await tx`SET LOCAL lock_timeout = 0`;
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
    await tx.unsafe("CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    const done = new Set((await tx<Array<{ id: number }>>`SELECT id FROM schema_migrations`).map((r) => Number(r.id)));
    const applied: number[] = [];
    for (const m of pgMigrations) {
      if (done.has(m.id)) continue;
      for (const statement of m.statements) await tx.unsafe(statement);
      await tx`INSERT INTO schema_migrations (id, name, applied_at) VALUES (${m.id}, ${m.name}, ${new Date().toISOString()})`;
      applied.push(m.id);
    }
    return applied;
  });

/** Whether a `DATABASE_URL` names a PostgreSQL server. */
export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);
