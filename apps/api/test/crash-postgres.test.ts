import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase, postgresUrl } from "./helpers/backends.js";
import { buildServer, figure, FULL, login, startServer, stopServer, type Server } from "./helpers/server.ts";

/**
 * R3 with several instances: two API processes on one PostgreSQL database, as behind a load
 * balancer. Concurrent writers spread over both save decisions and add notes to one shared case
 * (contention on its version lock) while each instance in turn is killed with SIGKILL and
 * restarted, and while another session holds an exclusive lock on the decisions table past the
 * lock timeout (writes waiting longer answer 503; /health, on another table, keeps answering). Every
 * acknowledged write must be in the database afterwards, the shared case's audit log must count
 * one entry per version with no gap, and a session opened on one instance works on the other.
 */
const KILL_ROUNDS = FULL ? 20 : 2;
const LOCK_ROUNDS = FULL ? 20 : 1;
const WRITERS = 8;
const servers: Server[] = [];
beforeAll(() => {
  if (postgresUrl !== undefined) buildServer();
}, 60_000);
afterAll(() => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill("SIGKILL");
});

const facts = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 25 }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (a: number, b: number) => a + Math.floor(Math.random() * (b - a));

type Tally = { decisions: string[]; notes: string[]; statuses: Record<string, number> };

/**
 * Writers alternating between the instances: even writers save decisions, odd ones add notes to
 * the shared case (a 409 is a refused change, not an acknowledgement).
 */
const writers = (urls: ReadonlyArray<() => string>, token: string, caseId: string, prefix: string) => {
  const tally: Tally = { decisions: [], notes: [], statuses: {} };
  const state = { running: true };
  const loops = Array.from({ length: WRITERS }, async (_w, w) => {
    for (let i = 0; state.running; i++) {
      const url = urls[(w + i) % urls.length]?.() ?? "";
      const label = `${prefix}-W${w}-${i}`;
      const note = w % 2 === 1;
      try {
        const res = await fetch(note ? `${url}/v1/cases/${caseId}/notes` : `${url}/v1/decisions`, {
          method: "POST",
          body: JSON.stringify(note ? { text: label } : { kind: "classification", caseRef: label, input: facts }),
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        });
        await res.arrayBuffer();
        tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
        if (res.status === 201) (note ? tally.notes : tally.decisions).push(label);
      } catch {
        tally.statuses["network"] = (tally.statuses["network"] ?? 0) + 1;
        await sleep(20);
      }
    }
  });
  return {
    tally,
    stop: async () => {
      state.running = false;
      await Promise.all(loops);
    },
  };
};

const merge = (into: Tally, from: Tally) => {
  into.decisions.push(...from.decisions);
  into.notes.push(...from.notes);
  for (const [k, v] of Object.entries(from.statuses)) into.statuses[k] = (into.statuses[k] ?? 0) + v;
};

/** What the database holds: decision references, note texts, and the shared case's version and audit versions. */
const inDatabase = async (url: string, caseId: string) => {
  const db = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const decisions = new Set((await db<Array<{ case_ref: string }>>`SELECT case_ref FROM decisions`).map((r) => r.case_ref));
    const notes = new Set((await db<Array<{ text: string }>>`SELECT text FROM case_notes WHERE case_id = ${caseId}`).map((r) => r.text));
    const version = Number((await db<Array<{ version: number }>>`SELECT version FROM cases WHERE id = ${caseId}`)[0]?.version);
    const audit = (await db<Array<{ case_version: number }>>`SELECT case_version FROM case_audit WHERE case_id = ${caseId} ORDER BY case_version`).map((r) => Number(r.case_version));
    return { decisions, notes, version, audit };
  } finally {
    await db.end();
  }
};

