import { serve } from "@hono/node-server";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.js";
import { bootstrapAdmin } from "./auth.js";
import { framed } from "./banner.js";
import { serveStatic } from "./static.js";
import { openStorage, redactUrl } from "./storage-start.js";
import { makeDocxPool } from "./render-pool.js";
import { clientKeyFor, closeIfBodyUnread, parseRateLimit, withSecurityHeaders } from "./http-edge.js";

const env = process.env;
const port = Number(env["PORT"] ?? 8787);
const host = env["HOST"] ?? "127.0.0.1";
const databaseUrl = env["DATABASE_URL"] ?? "file:./data/ctip.sqlite";
const adminDir = env["ADMIN_DIR"] ?? fileURLToPath(new URL("../../admin/dist", import.meta.url));
// The library reference built by `pnpm run docs` (typedoc), served at /docs/library/.
const libraryDir = env["LIBRARY_DOCS_DIR"] ?? fileURLToPath(new URL("../../../docs/api", import.meta.url));
const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const log = (entry: Record<string, unknown>) => console.info(JSON.stringify({ time: new Date().toISOString(), ...entry }));

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a TCP port number, got ${JSON.stringify(env["PORT"])}`);
  process.exit(2);
}

let rateLimitPerMinute: number;
try {
  rateLimitPerMinute = parseRateLimit(env["RATE_LIMIT_PER_MINUTE"]);
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

const { store, applied, kind, close } = await openStorage(databaseUrl, env, log);
if (applied.length > 0) log({ level: "info", message: "applied migrations", migrations: applied });
const admin = await bootstrapAdmin(store, { ADMIN_EMAIL: env["ADMIN_EMAIL"], ADMIN_PASSWORD: env["ADMIN_PASSWORD"] });

const docxPool = makeDocxPool();
const api = createApp({
  store,
  storageKind: kind,
  corsOrigins: (env["CORS_ORIGINS"] ?? "").split(",").filter((o) => o !== ""),
  rateLimitPerMinute,
  clientKey: clientKeyFor(env["TRUSTED_PROXY_HEADER"]),
  docsAssets: "/docs/assets",
  ...(existsSync(join(libraryDir, "index.html")) ? { libraryDocs: serveStatic(libraryDir, { spa: false, hashedAssets: false }) } : {}),
  renderDocx: docxPool.render,
  log: env["LOG_REQUESTS"] === "0" ? () => {} : log,
});
const adminFiles = existsSync(adminDir) ? serveStatic(adminDir, { spa: true }) : undefined;
const swaggerFiles = serveStatic(swaggerDir, { spa: false });

const server = serve(
  {
    hostname: host,
    port,
    fetch: async (request, bindings) => {
      const url = new URL(request.url);
      // Files served outside Hono get the same CSP (no framing, no CDN) and nosniff as the API.
      if (request.method === "GET" && url.pathname.startsWith("/docs/assets/")) {
        const file = await swaggerFiles(url.pathname.slice("/docs/assets".length));
        if (file !== undefined) return withSecurityHeaders(file);
      }
      const response = closeIfBodyUnread(request, await api.fetch(request, bindings));
      if (response.status !== 404 || adminFiles === undefined || request.method !== "GET") return response;
      if (url.pathname.startsWith("/v1/") || url.pathname === "/health" || url.pathname.startsWith("/docs") || url.pathname === "/openapi.json") return response;
      const file = await adminFiles(url.pathname);
      return file === undefined ? response : withSecurityHeaders(file);
    },
  },
  (info) => {
    console.info(`ctip-vn is running at http://${host}:${info.port}/ — API docs at /docs, library reference at /docs/library/ (database ${redactUrl(databaseUrl)}${adminFiles ? "" : "; admin app not built"})`);
    if (admin?.password !== undefined)
      console.info(
        framed([
          "First start: an administrator account was created.",
          `  e-mail:            ${admin.email}`,
          `  one-time password: ${admin.password}`,
          "Sign in at the URL above. It is shown only now (set ADMIN_EMAIL/ADMIN_PASSWORD to choose;",
          "pnpm --filter @ctip-vn/api admin:reset-password <email> to reset it later).",
        ]),
      );
  },
);
server.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EADDRINUSE") console.error(`port ${port} is in use — another server is running there; set PORT to use another port`);
  else if (error.code === "EACCES") console.error(`port ${port} cannot be opened by this user — set PORT to a port above 1023`);
  else console.error(`the server could not listen on ${host}:${port}: ${error.message}`);
  void Promise.resolve(close()).finally(() => process.exit(1));
});

/**
 * Stops taking connections, lets requests in flight finish, then exits. Idle kept-alive
 * connections are closed at once (they would hold `close` open forever); a client still busy
 * after the deadline is cut off.
 */
const SHUTDOWN_DEADLINE_MS = Number(env["SHUTDOWN_DEADLINE_MS"] ?? 10_000) || 10_000;
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  let exiting = false;
  const exit = () => {
    if (exiting) return;
    exiting = true;
    void docxPool.close();
    void Promise.resolve(close()).finally(() => process.exit(0));
  };
  server.close(exit);
  if ("closeIdleConnections" in server) server.closeIdleConnections();
  setTimeout(() => {
    if ("closeAllConnections" in server) server.closeAllConnections();
    exit();
  }, SHUTDOWN_DEADLINE_MS).unref();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
