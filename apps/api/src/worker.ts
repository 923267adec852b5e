import { createApp, type Storage } from "./app.js";

/** Cloudflare D1 binding, the subset we use. */
interface D1Database {
  prepare(sql: string): { first(): Promise<unknown> };
}
interface Env {
  readonly DB?: D1Database;
}

const storageFor = (env: Env): Storage =>
  env.DB === undefined
    ? { kind: "memory", ping: async () => {} }
    : { kind: "d1", ping: async () => { await env.DB?.prepare("SELECT 1").first(); } };

let app: ReturnType<typeof createApp> | undefined;

export default {
  fetch: (request: Request, env: Env, ctx: unknown) => {
    // Bindings are fixed for the life of an isolate, so one app per isolate is enough.
    app ??= createApp({
      storage: storageFor(env),
      logError: (m, meta) => console.error(JSON.stringify({ level: "error", message: m, ...meta })),
    });
    return app.fetch(request, env, ctx as never);
  },
};
