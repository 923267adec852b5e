// Load test of the built API on loopback with autocannon: starts `apps/api/dist/node.js` on a
// free port with a temporary database, measures two endpoints, writes http.{json,md} to
// reports/latest/ (see reportDir). Exits non-zero — writing nothing — when the server does not
// come up or an endpoint answers anything but 2xx: a failed run has no throughput to report.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { reportDir } from "./report.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const port = Number(process.env["BENCH_PORT"] ?? 8797);
const entry = join(root, "apps/api/dist/node.js");
if (!existsSync(entry)) {
  console.error(`${entry} is missing — run \`pnpm bench\` from the repository root, which builds the API first`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), "ctip-bench-"));
const server = spawn(process.execPath, [entry], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, "bench.sqlite")}`, LOG_REQUESTS: "0", RATE_LIMIT_PER_MINUTE: "100000000", ADMIN_PASSWORD: "bench-password-1234" },
  stdio: ["ignore", "ignore", "inherit"],
});
const fail = (message: string): never => {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
};
const base = `http://127.0.0.1:${port}`;
let up = false;
for (let i = 0; i < 100 && !up; i++) {
  up = (await fetch(`${base}/health`).catch(() => undefined))?.ok === true;
  if (!up) await new Promise((r) => setTimeout(r, 200));
}
if (!up) fail(`the API did not answer 200 on ${base}/health within 20 s (port ${port} busy? set BENCH_PORT)`);
const facts = {
  offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"],
  victims: [{ ageYears: 15, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: true }],
  circumstances: ["organised"], humanitarianPurpose: false, offenderAgeYears: 30,
};
const targets = [
  { name: "GET /health", opts: { url: `${base}/health` } },
  { name: "POST /v1/classification", opts: { url: `${base}/v1/classification`, method: "POST" as const, headers: { "content-type": "application/json" }, body: JSON.stringify(facts) } },
];
const rows = [];
for (const t of targets) {
  const probe = await fetch(t.opts.url, { method: t.opts.method ?? "GET", headers: "headers" in t.opts ? t.opts.headers : {}, body: "body" in t.opts ? t.opts.body : null });
  if (!probe.ok) fail(`${t.name} answered ${probe.status} before the load test: ${(await probe.text()).slice(0, 300)}`);
  const r = await autocannon({ ...t.opts, connections: 10, duration: 5 });
  if (r.non2xx > 0 || r.errors > 0 || r.requests.average === 0) fail(`${t.name}: ${r.non2xx} non-2xx answers and ${r.errors} errors under load — no figure written`);
  rows.push({ endpoint: t.name, requestsPerSecond: r.requests.average, latencyP50Ms: r.latency.p50, latencyP99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
}
server.kill("SIGTERM");
rmSync(dir, { recursive: true, force: true });
const report = { node: process.version, cpus: availableParallelism(), date: new Date().toISOString(), connections: 10, durationSeconds: 5, rows };
const out = reportDir(root);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "http.json"), `${JSON.stringify(report, null, 2)}\n`);
const md = [
  "# HTTP load (autocannon, loopback)",
  "",
  `Node ${report.node}, ${report.cpus} CPU(s), ${report.date}; 10 connections for 5 s per endpoint, client and server on the same machine. Indicative only.`,
  "",
  "| Endpoint | req/s | p50 (ms) | p99 (ms) | non-2xx | errors |",
  "|---|---:|---:|---:|---:|---:|",
  ...rows.map((r) => `| ${r.endpoint} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${r.non2xx} | ${r.errors} |`),
  "",
].join("\n");
writeFileSync(join(out, "http.md"), md);
console.info(md);
