import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { bootstrapAdmin } from "../src/auth.js";
import { backends, openBackend, type OpenedBackend } from "./helpers/backends.js";
import { buildServer, out as built } from "./helpers/server.ts";

/**
 * Personal data of case files (Law 91/2025/QH15 on personal data protection; SECURITY.md maps each
 * behaviour to its rule): everything held about a case can be exported; on request it is erased —
 * notes, attachment metadata, the saved decisions with victims' ages, injury rates and outcomes,
 * persons' pseudonyms — while the audit log keeps every entry (who, what, when) with its content
 * replaced by the erasure marker; retention periods per kind of record are applied by a purge.
 */
describe.each(backends)("personal data on %s", (backend) => {
  let opened: OpenedBackend;
  let app: ReturnType<typeof createApp>;
  let token = "";
  beforeAll(async () => {
    opened = await openBackend(backend, "pdata");
    await bootstrapAdmin(opened.store, { ADMIN_EMAIL: "root@example.org", ADMIN_PASSWORD: "root admin password" });
    app = createApp({ store: opened.store, storageKind: opened.storageKind, rateLimitPerMinute: 1_000_000 });
    token = ((await (await req("POST", "/v1/auth/login", { email: "root@example.org", password: "root admin password" })).json()) as { token: string }).token;
  });
  afterAll(async () => opened?.close());

  const req = (method: string, path: string, body?: unknown) =>
    app.request(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }), headers: { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...(token === "" ? {} : { Authorization: `Bearer ${token}` }) } });
  const facts = (age: number) => ({ offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: age, injuryPercent: 37, outcome: "none", bodyPartRemoved: false, inOffenderCare: false, takenAcrossBorder: false }], circumstances: [], humanitarianPurpose: false, offenderAgeYears: 30 });

  /** A case with a note, an attachment and an attached decision, through the API. */
  const openCase = async (ref: string, age: number, note: string) => {
    const c = (await (await req("POST", "/v1/cases", { ref, province: "nghe-an" })).json()) as { id: string };
    expect((await req("POST", `/v1/cases/${c.id}/notes`, { text: note })).status).toBe(201);
    expect((await req("POST", `/v1/cases/${c.id}/attachments`, { name: `${ref}-bien-ban.pdf`, mediaType: "application/pdf", size: 1234, sha256: "a".repeat(64) })).status).toBe(201);
    const decision = (await (await req("POST", "/v1/decisions", { kind: "classification", caseRef: ref, input: facts(age), province: "nghe-an" })).json()) as { id: string };
    expect((await req("POST", `/v1/cases/${c.id}/decisions`, { decisionId: decision.id, person: "P1" })).status).toBe(201);
    return c.id;
  };
  /** Every text value in every table, to search for what must be gone. */
  const everything = async () => {
    const tables = (await opened.raw(backend === "sqlite" ? "SELECT name FROM sqlite_master WHERE type = 'table'" : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).map((r) => String(r["name"]));
    const rows = await Promise.all(tables.map((table) => opened.raw(`SELECT * FROM ${table}`)));
    return JSON.stringify(rows);
  };

  it("exports everything held about a case; erases its personal data on request and keeps its audit log", async () => {
    const id = await openCase("NA-PD-0001", 13, "Gặp nạn nhân tại nhà bà ngoại ở xã Hưng Lộc");
    const other = await openCase("NA-PD-0002", 41, "Another case's note stays");
    const exported = await opened.store.personalData.exportCase(id);
    expect(exported?.case.ref).toBe("NA-PD-0001");
    expect(exported?.notes.map((n) => n.text)).toEqual(["Gặp nạn nhân tại nhà bà ngoại ở xã Hưng Lộc"]);
    expect(exported?.attachments.map((a) => a.name)).toEqual(["NA-PD-0001-bien-ban.pdf"]);
    expect(exported?.decisionLinks.map((l) => l.person)).toEqual(["P1"]);
    expect(exported?.decisions.map((d) => JSON.parse(d.inputJson).victims[0].ageYears)).toEqual([13]);
    const auditBefore = exported?.audit ?? [];
    expect(auditBefore.map((a) => a.action)).toEqual(["created", "note", "attachment", "decision"]);
    expect(await everything()).toContain("bà ngoại");

    const counts = await opened.store.personalData.eraseCase(id, "root@example.org", "request", "2026-12-03T10:00:00.000Z");
    expect(counts).toEqual({ notes: 1, attachments: 1, decisions: 1, decisionLinks: 1, auditEntriesRedacted: 3 });

    const after = await opened.store.personalData.exportCase(id);
    expect(after).toMatchObject({ notes: [], attachments: [], decisionLinks: [], decisions: [] });
    expect(after?.case).toMatchObject({ ref: "NA-PD-0001", province: "nghe-an" });
    // The audit log keeps every entry: who, what, when, the version; only the content is gone.
    expect(after?.audit.map(({ seq, caseVersion, actor, action, at }) => ({ seq, caseVersion, actor, action, at }))).toEqual(auditBefore.map(({ seq, caseVersion, actor, action, at }) => ({ seq, caseVersion, actor, action, at })));
    expect(after?.audit.filter((a) => a.action !== "created").every((a) => a.afterJson === '{"erased":true}')).toBe(true);
    expect(after?.erasures.map((e) => [e.actor, e.reason])).toEqual([["root@example.org", "request"]]);
    // Nothing of it is anywhere in the database any more; the other case is untouched.
    const all = await everything();
    expect(all).not.toContain("bà ngoại");
    expect(all).not.toContain("NA-PD-0001-bien-ban.pdf");
    expect(all).toContain("Another case's note stays");
    expect((await opened.store.personalData.exportCase(other))?.decisions).toHaveLength(1);
    // The API shows the case without its personal data.
    const view = (await (await req("GET", `/v1/cases/${id}`)).json()) as { notes: unknown[]; attachments: unknown[]; decisions: unknown[] };
    expect(view).toMatchObject({ notes: [], attachments: [], decisions: [] });
    expect((await req("GET", `/v1/cases/${id}/audit`)).status).toBe(200);
    // Erasing again finds nothing and records nothing.
    expect(await opened.store.personalData.eraseCase(id, "root@example.org", "request", "2026-12-04T10:00:00.000Z")).toEqual({ notes: 0, attachments: 0, decisions: 0, decisionLinks: 0, auditEntriesRedacted: 0 });
    expect((await opened.store.personalData.exportCase(id))?.erasures).toHaveLength(1);
  });

  it("the audit log still refuses every other change, after erasure too", async () => {
    await expect(opened.raw("UPDATE case_audit SET actor = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(opened.raw("UPDATE case_audit SET after_json = '{\"text\":\"forged\"}' WHERE action = 'note'")).rejects.toThrow(/append-only/);
    await expect(opened.raw("UPDATE case_audit SET at = '2000-01-01' WHERE action = 'note'")).rejects.toThrow(/append-only/);
    await expect(opened.raw("DELETE FROM case_audit")).rejects.toThrow(/append-only/);
  });

  it("retention: a purge erases closed cases past their period (not before), old counters and unattached decisions; an open case stays", async () => {
    const old = await openCase("NA-PD-OLD", 16, "closed long ago");
    const recent = await openCase("NA-PD-CLOSED", 17, "closed too");
    const open = await openCase("NA-PD-OPEN", 18, "still open");
    for (const id of [old, recent]) {
      for (const to of ["reviewing", "decided", "closed"]) expect((await req("POST", `/v1/cases/${id}/status`, { to })).status).toBe(200);
    }
    const unattached = (await (await req("POST", "/v1/decisions", { kind: "classification", caseRef: "LONE-1", input: facts(30), province: "nghe-an" })).json()) as { id: string };
    await opened.store.loginFailures.fail("email:old@example.org", "2026-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z");
    await opened.store.rateLimits.hit("10.9.9.9", "2026-01-01T00:00:00.000Z");
    // "Now" is 100 days after both cases were closed.
    const closedAt = Date.parse((await opened.store.cases.byId(old))?.updatedAt ?? "");
    const now = closedAt + 100 * 86_400_000;
    const policy = { closedCasesDays: 365, loginFailuresDays: 30, rateLimitsDays: 1, unattachedDecisionsDays: 3650 };
    // Inside the 365-day period: nothing of the cases is erased.
    const first = await opened.store.personalData.applyRetention(policy, now, "retention");
    expect(first).toMatchObject({ closedCasesErased: 0, loginFailures: 1, unattachedDecisions: 0 });
    // (On PostgreSQL the API's own shared rate-limit windows of today are past the 1-day period too.)
    expect(first.rateLimits).toBeGreaterThanOrEqual(1);
    expect(await opened.raw("SELECT key FROM rate_limits WHERE key = '10.9.9.9'")).toEqual([]);
    expect(await opened.store.loginFailures.get("email:old@example.org")).toBeUndefined();
    // With 90 days both closed cases are past it; the open one is not touched.
    const second = await opened.store.personalData.applyRetention({ ...policy, closedCasesDays: 90, unattachedDecisionsDays: 0 }, now, "retention");
    expect(second.closedCasesErased).toBe(2);
    expect(second.unattachedDecisions).toBeGreaterThanOrEqual(1);
    expect(await opened.store.decisions.byId(unattached.id)).toBeUndefined();
    expect((await opened.store.personalData.exportCase(old))?.notes).toEqual([]);
    expect((await opened.store.personalData.exportCase(old))?.erasures.map((e) => e.reason)).toEqual(["retention"]);
    expect((await opened.store.personalData.exportCase(recent))?.notes).toEqual([]);
    expect((await opened.store.personalData.exportCase(open))?.notes.map((n) => n.text)).toEqual(["still open"]);
    expect((await opened.store.personalData.exportCase(open))?.decisions).toHaveLength(1);
  });
});

describe.each(backends)("the commands (db:export-case, db:erase-case, db:purge) on %s", (backend) => {
  it("export to a file readable by its owner only, erase with one line, purge with the retention settings; bad settings exit 2", async () => {
    buildServer();
    const opened = await openBackend(backend, "pdcli");
    const at = new Date().toISOString();
    const id = crypto.randomUUID();
    await opened.store.cases.create({ id, ref: "NA-CLI-1", province: "nghe-an", status: "new", articles: "[]", regimes: "[]", version: 1, createdBy: "u", createdAt: at, updatedAt: at }, { caseId: id, actor: "u", action: "created", beforeJson: null, afterJson: "{}", at });
    await opened.store.cases.change(id, 1, {}, at, { caseId: id, actor: "u", action: "note", beforeJson: null, afterJson: '{"text":"gặp tại bến xe"}', at }, { note: { id: crypto.randomUUID(), caseId: id, text: "gặp tại bến xe", createdBy: "u", createdAt: at } });
    const dir = mkdtempSync(join(tmpdir(), "ctip-pdcli-"));
    const cli = (cmd: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [join(built, "db-cli.js"), ...cmd], { env: { PATH: process.env["PATH"] ?? "", DATABASE_URL: opened.url, ERASED_BY: "dpo", ...env }, encoding: "utf8" });
    const file = join(dir, "case.json");
    const exported = cli(["export-case", "NA-CLI-1", file]);
    expect({ status: exported.status, stderr: exported.stderr }).toEqual({ status: 0, stderr: "" });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((JSON.parse(readFileSync(file, "utf8")) as { notes: Array<{ text: string }> }).notes.map((n) => n.text)).toEqual(["gặp tại bến xe"]);
    expect(cli(["export-case", "NA-NOPE", join(dir, "x.json")]).status).toBe(1);
    const erased = cli(["erase-case", "NA-CLI-1"]);
    expect({ status: erased.status, stderr: erased.stderr }).toEqual({ status: 0, stderr: "" });
    expect(erased.stdout).toMatch(/1 note/);
    expect((await opened.store.personalData.exportCase(id))?.erasures.map((e) => e.actor)).toEqual(["shell:dpo"]);
    // SQLite: nowhere in the file or its log, not even in free pages (secure_delete, then a checkpoint).
    const path = opened.url.slice("file:".length);
    const fileBytes = backend === "sqlite" ? [path, `${path}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString("utf8")).join("") : "";
    expect(fileBytes).not.toContain("gặp tại bến xe");
    const purged = cli(["purge"], { RETENTION_CLOSED_CASES_DAYS: "3650" });
    expect({ status: purged.status, stderr: purged.stderr }).toEqual({ status: 0, stderr: "" });
    expect(purged.stdout).toMatch(/^Purged /);
    const bad = cli(["purge"], { RETENTION_LOGIN_FAILURES_DAYS: "a month" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/RETENTION_LOGIN_FAILURES_DAYS must be a whole number of days/);
    rmSync(dir, { recursive: true, force: true });
    await opened.close();
  }, 120_000);
});
