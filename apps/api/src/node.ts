import { serve } from "@hono/node-server";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.js";
import { openDatabase, sqliteStorage } from "./db.js";
import { serveAdmin } from "./static.js";

const port = Number(process.env["PORT"] ?? 8787);
const host = process.env["HOST"] ?? "127.0.0.1";
const databaseUrl = process.env["DATABASE_URL"] ?? "file:./data/ctip.sqlite";
const adminDir = process.env["ADMIN_DIR"] ?? fileURLToPath(new URL("../../admin/dist", import.meta.url));

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a TCP port number, got ${JSON.stringify(process.env["PORT"])}`);
  process.exit(2);
}

const db = await openDatabase(databaseUrl);
const api = createApp({
  storage: sqliteStorage(db),
  logError: (message, meta) => console.error(JSON.stringify({ level: "error", message, ...meta })),
});
const admin = existsSync(adminDir) ? serveAdmin(adminDir) : undefined;

const server = serve({
  hostname: host,
  port,
  fetch: async (request) => {
    const response = await api.fetch(request);
    if (response.status !== 404 || admin === undefined || request.method !== "GET") return response;
    const path = new URL(request.url).pathname;
    if (path.startsWith("/api/") || path === "/health") return response;
    return (await admin(path)) ?? response;
  },
}, (info) => {
  console.info(`ctip-vn is running at http://${host}:${info.port}/ (database ${databaseUrl}${admin ? "" : ", admin app not built"})`);
});

const stop = () => {
  server.close(() => {
    db.close();
    process.exit(0);
  });
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
