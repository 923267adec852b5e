import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, figure, FULL, login, startServer, stopServer, type Server } from "./helpers/server.ts";

/**
 * R2: mixed load on loopback (evaluations, writes, reads) against the real server: no errors, and
 * resident memory in the last window within 15% of the first. 60 s in `pnpm test:stress`, 8 s in
 * `pnpm test`.
 */
const SECONDS = FULL ? 60 : 8;
const WINDOW = FULL ? 10 : 2;
// The short run skips its first 2 s (start-up warm-up) before the first window.
const WARM = FULL ? 0 : 2;
const CONCURRENCY = 16;
const dir = mkdtempSync(join(tmpdir(), "ctip-load-"));
let server: Server;
beforeAll(() => buildServer(), 60_000);
afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
const facts = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 15, injuryPercent: 0, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: true }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 };
const kpi = { province: "nghe-an", period: { from: "2022-01-01", to: "2022-12-31" }, counts: { reportsReceived: 40, reportsClassified: 40, reportsResolved: 37 } };

describe("R2: mixed load", () => {
  it(`${SECONDS} s at ${CONCURRENCY} concurrent clients: 0 errors, RSS growth < 15%`, async () => {
    server = await startServer({ DATABASE_URL: `file:${join(dir, "load.sqlite")}`, RATE_LIMIT_PER_MINUTE: "100000000" });
    const token = await login(server.url);
    const json = { "Content-Type": "application/json" };
    const auth = { ...json, Authorization: `Bearer ${token}` };
    const ops: Array<() => Promise<Response>> = [
      () => fetch(`${server.url}/v1/classification`, { method: "POST", body: JSON.stringify(facts), headers: json }),
      () => fetch(`${server.url}/v1/kpi`, { method: "POST", body: JSON.stringify(kpi), headers: json }),
      () => fetch(`${server.url}/v1/decisions`, { method: "POST", body: JSON.stringify({ kind: "classification", caseRef: `LOAD-${Math.random().toString(36).slice(2, 10)}`, input: facts }), headers: auth }),
      () => fetch(`${server.url}/v1/decisions?limit=20`, { headers: auth }),
      () => fetch(`${server.url}/v1/law`),
      () => fetch(`${server.url}/health`),
    ];
    const started = Date.now();
    const end = started + SECONDS * 1000;
    let requests = 0;
    const errors: Record<string, number> = {};
    const samples: Array<{ t: number; rss: number }> = [];
    const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, rss: rssKb(server.child.pid ?? 0) }), 250);
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_c, i) => {
        for (let n = i; Date.now() < end; n++) {
          const op = ops[n % ops.length] as () => Promise<Response>;
          try {
            const res = await op();
            await res.arrayBuffer();
            requests += 1;
            if (res.status >= 400) errors[res.status] = (errors[res.status] ?? 0) + 1;
          } catch (e) {
            errors[(e as Error).name] = (errors[(e as Error).name] ?? 0) + 1;
          }
        }
      }),
    );
    clearInterval(sampler);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const first = mean(samples.filter((s) => s.t >= WARM && s.t <= WARM + WINDOW).map((s) => s.rss));
    const last = mean(samples.filter((s) => s.t >= SECONDS - WINDOW).map((s) => s.rss));
    const growth = (last - first) / first;
    figure("r2-load", { seconds: SECONDS, concurrency: CONCURRENCY, requests, perSecond: Math.round(requests / SECONDS), errors, rssFirstWindowMiB: Math.round(first / 102.4) / 10, rssLastWindowMiB: Math.round(last / 102.4) / 10, rssGrowthPercent: Math.round(growth * 1000) / 10 });
    expect(errors).toEqual({});
    expect(growth).toBeLessThan(0.15);
    expect(await stopServer(server)).toBe(0);
  }, 180_000);
});
