import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import type { Store } from "../src/store/store.js";

// The document is generated at start-up from the routes; no storage is touched to describe them.
const app = createApp({ store: {} as Store, storageKind: "sqlite" });

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as Record<string, unknown>;
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every route the app serves (besides the docs themselves and the site icon)", async () => {
    const doc = (await (await app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const served = [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path.replace(/:(\w+)(?:\{[^/]*\})?/g, "{$1}")}`))];
    const undocumented = served.filter((r) => !documented.has(r) && !["GET /openapi.json", "GET /docs", "GET /docs/init.js", "GET /docs/library", "GET /docs/library/*", "GET /favicon.ico"].includes(r));
    expect(served.length).toBeGreaterThan(20);
    expect(undocumented).toEqual([]);
  });
});
