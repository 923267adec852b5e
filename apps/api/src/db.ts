import { createClient, type Client } from "@libsql/client";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Storage } from "./app.js";

/** Ordered, append-only schema migrations; each runs once per database file. */
export const migrations: ReadonlyArray<{ readonly id: number; readonly sql: ReadonlyArray<string> }> = [
  {
    id: 1,
    sql: [
      `CREATE TABLE IF NOT EXISTS decisions (
         id TEXT PRIMARY KEY,
         kind TEXT NOT NULL,
         as_of TEXT NOT NULL,
         input_hash TEXT NOT NULL,
         result_hash TEXT NOT NULL,
         library_version TEXT NOT NULL,
         result_json TEXT NOT NULL,
         created_at TEXT NOT NULL
       )`,
    ],
  },
];

/** Opens (creating when needed) the embedded SQLite file and brings its schema up to date. */
export const openDatabase = async (url: string): Promise<Client> => {
  if (url.startsWith("file:")) mkdirSync(dirname(resolve(url.slice("file:".length))), { recursive: true });
  const client = createClient({ url });
  if (url.startsWith("file:")) await client.execute("PRAGMA journal_mode = WAL");
  await client.execute("CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
  const applied = new Set((await client.execute("SELECT id FROM schema_migrations")).rows.map((r) => Number(r["id"])));
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    await client.batch(
      [...m.sql, { sql: "INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)", args: [m.id, new Date().toISOString()] }],
      "write",
    );
  }
  return client;
};

export const sqliteStorage = (client: Client): Storage => ({
  kind: "sqlite",
  ping: async () => {
    await client.execute("SELECT 1");
  },
});
