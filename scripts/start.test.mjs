// The README's first command, as a newcomer runs it: `bash scripts/start.sh` serves the API and
// the admin app, stops (with everything it started) on SIGTERM or SIGINT, prints the first admin's
// one-time password once in a framed block after the URL, and a second start on a busy port says
// so in one line. Run by scripts/test.sh after `pnpm test` (everything is built by then).
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scratch = mkdtempSync(join(tmpdir(), "ctip-start-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const listening = (port) =>
  new Promise((resolve) => {
    const s = createServer()
      .once("error", () => resolve(true))
      .listen(port, "127.0.0.1", () => s.close(() => resolve(false)));
  });

/** Starts scripts/start.sh; resolves once /health answers 200, with the output so far. */
const start = (port, db) => {
  const env = { ...process.env, PORT: String(port), DATABASE_URL: `file:${db}`, LOG_REQUESTS: "0" };
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  const child = spawn("bash", ["scripts/start.sh"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      const r = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (r?.status === 200) return;
      if (child.exitCode !== null) throw new Error(`start.sh exited early:\n${output}`);
      await new Promise((res) => setTimeout(res, 500));
    }
    throw new Error(`no /health after 300 s:\n${output}`);
  })();
  return { child, exited, ready, output: () => output };
};

for (const signal of ["SIGTERM", "SIGINT"]) {
  test(`start.sh stopped with ${signal} leaves no listening process`, async () => {
    const port = await freePort();
    const server = start(port, join(scratch, `${signal}.sqlite`));
    try {
      await server.ready;
    } catch (e) {
      server.child.kill("SIGKILL");
      throw e;
    }
    assert.equal(await listening(port), true);
    server.child.kill(signal);
    const { code, signal: got } = await server.exited;
    assert.ok(code === 0 || got === signal, `exit ${code} ${got}`);
    assert.equal(await listening(port), false, "the port is still taken after start.sh stopped");
  });
}

test("the first start prints the admin's one-time password in a frame after the URL, admin:reset-password replaces it, a second start on the same port says so in one line", async () => {
  const port = await freePort();
  const first = start(port, join(scratch, "first.sqlite"));
  try {
    await first.ready;
  const out = first.output();
  const url = out.indexOf(`http://127.0.0.1:${port}/`);
  const frame = out.indexOf("┌");
  assert.ok(url >= 0 && frame > url, `URL then frame expected:\n${out}`);
  assert.match(out, /│ +one-time password: \S{20} +│/);
  const base = `http://127.0.0.1:${port}`;
  const login = (password) =>
    fetch(`${base}/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "admin@localhost", password }) });
  const printed = /one-time password: (\S{20})/.exec(out)?.[1];
  const signedIn = await login(printed);
  assert.equal(signedIn.status, 200);
  const { token } = await signedIn.json();

  // A forgotten password is reset from the shell while the server runs; old sessions end.
  const reset = execFileSync("pnpm", ["--silent", "--filter", "@ctip-vn/api", "admin:reset-password", "admin@localhost"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${join(scratch, "first.sqlite")}` },
  });
  const fresh = /One-time password: (\S{20})/.exec(reset)?.[1];
  assert.ok(fresh !== undefined && fresh !== printed, reset);
  assert.equal((await login(printed)).status, 401);
  assert.equal((await login(fresh)).status, 200);
  assert.equal((await fetch(`${base}/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status, 401);

  const favicon = await fetch(`http://127.0.0.1:${port}/favicon.ico`);
  assert.equal(favicon.status, 200);
  assert.equal(favicon.headers.get("content-type"), "image/svg+xml");

  const second = start(port, join(scratch, "second.sqlite"));
  const { code } = await second.exited;
  assert.equal(code, 1);
  const lines = second.output().trim().split("\n");
  assert.match(lines.at(-1), new RegExp(`^port ${port} is in use — .*set PORT`));
  assert.doesNotMatch(second.output(), /\n\s+at /, "no stack trace");
  } finally {
    first.child.kill("SIGTERM");
    await first.exited;
  }
});
