// Administration from the server's shell, for when nobody can sign in:
//   node dist/admin-cli.js reset-password <email>      (pnpm --filter @ctip-vn/api admin:reset-password <email>)
// Sets a new random one-time password (or the one in ADMIN_PASSWORD), ends the user's sessions,
// and prints the password once in a framed block. The database is the server's (DATABASE_URL,
// default ./data/ctip.sqlite, relative to the directory the command runs in).
import { newToken, hashPassword } from "../auth.js";
import { framed } from "../banner.js";
import { openLibsqlStore } from "../store/libsql.js";
import { isPostgresUrl, openPostgresStore } from "../store/postgres.js";
import { redactUrl, resolveDatabaseUrl } from "../storage-start.js";

const [command, emailArg] = process.argv.slice(2);
const usage = "usage: admin-cli reset-password <email>   (ADMIN_PASSWORD=… to choose the password; DATABASE_URL=… for another database)";

const fail: (message: string) => never = (message) => {
  console.error(message);
  process.exit(2);
};

if (command !== "reset-password" || emailArg === undefined || emailArg.trim() === "") fail(usage);
const email = (emailArg ?? "").trim().toLowerCase();
// A relative file is taken from where the command was typed (pnpm runs it in apps/api).
const databaseUrl = resolveDatabaseUrl(process.env["DATABASE_URL"] ?? "file:./data/ctip.sqlite", process.env["INIT_CWD"] ?? process.cwd());
const chosen = process.env["ADMIN_PASSWORD"];
if (chosen !== undefined && (chosen.trim().length < 12 || chosen.length > 200)) fail("ADMIN_PASSWORD must be 12 to 200 characters and not only spaces");

const shown = redactUrl(databaseUrl);
const { store, close } = await (isPostgresUrl(databaseUrl) ? openPostgresStore(databaseUrl, { maxConnections: 1 }) : openLibsqlStore(databaseUrl, { serverLock: false })).catch((e: unknown) =>
  fail(`cannot open the database ${shown}: ${e instanceof Error ? e.message : String(e)}`),
);
try {
  const users = await store.users.list();
  const user = users.find((u) => u.email.toLowerCase() === email);
  if (user === undefined) fail(`no user ${email} in ${shown} (users: ${users.map((u) => u.email).join(", ") || "none"})`);
  const password = chosen ?? newToken().slice(0, 20);
  // A generated one-time password must be changed at next sign-in; the account's sign-in lockout is lifted.
  await store.users.setPasswordHash(user.id, await hashPassword(password), chosen === undefined);
  await store.loginFailures.clear(`email:${user.email}`);
  console.info(framed([`Password reset for ${user.email} (${shown})`, chosen === undefined ? `One-time password: ${password}` : "Password: the one given in ADMIN_PASSWORD", "Every session of this user has been ended."]));
} finally {
  await close();
}
