// Starts the Workers build under wrangler/workerd on loopback and checks GET /health answers 200.
import { spawn } from "node:child_process";

const port = Number(process.env.SMOKE_PORT ?? 8799);
const child = spawn("pnpm", ["exec", "wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--log-level", "warn"], {
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
  env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
});
const stop = () => { try { process.kill(-child.pid, "SIGTERM"); } catch {} };
const deadline = Date.now() + 90_000;
let ok = false;
while (Date.now() < deadline && !ok) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    const body = await res.json();
    if (res.status === 200 && body.status === "ok" && body.storage === "memory") ok = true;
    else throw new Error(`unexpected ${res.status} ${JSON.stringify(body)}`);
  } catch {
    await new Promise((r) => setTimeout(r, 500));
  }
}
stop();
if (!ok) { console.error("worker smoke test: /health did not answer 200 within 90 s"); process.exit(1); }
console.info(`worker smoke test: GET /health → 200 under workerd (port ${port})`);
