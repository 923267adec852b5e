import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema.js";
import { makeStore, migrate, type Db } from "./store.js";

/** Opens the embedded SQLite file (WAL mode), applies migrations, and returns the store. */
export const openLibsqlStore = async (url: string) => {
  if (url.startsWith("file:")) mkdirSync(dirname(resolve(url.slice("file:".length))), { recursive: true });
  const client = createClient({ url });
  if (url.startsWith("file:")) {
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA synchronous = FULL");
    await client.execute("PRAGMA foreign_keys = ON");
  }
  const db = drizzle(client, { schema }) as unknown as Db;
  const applied = await migrate(db, async (statements) => {
    await client.batch(statements.map((s) => ({ sql: s.sql, args: [...(s.args ?? [])] })), "write");
  });
  return { store: makeStore(db), applied, close: () => client.close() };
};
