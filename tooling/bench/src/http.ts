// Load test of the built API on loopback with autocannon: starts `apps/api/dist/node.js` on a
// free port with a temporary database, measures two endpoints, writes reports/http.{json,md}.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../../..");
const port = Number(process.env["BENCH_PORT"] ?? 8797);
const dir = mkdtempSync(join(tmpdir(), "ctip-bench-"));
const server = spawn(process.execPath, [join(root, "apps/api/dist/node.js")], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, "bench.sqlite")}`, LOG_REQUESTS: "0", RATE_LIMIT_PER_MINUTE: "100000000", ADMIN_PASSWORD: "bench-password-1234" },
  stdio: "ignore",
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
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
  const r = await autocannon({ ...t.opts, connections: 10, duration: 5 });
  rows.push({ endpoint: t.name, requestsPerSecond: r.requests.average, latencyP50Ms: r.latency.p50, latencyP99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
}
server.kill("SIGTERM");
rmSync(dir, { recursive: true, force: true });
const report = { node: process.version, cpus: availableParallelism(), date: new Date().toISOString(), connections: 10, durationSeconds: 5, rows };
const out = join(root, "reports");
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
if (rows.some((r) => r.non2xx > 0 || r.errors > 0)) process.exit(1);
