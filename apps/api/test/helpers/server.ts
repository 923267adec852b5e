import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The real Node server built by tsup into a cache folder (so it resolves this package's node_modules), run as a process. */
const api = fileURLToPath(new URL("../..", import.meta.url));
/** Where {@link buildServer} writes the built server and commands. */
export const out = join(api, "node_modules", ".cache", "ctip-server-test");
let built = false;

export const buildServer = () => {
  if (built) return;
  const r = spawnSync(process.execPath, [join(api, "node_modules", "tsup", "dist", "cli-default.js"), "--out-dir", out, "--silent"], { cwd: api, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tsup failed: ${r.stderr}`);
  built = true;
};

/** A tiny admin app folder (index.html and one asset) for the static-file tests. */
export const fakeAdmin = (dir: string) => {
  mkdirSync(join(dir, "assets"), { recursive: true });
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>admin</title>");
  writeFileSync(join(dir, "assets", "app.js"), "console.log(1)");
  return dir;
};

export type Server = { child: ChildProcess; port: number; url: string; stdout: () => string; stderr: () => string; exited: Promise<number | null> };

let nextPort = 19_000 + Math.floor(Math.random() * 2000);

/** Starts the built server; resolves once it listens (or at once with `waitReady: false`). */
export const startServer = (env: Record<string, string>, waitReady = true): Promise<Server> => {
  const port = (nextPort += 1);
  const child = spawn(process.execPath, [join(out, "node.js")], {
    env: { PATH: process.env["PATH"] ?? "", PORT: String(port), HOST: "127.0.0.1", LOG_REQUESTS: "0", SHUTDOWN_DEADLINE_MS: "2000", ADMIN_PASSWORD: "server test password", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const server: Server = { child, port, url: `http://127.0.0.1:${port}`, stdout: () => stdout, stderr: () => stderr, exited };
  if (!waitReady) return Promise.resolve(server);
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (stdout.includes("is running at")) {
        clearInterval(timer);
        resolve(server);
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited (${code}): ${stderr}`));
    });
  });
};

export const stopServer = async (s: Server, signal: NodeJS.Signals = "SIGTERM") => {
  if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill(signal);
  return s.exited;
};

export const login = async (url: string, email = "admin@localhost", password = "server test password") => {
  const res = await fetch(`${url}/v1/auth/login`, { method: "POST", body: JSON.stringify({ email, password }), headers: { "Content-Type": "application/json" } });
  if (res.status !== 200) throw new Error(`login: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
};

/** Whether the stress (full) variants run: `STRESS=1`, set by `pnpm test:stress`. */
export const FULL = process.env["STRESS"] === "1";

/** Records a measured figure for RELIABILITY.md (printed, and kept in node_modules/.cache/ctip-figures). */
export const figure = (name: string, value: unknown) => {
  const dir = join(api, "node_modules", ".cache", "ctip-figures");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}${FULL ? ".full" : ".fast"}.json`), JSON.stringify({ name, full: FULL, at: new Date().toISOString(), value }, null, 2));
  console.info(`FIGURE ${name}: ${JSON.stringify(value)}`);
};
