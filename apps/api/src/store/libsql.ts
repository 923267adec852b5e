import { createClient, type Client, type InStatement, type Transaction, type TransactionMode } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema.js";
import { makeStore, migrate, StorageError, type Db } from "./store.js";

export interface LibsqlOptions {
  /** How long a write waits for another process's lock before failing (ms). Default 5000. */
  readonly busyTimeoutMs?: number;
  /**
   * Take the single-server lock on `<file>.lock` so a second server on the same database
   * refuses to start. Default true for files.
   */
  readonly serverLock?: boolean;
  /** Called after the connection was discarded and reopened following a storage error. */
  readonly onReopen?: (error: unknown) => void;
}

/** A second server (or another process holding the server lock) already uses this database file. */
export class DatabaseInUse extends Error {
  override readonly name = "DatabaseInUse";
}

const codeOf = (e: unknown): string => {
  const err = e as { code?: unknown; cause?: { code?: unknown } };
  return String(err?.code ?? err?.cause?.code ?? "");
};

/**
 * One SQLite connection used strictly one operation at a time. libSQL leaves a connection broken
 * after some failures (a statement that failed with SQLITE_BUSY is never finalised, and every
 * later write on that connection is readable in-process but never committed). So after *any*
 * failed operation the connection is closed and a fresh one opened before the next operation
 * runs: nothing can be answered from a broken connection. If reopening fails, every operation
 * fails (503) until a reopen succeeds.
 */
class SerialConnection {
  #client: Client | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  constructor(
    private readonly url: string,
    private readonly busyTimeoutMs: number,
    private readonly onReopen: (error: unknown) => void,
  ) {}

  async #open(): Promise<Client> {
    const client = createClient({ url: this.url, concurrency: 1 });
    try {
      await client.execute(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(this.busyTimeoutMs))}`);
      if (this.url.startsWith("file:")) {
        await client.execute("PRAGMA journal_mode = WAL");
        await client.execute("PRAGMA synchronous = FULL");
        // Deleted content is overwritten with zeros, so erased personal data cannot be read back from free pages.
        await client.execute("PRAGMA secure_delete = ON");
      }
      await client.execute("PRAGMA foreign_keys = ON");
      return client;
    } catch (e) {
      client.close();
      throw e;
    }
  }

  async init() {
    this.#client = await this.#open();
  }

  /** Runs `op` alone on a healthy connection; on failure, replaces the connection first. */
  run<T>(op: (client: Client) => Promise<T>): Promise<T> {
    const result = this.#queue.then(async () => {
      if (this.#closed) throw new StorageError("The database is closed.");
      if (this.#client === undefined) {
        try {
          this.#client = await this.#open();
        } catch (e) {
          throw new StorageError("The database cannot be opened.", { cause: e });
        }
      }
      const client = this.#client;
      try {
        return await op(client);
      } catch (e) {
        this.#client = undefined;
        try {
          client.close();
        } catch {
          // already unusable
        }
        try {
          this.#client = await this.#open();
        } catch {
          // stays undefined: the next operation tries again
        }
        this.onReopen(e);
        throw /CONSTRAINT/.test(codeOf(e)) ? e : new StorageError(`Storage operation failed (${codeOf(e) || "unknown"}).`, { cause: e });
      }
    });
    this.#queue = result.catch(() => undefined);
    return result;
  }

  close() {
    this.#closed = true;
    this.#client?.close();
    this.#client = undefined;
  }

  get closed() {
    return this.#closed;
  }
}

/** The subset of the libSQL client Drizzle uses, routed through one {@link SerialConnection}. No interactive transactions. */
const serialClient = (conn: SerialConnection): Client => {
  const client: Partial<Client> = {
    execute: ((stmt: InStatement | string, args?: unknown) => conn.run((c) => (args === undefined ? c.execute(stmt as InStatement) : c.execute(stmt as string, args as never)))) as Client["execute"],
    // Every batch takes the write lock up front (BEGIN IMMEDIATE), so it waits for the busy timeout
    // instead of failing on a lock upgrade half-way.
    batch: ((stmts: InStatement[], _mode?: TransactionMode) => conn.run((c) => c.batch(stmts, "write"))) as Client["batch"],
    migrate: ((stmts: InStatement[]) => conn.run((c) => c.migrate(stmts))) as Client["migrate"],
    executeMultiple: (sql: string) => conn.run((c) => c.executeMultiple(sql)),
    transaction: (): Promise<Transaction> => Promise.reject(new Error("Interactive transactions are not used: write with batch().")),
    close: () => conn.close(),
    get closed() {
      return conn.closed;
    },
    protocol: "file",
  };
  return client as Client;
};

/**
 * Holds `<file>.lock` with an open write transaction for the life of the process. The OS drops the
 * lock when the process dies (even on `kill -9`), so a crashed server never blocks its successor,
 * while a second live server on the same file fails at start with {@link DatabaseInUse}.
 */
export const takeServerLock = async (file: string): Promise<() => void> => {
  const lockPath = `${file}.lock`;
  const client = createClient({ url: `file:${lockPath}`, concurrency: 1 });
  try {
    await client.execute("PRAGMA busy_timeout = 0");
    await client.execute("CREATE TABLE IF NOT EXISTS server_lock (pid INTEGER)");
  } catch (e) {
    client.close();
    if (/BUSY|LOCKED/.test(codeOf(e))) throw new DatabaseInUse(`Another ctip-vn server is using ${file} (lock ${lockPath}). Stop it first, or give this one its own DATABASE_URL.`);
    throw e;
  }
  let tx: Transaction;
  try {
    tx = await client.transaction("write");
    await tx.execute({ sql: "INSERT INTO server_lock (pid) VALUES (?)", args: [process.pid] });
  } catch (e) {
    client.close();
    if (/BUSY|LOCKED/.test(codeOf(e))) throw new DatabaseInUse(`Another ctip-vn server is using ${file} (lock ${lockPath}). Stop it first, or give this one its own DATABASE_URL.`);
    throw e;
  }
  return () => {
    tx.close();
    client.close();
  };
};

/** The file a `file:` URL points at, or undefined for other URLs. */
export const databaseFile = (url: string): string | undefined => {
  if (!url.startsWith("file:")) return undefined;
  const path = url.slice("file:".length).split("?")[0] ?? "";
  return path === ":memory:" || path === "" ? undefined : resolve(path);
};

/**
 * Opens the embedded SQLite file (WAL, synchronous FULL, busy timeout), takes the single-server
 * lock, applies migrations, and returns the store.
 */
export const openLibsqlStore = async (url: string, options: LibsqlOptions = {}) => {
  const file = databaseFile(url);
  if (file !== undefined) mkdirSync(dirname(file), { recursive: true });
  const unlock = file !== undefined && options.serverLock !== false ? await takeServerLock(file) : () => {};
  const connection = new SerialConnection(url, options.busyTimeoutMs ?? 5000, options.onReopen ?? (() => {}));
  try {
    await connection.init();
  } catch (e) {
    unlock();
    throw e;
  }
  const client = serialClient(connection);
  const db = drizzle(client, { schema }) as unknown as Db;
  try {
    const applied = await migrate(db, async (statements) => {
      await client.batch(statements.map((s) => ({ sql: s.sql, args: [...(s.args ?? [])] })), "write");
    });
    return {
      store: makeStore(db),
      applied,
      close: () => {
        connection.close();
        unlock();
      },
    };
  } catch (e) {
    connection.close();
    unlock();
    throw e;
  }
};
