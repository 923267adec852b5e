import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, fakeAdmin, startServer, stopServer, type Server } from "./helpers/server.ts";

/**
 * The real Node server (built with tsup into a cache folder), as a process: start-up failures,
 * the single-server lock, headers of files served outside Hono, early answers to large bodies,
 * client keys behind a proxy, and shutdown with a slow client.
 */
const dir = mkdtempSync(join(tmpdir(), "ctip-server-"));
const admin = fakeAdmin(join(dir, "admin"));
const children: Server[] = [];
let port = 0;

beforeAll(() => buildServer(), 60_000);
afterAll(() => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

type Started = Server;
const start = async (env: Record<string, string>, waitReady = true): Promise<Started> => {
  const s = await startServer({ ADMIN_DIR: admin, ...env }, waitReady);
  children.push(s);
  port = s.port;
  return s;
};
const stop = (s: Started) => stopServer(s);
const oneLine = (text: string) => {
  expect(text.trim().split("\n")).toHaveLength(1);
  expect(text).not.toMatch(/\n\s+at /);
};

describe("start-up failures print one clear line", () => {
  it("a non-numeric RATE_LIMIT_PER_MINUTE is refused", async () => {
    const s = await start({ DATABASE_URL: `file:${join(dir, "rl.sqlite")}`, RATE_LIMIT_PER_MINUTE: "lots" }, false);
    expect(await s.exited).toBe(2);
    oneLine(s.stderr());
    expect(s.stderr()).toContain("RATE_LIMIT_PER_MINUTE");
  });
  it("a corrupt database file", async () => {
    const file = join(dir, "corrupt.sqlite");
    writeFileSync(file, Buffer.alloc(8192, 0x42));
    const s = await start({ DATABASE_URL: `file:${file}` }, false);
    expect(await s.exited).toBe(1);
    oneLine(s.stderr());
    expect(s.stderr()).toMatch(/corrupt|not a SQLite/);
  });
  it("a database that cannot be created", async () => {
    writeFileSync(join(dir, "a-file"), "");
    const s = await start({ DATABASE_URL: `file:${join(dir, "a-file", "db.sqlite")}` }, false);
    expect(await s.exited).toBe(1);
    oneLine(s.stderr());
  });
  it("a second server on the same file", async () => {
    const file = join(dir, "two.sqlite");
    const first = await start({ DATABASE_URL: `file:${file}` });
    const second = await start({ DATABASE_URL: `file:${file}` }, false);
    expect(await second.exited).toBe(1);
    oneLine(second.stderr());
    expect(second.stderr()).toContain("Another ctip-vn server");
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    expect(await stop(first)).toBe(0);
  });
});

describe("the running server", () => {
  let s: Started;
  beforeAll(async () => {
    s = await start({ DATABASE_URL: `file:${join(dir, "run.sqlite")}`, RATE_LIMIT_PER_MINUTE: "5", TRUSTED_PROXY_HEADER: "x-forwarded-for", SHUTDOWN_DEADLINE_MS: "300" });
  });

  it("the admin app, its SPA routes and the Swagger assets carry CSP (no framing, no CDN) and nosniff", async () => {
    for (const path of ["/", "/decisions/some/route", "/assets/app.js", "/docs/assets/swagger-ui.css", "/docs"]) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("content-security-policy")).not.toContain("cdn.jsdelivr.net");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
  it("malformed %-escapes outside /v1 are a 404 problem, not a 500", async () => {
    for (const path of ["/%E0%A4%A", "/%", "/docs/assets/%ZZ", "/assets/%C0%AF"]) {
      const res = await fetch(`${s.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });
  it("a large body answered early says Connection: close", async () => {
    const body = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const res = await new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const r = httpRequest(`${s.url}/v1/classification`, { method: "POST", headers: { "Content-Type": "application/json", "Content-Length": body.length, "X-Forwarded-For": "9.9.9.1" } }, (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection });
      });
      r.on("error", reject);
      r.end(body);
    });
    expect(res).toEqual({ status: 413, connection: "close" });
  });
  it("the rate limit is per client address from the trusted proxy header", async () => {
    const call = (ip: string) => fetch(`${s.url}/v1/law`, { headers: { "X-Forwarded-For": `203.0.113.7, ${ip}` } });
    for (let i = 0; i < 5; i++) expect((await call("198.51.100.1")).status).toBe(200);
    expect((await call("198.51.100.1")).status).toBe(429);
    expect((await call("198.51.100.2")).status).toBe(200);
  });
  it("shutdown does not wait forever for a slow client", async () => {
    const socket = connect(port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write("POST /v1/classification HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    socket.on("error", () => {});
    const t = Date.now();
    expect(await stop(s)).toBe(0);
    expect(Date.now() - t).toBeLessThan(3000);
    socket.destroy();
  });
});
