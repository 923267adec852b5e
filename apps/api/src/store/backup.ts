import { createClient } from "@libsql/client";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import postgres from "postgres";
import { databaseFile, DatabaseInUse, takeServerLock } from "./libsql.js";
import { isPostgresUrl } from "./postgres.js";

/** A backup or restore that cannot be done; the message says why, in one line, with no secret. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

/** A PostgreSQL client program (pg_dump, pg_restore): on PATH, else the newest in /usr/lib/postgresql/<version>/bin. */
export const postgresTool = (name: "pg_dump" | "pg_restore"): string => {
  const onPath = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
  if (onPath !== "") return onPath;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", name)))
        .toSorted((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0] === undefined) throw new BackupError(`${name} is not installed (Debian: apt-get install postgresql-client).`);
  return join(root, versions[0], "bin", name);
};

/** The URL without its password, and the password apart (given to the tools through PGPASSWORD, never on a command line). */
const splitCredentials = (url: string) => {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { url: u.toString(), env: password === "" ? {} : { PGPASSWORD: password } };
};

const run = (tool: string, args: ReadonlyArray<string>, env: Record<string, string>) => {
  try {
    execFileSync(tool, [...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? "").trim().split("\n").at(-1) ?? "";
    throw new BackupError(`${tool.split("/").at(-1)} failed: ${stderr || String(e)}`);
  }
};

/**
 * Writes a consistent backup of the database at `url` to `file` while the API keeps running.
 * SQLite: `VACUUM INTO` (one read transaction: a snapshot, compacted, checked). PostgreSQL:
 * `pg_dump` in its custom format (one snapshot of the whole database). Refuses to overwrite a file.
 */
export const backupDatabase = async (url: string, file: string): Promise<void> => {
  const target = resolve(file);
  if (existsSync(target)) throw new BackupError(`${target} exists already; choose a new file name.`);
  mkdirSync(dirname(target), { recursive: true });
  if (isPostgresUrl(url)) {
    const { url: bare, env } = splitCredentials(url);
    run(postgresTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${target}`, `--dbname=${bare}`], env);
    return;
  }
  if (databaseFile(url) === undefined) throw new BackupError("Only a SQLite file or a PostgreSQL database can be backed up.");
  const db = createClient({ url });
  try {
    await db.execute("PRAGMA busy_timeout = 5000");
    await db.execute({ sql: "VACUUM INTO ?", args: [target] });
  } finally {
    db.close();
  }
  const check = createClient({ url: `file:${target}` });
  try {
    const ok = String((await check.execute("PRAGMA integrity_check")).rows[0]?.[0]);
    if (ok !== "ok") throw new BackupError(`The backup ${target} failed its integrity check (${ok}).`);
  } finally {
    check.close();
  }
};

/**
 * Replaces the database at `url` with the backup in `file`. Every API instance must be stopped
 * first (refused otherwise): SQLite by the single-server lock, PostgreSQL by the instances'
 * connections (application name `ctip-vn`). SQLite: the backup is checked, the current file kept
 * beside it as `<file>.before-restore-<time>`, then replaced. PostgreSQL: `pg_restore --clean` in
 * one transaction (all or nothing). Migrations newer than the backup apply at the next start.
 */
export const restoreDatabase = async (url: string, file: string): Promise<{ kept?: string }> => {
  const source = resolve(file);
  if (!existsSync(source)) throw new BackupError(`No backup at ${source}.`);
  if (isPostgresUrl(url)) {
    const sql = postgres(url, { max: 1, onnotice: () => {}, connection: { application_name: "ctip-vn-restore" } });
    try {
      const [row] = await sql<Array<{ n: number }>>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'ctip-vn' AND pid <> pg_backend_pid()`;
      if ((row?.n ?? 0) > 0) throw new BackupError(`${row?.n} connection(s) of running ctip-vn instances use this database; stop every instance before restoring.`);
    } finally {
      await sql.end();
    }
    const { url: bare, env } = splitCredentials(url);
    run(postgresTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${bare}`, source], env);
    return {};
  }
  const target = databaseFile(url);
  if (target === undefined) throw new BackupError("Only a SQLite file or a PostgreSQL database can be restored.");
  const check = createClient({ url: `file:${source}` });
  try {
    const ok = String((await check.execute("PRAGMA integrity_check")).rows[0]?.[0]);
    if (ok !== "ok") throw new BackupError(`The backup ${source} failed its integrity check (${ok}).`);
    await check.execute("SELECT id FROM schema_migrations LIMIT 1");
  } catch (e) {
    throw e instanceof BackupError ? e : new BackupError(`${source} is not a ctip-vn SQLite backup.`);
  } finally {
    check.close();
  }
  mkdirSync(dirname(target), { recursive: true });
  let unlock: () => void;
  try {
    unlock = await takeServerLock(target);
  } catch (e) {
    if (e instanceof DatabaseInUse) throw new BackupError(`A ctip-vn server is using ${target}; stop it before restoring.`);
    throw e;
  }
  try {
    const staging = `${target}.restoring`;
    copyFileSync(source, staging);
    let kept: string | undefined;
    if (existsSync(target)) {
      kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(target, kept);
      for (const side of ["-wal", "-shm"]) if (existsSync(`${target}${side}`)) renameSync(`${target}${side}`, `${kept}${side}`);
    }
    renameSync(staging, target);
    rmSync(`${target}-journal`, { force: true });
    return kept === undefined ? {} : { kept };
  } finally {
    unlock();
  }
};
