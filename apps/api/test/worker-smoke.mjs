// Runs the Workers build under wrangler/workerd (offline, local D1 in a temporary directory) and
// drives the same smoke suite as the Node server: health, evaluation, auth, a saved decision, replay.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = Number(process.env.SMOKE_PORT ?? 8799);
const base = `http://127.0.0.1:${port}`;
const state = mkdtempSync(join(tmpdir(), "ctip-d1-"));
const password = "smoke-test-password";
const child = spawn(
  "pnpm",
  ["exec", "wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--log-level", "error", "--persist-to", state, "--var", `ADMIN_PASSWORD:${password}`],
  { stdio: ["ignore", "inherit", "inherit"], detached: true, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" } },
);
const stop = () => {
  try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ }
  rmSync(state, { recursive: true, force: true });
};
const checks = [];
const check = (name, ok, detail = "") => {
  checks.push({ name, ok });
  console.info(`${ok ? "✓" : "✗"} workerd: ${name}${ok ? "" : ` — ${detail}`}`);
};
const call = async (path, init = {}) => {
  const res = await fetch(`${base}${path}`, { ...init, headers: { "Content-Type": "application/json", ...init.headers } });
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, body: type.includes("json") ? await res.json() : await res.text() };
};

try {
  const deadline = Date.now() + 90_000;
  let health;
  while (Date.now() < deadline) {
    try { health = await call("/health"); if (health.status === 200) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  check("GET /health → 200 on D1", health?.status === 200 && health.body.storage === "d1", JSON.stringify(health));
  const facts = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 12, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 };
  const cls = await call("/v1/classification", { method: "POST", body: JSON.stringify(facts) });
  check("POST /v1/classification → Art. 151(1)(a)", cls.status === 200 && cls.body.charges?.[0]?.article === "151" && cls.body.charges[0].clause === 1, JSON.stringify(cls.body).slice(0, 200));
  const bad = await call("/v1/classification", { method: "POST", body: "{oops" });
  check("malformed JSON → 400 problem+json", bad.status === 400 && bad.type.startsWith("application/problem+json"), `${bad.status} ${bad.type}`);
  const doc = await call("/openapi.json");
  check("GET /openapi.json lists /v1/classification", doc.status === 200 && "/v1/classification" in (doc.body.paths ?? {}), String(doc.status));
  const login = await call("/v1/auth/login", { method: "POST", body: JSON.stringify({ email: "admin@localhost", password }) });
  check("POST /v1/auth/login → token", login.status === 200 && typeof login.body.token === "string", JSON.stringify(login.body));
  const auth = { Authorization: `Bearer ${login.body.token}` };
  const saved = await call("/v1/decisions", { method: "POST", headers: auth, body: JSON.stringify({ kind: "classification", caseRef: "SMOKE-1", input: facts }) });
  check("POST /v1/decisions → 201 stored in D1", saved.status === 201, JSON.stringify(saved.body).slice(0, 200));
  const replay = await call(`/v1/decisions/${saved.body.id}/replay`, { method: "POST", headers: auth });
  check("POST /v1/decisions/{id}/replay → same result at its date", replay.status === 200 && replay.body.atAsOf?.sameAsStored === true, JSON.stringify(replay.body).slice(0, 200));
  const list = await call("/v1/decisions?caseRef=SMOKE-1", { headers: auth });
  check("GET /v1/decisions finds it", list.status === 200 && list.body.length === 1, JSON.stringify(list.body).slice(0, 200));
} catch (e) {
  check("smoke run", false, String(e));
} finally {
  stop();
}
const failed = checks.filter((c) => !c.ok).length;
console.info(`worker smoke: ${checks.length - failed}/${checks.length} checks passed`);
process.exit(failed === 0 && checks.length > 0 ? 0 : 1);
