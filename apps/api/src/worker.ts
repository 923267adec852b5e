import { drizzle } from "drizzle-orm/d1";
import { createApp } from "./app.js";
import { bootstrapAdmin, clientKeyFromHeaders } from "./auth.js";
import * as schema from "./store/schema.js";
import { makeStore, migrate, type Db } from "./store/store.js";

interface D1Statement {
  bind(...values: unknown[]): D1Statement;
}
interface D1 {
  prepare(sql: string): D1Statement;
  batch(statements: D1Statement[]): Promise<unknown>;
}
interface Env {
  readonly DB: Parameters<typeof drizzle>[0] & D1;
  readonly ADMIN_EMAIL?: string;
  readonly ADMIN_PASSWORD?: string;
  readonly CORS_ORIGINS?: string;
}

let ready: Promise<ReturnType<typeof createApp>> | undefined;

const init = async (env: Env) => {
  const db = drizzle(env.DB, { schema }) as unknown as Db;
  await migrate(db, async (statements) => {
    await env.DB.batch(statements.map((s) => env.DB.prepare(s.sql).bind(...(s.args ?? []))));
  });
  const store = makeStore(db);
  const admin = await bootstrapAdmin(store, { ADMIN_EMAIL: env.ADMIN_EMAIL, ADMIN_PASSWORD: env.ADMIN_PASSWORD });
  if (admin?.password !== undefined) console.info(`First start: created admin ${admin.email} with one-time password ${admin.password}`);
  return createApp({
    store,
    storageKind: "d1",
    corsOrigins: (env.CORS_ORIGINS ?? "").split(",").filter((o) => o !== ""),
    clientKey: clientKeyFromHeaders,
    log: (entry) => console.info(JSON.stringify(entry)),
  });
};

export default {
  fetch: async (request: Request, env: Env, ctx: unknown) => {
    // Bindings are fixed for the life of an isolate: migrate and build the app once.
    ready ??= init(env).catch((e: unknown) => {
      ready = undefined;
      throw e;
    });
    return (await ready).fetch(request, env, ctx as never);
  },
};
