import { createClient } from "@libsql/client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { inject } from "vitest";
import { openLibsqlStore } from "../../src/store/libsql.js";
import { openPostgresStore } from "../../src/store/postgres.js";
import type { Store } from "../../src/store/store.js";

/** The PostgreSQL server started for this run (test/global-postgres.ts), or undefined when not installed. */
export const postgresUrl = inject("postgresUrl");
if (postgresUrl === undefined) console.warn(inject("postgresMissing"));

export type Backend = "sqlite" | "postgres";
/** The backends the store's suites run against. */
export const backends: Backend[] = postgresUrl === undefined ? ["sqlite"] : ["sqlite", "postgres"];

/** A new, empty database on the test server; returns its URL. */
export const freshPostgresDatabase = async (label: string): Promise<string> => {
  if (postgresUrl === undefined) throw new Error("PostgreSQL is not available in this run.");
  const name = `ctip_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${crypto.randomUUID().slice(0, 8)}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

export interface OpenedBackend {
  readonly backend: Backend;
  readonly store: Store;
  readonly storageKind: "sqlite" | "postgres";
  /** The database URL (a `file:` URL or a `postgres://` URL). */
  readonly url: string;
  /** Opens the same database again (a restart, or a second instance). */
  readonly reopen: () => Promise<{ store: Store; applied: number[]; close: () => Promise<void> }>;
  /** Runs one SQL statement on a separate connection, as another program would (returns its rows). */
  readonly raw: (statement: string) => Promise<Array<Record<string, unknown>>>;
  /** Closes the connection and deletes the database (SQLite: its folder). */
  readonly close: () => Promise<void>;
  /** Closes the connection only, keeping the database for {@link OpenedBackend.reopen} (a stop before a restart). */
  readonly stop: () => Promise<void>;
}

/** Opens a fresh database on `backend`. */
export const openBackend = async (backend: Backend, label: string): Promise<OpenedBackend> => {
  if (backend === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), `ctip-${label}-`));
    const url = `file:${join(dir, `${label}.sqlite`)}`;
    const opened = await openLibsqlStore(url);
    return {
      backend,
      store: opened.store,
      storageKind: "sqlite",
      url,
      reopen: async () => {
        const o = await openLibsqlStore(url, { serverLock: false });
        return { store: o.store, applied: o.applied, close: async () => o.close() };
      },
      raw: async (statement) => {
        const db = createClient({ url });
        try {
          return (await db.execute(statement)).rows.map((r) => ({ ...r }));
        } finally {
          db.close();
        }
      },
      close: async () => {
        opened.close();
        rmSync(dir, { recursive: true, force: true });
      },
      stop: async () => opened.close(),
    };
  }
  const url = await freshPostgresDatabase(label);
  const opened = await openPostgresStore(url, { maxConnections: 4 });
  const raw = async (statement: string) => {
    const db = postgres(url, { max: 1, onnotice: () => {} });
    try {
      return [...(await db.unsafe(statement))].map((r) => ({ ...r }));
    } finally {
      await db.end();
    }
  };
  return { backend, store: opened.store, storageKind: "postgres", url, reopen: () => openPostgresStore(url, { maxConnections: 4 }), raw, close: opened.close, stop: opened.close };
};
