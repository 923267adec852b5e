// Runs the Workers build under wrangler/workerd (offline, local D1 in a temporary directory) and
// drives the same suite as the Node tests: every README curl example, in order, over real HTTP.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readmeExamples, runExample } from "./readme-examples.ts";

const port = Number(process.env["SMOKE_PORT"] ?? 8799);
const base = `http://127.0.0.1:${port}`;
const state = mkdtempSync(join(tmpdir(), "ctip-d1-"));
const vars: Record<string, string> = { ADMIN_PASSWORD: "worker-smoke-password" };
const child = spawn(
  "pnpm",
  ["exec", "wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error", "--persist-to", state, "--var", `ADMIN_PASSWORD:${vars["ADMIN_PASSWORD"]}`],
  { stdio: ["ignore", "inherit", "inherit"], detached: true, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } },
);
const stop = () => {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
  rmSync(state, { recursive: true, force: true });
};

let passed = 0;
let failed = 0;
const check = (name: string, ok: boolean, detail = "") => {
  if (ok) passed++;
  else failed++;
  console.info(`${ok ? "✓" : "✗"} workerd: ${name}${ok ? "" : ` — ${detail}`}`);
};

try {
  const deadline = Date.now() + 90_000;
  let health: { status: number; body: { storage?: string } } | undefined;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/health`);
      health = { status: res.status, body: (await res.json()) as { storage?: string } };
      if (res.status === 200) break;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  check("GET /health → 200 on D1", health?.status === 200 && health.body.storage === "d1", JSON.stringify(health));
  const files = new Map<string, string>();
  for (const example of readmeExamples()) {
    const { status, text } = await runExample(example, vars, files, (path, init) => fetch(`${base}${path}`, init));
    const ok = status === example.status && text.includes(example.contains ?? "");
    check(example.command.split(" -H")[0]?.slice(8) ?? example.command, ok, `${status} ${text.slice(0, 200)}`);
  }
  // Word output has no README example (its bytes are not text); the Worker renders it in-process.
  const template = await (await fetch(`${base}/v1/resolutions/template`)).text();
  const docx = await fetch(`${base}/v1/resolutions/render?format=docx`, { method: "POST", headers: { "Content-Type": "application/json" }, body: template });
  const bytes = new Uint8Array(await docx.arrayBuffer());
  const latin1 = Array.from(bytes, (b) => String.fromCharCode(b)).join("");
  check(
    "POST /v1/resolutions/render?format=docx → a .docx",
    docx.status === 200 && docx.headers.get("content-type") === "application/vnd.openxmlformats-officedocument.wordprocessingml.document" && latin1.startsWith("PK") && latin1.includes("word/document.xml"),
    `${docx.status} ${docx.headers.get("content-type")} ${latin1.slice(0, 200)}`,
  );
} catch (e) {
  check("smoke run", false, String(e));
} finally {
  stop();
}
console.info(`worker smoke: ${passed}/${passed + failed} checks passed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