describe.skipIf(postgresUrl === undefined)("R3 on PostgreSQL: two API instances on one database", () => {
  it(`${KILL_ROUNDS} rounds of kill -9 of one instance and ${LOCK_ROUNDS} of a table lock, under ${WRITERS} writers spread over both`, async () => {
    const url = await freshPostgresDatabase("crash2");
    // A short lock timeout (as the SQLite test's busy timeout): a write that waits longer on the
    // held table lock fails with 503 and saves nothing, instead of holding a pooled connection.
    const env = { DATABASE_URL: url, RATE_LIMIT_PER_MINUTE: "1000000", DATABASE_POOL_SIZE: "4", DATABASE_LOCK_TIMEOUT_MS: "200" };
    // Both start at once on the empty database: the migrations' advisory lock lets one apply them.
    const pair = await Promise.all([startServer(env), startServer(env)]);
    servers.push(...pair);
    const instances: Server[] = [...pair];
    const token = await login(instances[0]?.url ?? "");
    // The session opened on the first instance is valid on the second (sessions live in the database).
    expect((await fetch(`${instances[1]?.url}/v1/cases`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    const created = await fetch(`${instances[1]?.url}/v1/cases`, { method: "POST", body: JSON.stringify({ ref: "PG-SHARED-1" }), headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` } });
    expect(created.status).toBe(201);
    const caseId = ((await created.json()) as { id: string }).id;
    const urls = [0, 1].map((i) => () => instances[i]?.url ?? "");
    const all: Tally = { decisions: [], notes: [], statuses: {} };

    for (let round = 0; round < KILL_ROUNDS; round++) {
      const victim = round % 2;
      const w = writers(urls, token, caseId, `K${round}`);
      for (let waited = 0; w.tally.decisions.length < WRITERS / 2 && waited < 60_000; waited += 50) await sleep(50);
      await sleep(between(0, 600));
      const current = instances[victim];
      current?.child.kill("SIGKILL");
      await current?.exited;
      // The other instance keeps taking writes while this one is down.
      await sleep(between(100, 400));
      const restarted = await startServer(env);
      servers.push(restarted);
      instances[victim] = restarted;
      await sleep(between(100, 300));
      await w.stop();
      merge(all, w.tally);
    }

    const lockDb = postgres(url, { max: 1, onnotice: () => {} });
    let health200DuringLock = 0;
    for (let round = 0; round < LOCK_ROUNDS; round++) {
      const w = writers(urls, token, caseId, `L${round}`);
      for (let waited = 0; w.tally.decisions.length < WRITERS / 2 && waited < 60_000; waited += 50) await sleep(50);
      const hold = between(400, 1200);
      await lockDb.begin(async (tx) => {
        await tx`LOCK TABLE decisions IN ACCESS EXCLUSIVE MODE`;
        if ((await fetch(`${urls[round % 2]?.()}/health`)).status === 200) health200DuringLock += 1;
        await sleep(hold);
      });
      await sleep(300);
      await w.stop();
      merge(all, w.tally);
    }
    await lockDb.end();

    for (const s of instances) expect((await fetch(`${s.url}/health`)).status).toBe(200);
    await Promise.all(instances.map((s) => stopServer(s)));
    const db = await inDatabase(url, caseId);
    const lostDecisions = all.decisions.filter((r) => !db.decisions.has(r));
    const lostNotes = all.notes.filter((t) => !db.notes.has(t));
    const versions = Array.from({ length: db.version }, (_, i) => i + 1);
    figure("r3-postgres-two-instances", {
      killRounds: KILL_ROUNDS,
      lockRounds: LOCK_ROUNDS,
      writers: WRITERS,
      acknowledged: all.decisions.length + all.notes.length,
      decisions: all.decisions.length,
      notes: all.notes.length,
      lost: lostDecisions.length + lostNotes.length,
      caseVersion: db.version,
      auditEntries: db.audit.length,
      health200DuringLock,
      statuses: all.statuses,
    });
    expect(all.decisions.length).toBeGreaterThan(0);
    expect(all.notes.length).toBeGreaterThan(0);
    expect(lostDecisions).toEqual([]);
    expect(lostNotes).toEqual([]);
    expect(all.statuses["500"] ?? 0).toBe(0);
    // One audit entry per version, no gap, and one note per version after the first.
    expect(db.audit).toEqual(versions);
    expect(db.notes.size).toBe(db.version - 1);
    expect(health200DuringLock).toBe(LOCK_ROUNDS);
  }, 600_000);
});
