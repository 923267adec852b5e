// The library reference (typedoc's static site from `pnpm run docs`) served at /docs/library/, as
// node.ts wires it; and the explanation a server without it gives.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { serveStatic } from "./static.js";
import { openLibsqlStore } from "./store/libsql.js";
import type { Store } from "./store/store.js";

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const libraryDir = join(repoRoot, "docs/api");
const scratch = mkdtempSync(join(tmpdir(), "ctip-library-docs-"));
let store: Store;
let close: () => unknown = () => undefined;

beforeAll(async () => {
  // `pnpm test` builds it first (turbo: @ctip-vn/domain#docs:api, cached); alone, build it here.
  if (!existsSync(join(libraryDir, "index.html"))) {
    const r = spawnSync("pnpm", ["--filter", "@ctip-vn/domain", "run", "docs:api"], { cwd: repoRoot, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pnpm run docs failed:\n${r.stdout}${r.stderr}`);
  }
  const opened = await openLibsqlStore(`file:${join(scratch, "db.sqlite")}`);
  store = opened.store;
  close = opened.close;
}, 300_000);
afterAll(async () => {
  await close();
  rmSync(scratch, { recursive: true, force: true });
});

const get = (app: ReturnType<typeof createApp>, path: string) => app.request(path, { headers: { "Accept-Language": "en" } });

describe("/docs/library when built", () => {
  const app = () => createApp({ store, storageKind: "sqlite", libraryDocs: serveStatic(libraryDir, { spa: false, hashedAssets: false }) });

  it("answers the typedoc index, linking the Publish your province guide in English and Vietnamese", async () => {
    const res = await get(app(), "/docs/library/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toContain("@ctip-vn/domain");
    expect(html).toContain('href="documents/Publish_your_province_(English).html"');
    expect(html).toMatch(/href="documents\/Ph%C3%A1t_h%C3%A0nh[^"]*\.html"/);
  });

  it("serves the guide, which walks the starter from npm create to npm publish", async () => {
    const res = await get(app(), "/docs/library/documents/Publish_your_province_(English).html");
    expect(res.status).toBe(200);
    const text = (await res.text()).replaceAll(/<[^>]+>/g, "");
    for (const step of ["npm create @ctip-vn/province", "npm test", "provinceProperties", "npm publish"]) expect(text).toContain(step);
    const vi = await get(app(), "/docs/library/documents/Ph%C3%A1t_h%C3%A0nh_g%C3%B3i_h%E1%BB%93_s%C6%A1_t%E1%BB%89nh_(Ti%E1%BA%BFng_Vi%E1%BB%87t).html");
    expect(vi.status).toBe(200);
    expect(await vi.text()).toContain("Phát hành gói hồ sơ tỉnh");
  });

  it("serves its scripts without year-long caching (typedoc does not hash their names), and a module page", async () => {
    const js = await get(app(), "/docs/library/assets/main.js");
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("no-cache");
    expect((await get(app(), "/docs/library/functions/testing.provinceProperties.html")).status).toBe(200);
  });

  it("redirects /docs/library to the index and answers an unknown page with a problem", async () => {
    const r = await get(app(), "/docs/library");
    expect([r.status, r.headers.get("location")]).toEqual([301, "/docs/library/"]);
    const missing = await get(app(), "/docs/library/nothing-here.html");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(((await missing.json()) as { detail: string }).detail).toBe("No such page in the library reference.");
  });
});

describe("/docs/library when not built", () => {
  it("answers 404 problem+json saying how to build it, in the reader's language", async () => {
    const app = createApp({ store, storageKind: "sqlite" });
    const en = await get(app, "/docs/library/");
    expect(en.status).toBe(404);
    expect(((await en.json()) as { detail: string }).detail).toContain("run pnpm run docs");
    const vi = await app.request("/docs/library/", { headers: { "Accept-Language": "vi" } });
    expect(((await vi.json()) as { detail: string }).detail).toContain("chạy pnpm run docs");
  });
});
