import { createClient } from "@libsql/client";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, figure, FULL, login, startServer, stopServer, type Server } from "./helpers/server.ts";

/**
 * R3: no acknowledged write is ever lost. Concurrent writers against the real server while it is
 * killed with SIGKILL, while another process holds SQLite's write lock past the busy timeout, and
 * while a second server tries to start on the same file. Every 201 must be in the file afterwards,
 * and `PRAGMA integrity_check` must say ok. Fast variant in `pnpm test`, full in `pnpm test:stress`.
 */
const KILL_ROUNDS = FULL ? 20 : 2;
const LOCK_ROUNDS = FULL ? 20 : 1;
const WRITERS = 8;
const dir = mkdtempSync(join(tmpdir(), "ctip-crash-"));
const servers: Server[] = [];
beforeAll(() => buildServer(), 60_000);
afterAll(() => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const facts = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 25 }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (a: number, b: number) => a + Math.floor(Math.random() * (b - a));

/** Writers that save decisions until stopped; returns the acknowledged case references and status counts. */
const writers = (url: () => string, token: string, prefix: string) => {
  const acked: string[] = [];
  const statuses: Record<string, number> = {};
  const state = { running: true };
  const loops = Array.from({ length: WRITERS }, async (_w, w) => {
    for (let i = 0; state.running; i++) {
      const caseRef = `${prefix}-W${w}-${i}`;
      try {
        const res = await fetch(`${url()}/v1/decisions`, { method: "POST", body: JSON.stringify({ kind: "classification", caseRef, input: facts }), headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` } });
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 201) acked.push(caseRef);
      } catch {
        statuses["network"] = (statuses["network"] ?? 0) + 1;
        await sleep(20);
      }
    }
  });
  return {
    acked,
    statuses,
    stop: async () => {
      state.running = false;
      await Promise.all(loops);
    },
  };
};

const inFile = async (file: string) => {
  const c = createClient({ url: `file:${file}` });
  try {
    const refs = new Set((await c.execute("SELECT case_ref FROM decisions")).rows.map((r) => String(r["case_ref"])));
    const integrity = String((await c.execute("PRAGMA integrity_check")).rows[0]?.[0]);
    return { refs, integrity };
  } finally {
    c.close();
  }
};

const holder = join(import.meta.dirname, "fixtures", "hold-lock.mjs");
const holdLock = async (file: string, ms: number) => {
  const child = spawn(process.execPath, [holder, file, String(ms)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => d.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return { released: new Promise<void>((resolve) => child.once("exit", () => resolve())) };
};

describe("R3: acknowledged writes survive", () => {
  it(`${KILL_ROUNDS} rounds of kill -9 under ${WRITERS} concurrent writers`, async () => {
    const file = join(dir, "kill.sqlite");
    let server = await startServer({ DATABASE_URL: `file:${file}`, RATE_LIMIT_PER_MINUTE: "1000000" });
    servers.push(server);
    const token = await login(server.url);
    const all: string[] = [];
    const statuses: Record<string, number> = {};
    for (let round = 0; round < KILL_ROUNDS; round++) {
      const current = server;
      const w = writers(() => current.url, token, `K${round}`);
      // Kill mid-stream: once writes are being acknowledged (however slow a loaded machine is),
      // then after a random extra delay, so the kill lands between and during writes.
      for (let waited = 0; w.acked.length < WRITERS && waited < 60_000; waited += 50) await sleep(50);
      await sleep(between(0, 600));
      current.child.kill("SIGKILL");
      await current.exited;
      await w.stop();
      all.push(...w.acked);
      for (const [k, v] of Object.entries(w.statuses)) statuses[k] = (statuses[k] ?? 0) + v;
      server = await startServer({ DATABASE_URL: `file:${file}`, RATE_LIMIT_PER_MINUTE: "1000000" });
      servers.push(server);
    }
    await stopServer(server);
    const { refs, integrity } = await inFile(file);
    const lost = all.filter((r) => !refs.has(r));
    figure("r3-kill", { rounds: KILL_ROUNDS, writers: WRITERS, acknowledged: all.length, lost: lost.length, integrity, statuses });
    expect(all.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(integrity).toBe("ok");
  }, 600_000);

  it(`${LOCK_ROUNDS} rounds of another process holding the write lock past the busy timeout, and a second server trying to start`, async () => {
    const file = join(dir, "lock.sqlite");
    const server = await startServer({ DATABASE_URL: `file:${file}`, RATE_LIMIT_PER_MINUTE: "1000000", SQLITE_BUSY_TIMEOUT_MS: "200" });
    servers.push(server);
    const token = await login(server.url);
    const w = writers(() => server.url, token, "L");
    let secondRefused = 0;
    let health503 = 0;
    for (let waited = 0; w.acked.length < WRITERS && waited < 60_000; waited += 50) await sleep(50);
    for (let round = 0; round < LOCK_ROUNDS; round++) {
      await sleep(between(100, 300));
      const { released } = await holdLock(file, between(400, 1200));
      if ((await fetch(`${server.url}/health`)).status === 503) health503 += 1;
      const second = await startServer({ DATABASE_URL: `file:${file}` }, false);
      servers.push(second);
      if ((await second.exited) === 1 && second.stderr().includes("Another ctip-vn server")) secondRefused += 1;
      await released;
    }
    await sleep(300);
    await w.stop();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    await stopServer(server);
    const { refs, integrity } = await inFile(file);
    const lost = w.acked.filter((r) => !refs.has(r));
    figure("r3-lock", { rounds: LOCK_ROUNDS, writers: WRITERS, acknowledged: w.acked.length, lost: lost.length, integrity, statuses: w.statuses, health503DuringLock: health503, secondServerRefused: secondRefused });
    expect(w.acked.length).toBeGreaterThan(0);
    expect(w.statuses["500"] ?? 0).toBe(0);
    expect(lost).toEqual([]);
    expect(integrity).toBe("ok");
    expect(secondRefused).toBe(LOCK_ROUNDS);
  }, 600_000);
});
