// Database maintenance from the server's shell (DATABASE_URL as for the server; default ./data/ctip.sqlite,
// relative to the directory the command is typed in, as for `pnpm start` from the repository root):
//   node dist/db-cli.js backup <file>            (pnpm --filter @ctip-vn/api db:backup <file>)   while the API runs
//   node dist/db-cli.js restore <file>           (pnpm --filter @ctip-vn/api db:restore <file>)  with every instance stopped
//   node dist/db-cli.js export-case <ref> <file> (db:export-case) everything held about a case, as JSON (file readable by its owner only)
//   node dist/db-cli.js erase-case <ref>         (db:erase-case)  erase a case's personal data on request; the audit log is kept
//   node dist/db-cli.js purge                    (db:purge)       apply the retention periods (RETENTION_* settings)
import { existsSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { redactUrl, resolveDatabaseUrl } from "../storage-start.js";
import { backupDatabase, BackupError, restoreDatabase } from "../store/backup.js";
import { openLibsqlStore } from "../store/libsql.js";
import type { RetentionPolicy } from "../store/personal-data.js";
import { isPostgresUrl, openPostgresStore } from "../store/postgres.js";

const usage =
  "usage: db-cli backup <file> | restore <file> | export-case <case reference> <file> | erase-case <case reference> | purge   (DATABASE_URL=… for the database; default file:./data/ctip.sqlite)";
const [command, ...args] = process.argv.slice(2);
// Relative paths (the database file, the backup) are taken from where the command was typed.
const base = process.env["INIT_CWD"] ?? process.cwd();
const databaseUrl = resolveDatabaseUrl(process.env["DATABASE_URL"] ?? "file:./data/ctip.sqlite", base);
const shown = redactUrl(databaseUrl);
/** Who ran the command, for the erasure ledger. */
const operator = `shell:${process.env["ERASED_BY"] ?? userInfo().username}`;

const fail = (message: string, status = 1): never => {
  console.error(message);
  process.exit(status);
};

/** A retention period in days from `name`, or the default; a bad value stops with exit 2. */
const days = (name: string, fallback: number | undefined): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) fail(`${name} must be a whole number of days, got ${JSON.stringify(raw)}`, 2);
  return n;
};

/**
 * SQLite: copies the write-ahead log into the file and empties it, so the erased content (zeroed
 * by secure_delete) is not left in older log frames. Waits for a running server's readers.
 */
const checkpoint = async () => {
  const { createClient } = await import("@libsql/client");
  const c = createClient({ url: databaseUrl });
  try {
    await c.execute("PRAGMA busy_timeout = 5000");
    await c.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    c.close();
  }
};

const openStore = async () =>
  isPostgresUrl(databaseUrl) ? openPostgresStore(databaseUrl, { maxConnections: 2 }) : openLibsqlStore(databaseUrl, { serverLock: false }).then((o) => ({ ...o, close: async () => o.close() }));

try {
  const [first, second] = args;
  if (command === "backup" && first !== undefined) {
    await backupDatabase(databaseUrl, resolve(base, first));
    console.info(`Backup of ${shown} written to ${first}.`);
  } else if (command === "restore" && first !== undefined) {
    const { kept } = await restoreDatabase(databaseUrl, resolve(base, first));
    console.info(`${shown} restored from ${first}.${kept === undefined ? "" : ` The previous file is kept as ${kept}.`}`);
  } else if ((command === "export-case" && first !== undefined && second !== undefined) || (command === "erase-case" && first !== undefined)) {
    const { store, close } = await openStore();
    try {
      const found = await store.personalData.caseByRef(first);
      if (found === undefined) fail(`No case ${first} in ${shown}.`);
      if (command === "export-case") {
        const target = resolve(base, second ?? "");
        if (existsSync(target)) fail(`${target} exists already; choose a new file name.`);
        writeFileSync(target, `${JSON.stringify(await store.personalData.exportCase(found?.id ?? ""), null, 2)}\n`, { mode: 0o600 });
        console.info(`Everything held about case ${first} written to ${second} (readable by you only).`);
      } else {
        const counts = await store.personalData.eraseCase(found?.id ?? "", operator, "request", new Date().toISOString());
        if (!isPostgresUrl(databaseUrl)) await checkpoint();
        console.info(
          `Personal data of case ${first} erased: ${counts?.notes} note(s), ${counts?.attachments} attachment(s), ${counts?.decisions} decision(s), ${counts?.decisionLinks} person link(s); ${counts?.auditEntriesRedacted} audit entr(y/ies) kept with their content removed.`,
        );
      }
    } finally {
      await close();
    }
  } else if (command === "purge") {
    const closedCasesDays = days("RETENTION_CLOSED_CASES_DAYS", undefined);
    const unattachedDecisionsDays = days("RETENTION_UNATTACHED_DECISIONS_DAYS", undefined);
    const policy: RetentionPolicy = {
      loginFailuresDays: days("RETENTION_LOGIN_FAILURES_DAYS", 30) ?? 30,
      rateLimitsDays: days("RETENTION_RATE_LIMITS_DAYS", 1) ?? 1,
      ...(closedCasesDays === undefined ? {} : { closedCasesDays }),
      ...(unattachedDecisionsDays === undefined ? {} : { unattachedDecisionsDays }),
    };
    const { store, close } = await openStore();
    try {
      const r = await store.personalData.applyRetention(policy, Date.now(), operator);
      console.info(
        `Purged ${shown}: ${r.sessions} expired session(s), ${r.loginFailures} sign-in counter(s), ${r.rateLimits} rate-limit window(s), personal data of ${r.closedCasesErased} closed case(s)${closedCasesDays === undefined ? " (RETENTION_CLOSED_CASES_DAYS not set: none)" : ""}, ${r.unattachedDecisions} unattached decision(s)${unattachedDecisionsDays === undefined ? " (RETENTION_UNATTACHED_DECISIONS_DAYS not set: none)" : ""}.`,
      );
    } finally {
      await close();
    }
  } else fail(usage, 2);
} catch (e) {
  fail(e instanceof BackupError ? e.message : `${command} failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
}
