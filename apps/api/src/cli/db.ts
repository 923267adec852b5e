// Database maintenance from the server's shell (DATABASE_URL as for the server; default ./data/ctip.sqlite,
// relative to the directory the command is typed in, as for `pnpm start` from the repository root):
//   node dist/db-cli.js backup <file>     (pnpm --filter @ctip-vn/api db:backup <file>)   while the API runs
//   node dist/db-cli.js restore <file>    (pnpm --filter @ctip-vn/api db:restore <file>)  with every instance stopped
import { resolve } from "node:path";
import { redactUrl, resolveDatabaseUrl } from "../storage-start.js";
import { backupDatabase, BackupError, restoreDatabase } from "../store/backup.js";

const usage = "usage: db-cli backup <file> | restore <file>   (DATABASE_URL=… for the database; default file:./data/ctip.sqlite)";
const [command, ...args] = process.argv.slice(2);
// Relative paths (the database file, the backup) are taken from where the command was typed.
const base = process.env["INIT_CWD"] ?? process.cwd();
const databaseUrl = resolveDatabaseUrl(process.env["DATABASE_URL"] ?? "file:./data/ctip.sqlite", base);
const shown = redactUrl(databaseUrl);

const fail = (message: string, status = 1): never => {
  console.error(message);
  process.exit(status);
};

try {
  const file = args[0] === undefined ? undefined : resolve(base, args[0]);
  if (command === "backup" && file !== undefined) {
    await backupDatabase(databaseUrl, file);
    console.info(`Backup of ${shown} written to ${file}.`);
  } else if (command === "restore" && file !== undefined) {
    const { kept } = await restoreDatabase(databaseUrl, file);
    console.info(`${shown} restored from ${file}.${kept === undefined ? "" : ` The previous file is kept as ${kept}.`}`);
  } else fail(usage, 2);
} catch (e) {
  fail(e instanceof BackupError ? e.message : `${command} failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
}
