import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrations, openDatabase, sqliteStorage } from "./db.js";

const dir = mkdtempSync(join(tmpdir(), "ctip-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded SQLite", () => {
  it("creates the file, applies migrations once, and answers a ping", async () => {
    const url = `file:${join(dir, "nested", "ctip.sqlite")}`;
    const first = await openDatabase(url);
    await expect(sqliteStorage(first).ping()).resolves.toBeUndefined();
    first.close();
    const second = await openDatabase(url);
    const rows = (await second.execute("SELECT id FROM schema_migrations ORDER BY id")).rows.map((r) => Number(r["id"]));
    expect(rows).toEqual(migrations.map((m) => m.id));
    const tables = (await second.execute("SELECT name FROM sqlite_master WHERE type='table'")).rows.map((r) => String(r["name"]));
    expect(tables).toContain("decisions");
    second.close();
  });
});
