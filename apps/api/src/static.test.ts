import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serveStatic } from "./static.js";

const root = mkdtempSync(join(tmpdir(), "ctip-admin-"));
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>admin</title>");
writeFileSync(join(root, "assets", "app.js"), "console.log(1)");
writeFileSync(join(tmpdir(), "ctip-outside.txt"), "secret");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("serving the admin build", () => {
  const serve = serveStatic(root, { spa: true });
  it("serves index.html at / and for client-side routes", async () => {
    for (const path of ["/", "/classification", "/kpi/report"]) {
      const res = await serve(path);
      expect(res?.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await res?.text()).toContain("<title>admin</title>");
    }
  });
  it("serves hashed assets with long-lived caching", async () => {
    const res = await serve("/assets/app.js");
    expect(res?.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res?.headers.get("cache-control")).toContain("immutable");
  });
  it("without spa, unknown paths are not found", async () => {
    expect(await serveStatic(root, { spa: false })("/nothing.js")).toBeUndefined();
  });
  it("refuses paths that leave the root", async () => {
    expect(await serve("/../ctip-outside.txt")).toBeUndefined();
    expect(await serve("/%2e%2e/ctip-outside.txt")).toBeUndefined();
  });
});
