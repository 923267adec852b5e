import { isAbsolute, resolve } from "node:path";
import { DatabaseInUse, openLibsqlStore } from "./store/libsql.js";
import { isPostgresUrl, openPostgresStore } from "./store/postgres.js";
import type { Store } from "./store/store.js";

/** A database URL fit to print: a password in it is replaced by `***`. */
export const redactUrl = (url: string): string => {
  if (!isPostgresUrl(url)) return url;
  try {
    const u = new URL(url);
    if (u.password !== "") u.password = "***";
    return u.toString();
  } catch {
    return "postgres://…";
  }
};

/**
 * A relative `file:` URL made absolute against `base`. The maintenance commands run through
 * `pnpm --filter @ctip-vn/api …` execute in apps/api, while a relative path is meant from where the
 * command was typed (pnpm's INIT_CWD), as the server resolves it from where it was started.
 */
export const resolveDatabaseUrl = (url: string, base: string): string => {
  if (!url.startsWith("file:")) return url;
  const [path = "", query] = url.slice("file:".length).split("?");
  if (path === "" || path === ":memory:" || isAbsolute(path)) return url;
  return `file:${resolve(base, path)}${query === undefined ? "" : `?${query}`}`;
};

export interface OpenedStorage {
  readonly store: Store;
  readonly applied: ReadonlyArray<number>;
  readonly kind: "sqlite" | "postgres";
  readonly close: () => void | Promise<void>;
}

const reason = (e: unknown): string => {
  const err = e as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = String(err?.code ?? err?.cause?.code ?? "");
  if (/READONLY|CANTOPEN|PERM|EACCES|EROFS/.test(code) || /readonly|read-only|permission/i.test(String(err?.message))) return "the database file or its folder is read-only or not accessible";
  if (/CORRUPT|NOTADB/.test(code) || /malformed|not a database/i.test(String(err?.message))) return "the database file is corrupt or not a SQLite database (restore it from a backup)";
  return String(err?.message ?? e).split("\n")[0] ?? "unknown error";
};

/**
 * Opens the store for the Node server. A start-up failure (second server on the file, read-only
 * or corrupt database, bad setting) prints one clear line and exits with status 1, no stack trace.
 */
export const openStorage = async (url: string, env: Record<string, string | undefined>, log: (entry: Record<string, unknown>) => void): Promise<OpenedStorage> => {
  if (isPostgresUrl(url)) {
    const raw = env["DATABASE_POOL_SIZE"];
    const max = raw === undefined || raw === "" ? 10 : Number(raw);
    if (!Number.isInteger(max) || max < 1) {
      console.error(`DATABASE_POOL_SIZE must be a whole number ≥ 1, got ${JSON.stringify(raw)}`);
      process.exit(2);
    }
    const rawLock = env["DATABASE_LOCK_TIMEOUT_MS"];
    const lockTimeoutMs = rawLock === undefined || rawLock === "" ? 5000 : Number(rawLock);
    if (!Number.isInteger(lockTimeoutMs) || lockTimeoutMs < 0) {
      console.error(`DATABASE_LOCK_TIMEOUT_MS must be a whole number of milliseconds, got ${JSON.stringify(rawLock)}`);
      process.exit(2);
    }
    try {
      const opened = await openPostgresStore(url, { maxConnections: max, lockTimeoutMs });
      return { store: opened.store, applied: opened.applied, kind: "postgres", close: opened.close };
    } catch (e) {
      const err = e as { code?: unknown; message?: unknown };
      console.error(`Cannot open the database ${redactUrl(url)}: ${String(err?.message ?? e).split("\n")[0]}${typeof err?.code === "string" ? ` (${err.code})` : ""}.`);
      process.exit(1);
    }
  }
  const raw = env["SQLITE_BUSY_TIMEOUT_MS"];
  const busyTimeoutMs = raw === undefined || raw === "" ? 5000 : Number(raw);
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
    console.error(`SQLITE_BUSY_TIMEOUT_MS must be a whole number of milliseconds, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  try {
    const opened = await openLibsqlStore(url, {
      busyTimeoutMs,
      onReopen: (e) => log({ level: "error", message: "storage error: connection discarded and reopened", code: String((e as { code?: unknown })?.code ?? "") }),
    });
    return { store: opened.store, applied: opened.applied, kind: "sqlite", close: opened.close };
  } catch (e) {
    console.error(e instanceof DatabaseInUse ? e.message : `Cannot open the database ${url}: ${reason(e)}.`);
    process.exit(1);
  }
};
