import { describe, expect, it } from "vitest";
import { createApp, type Storage } from "./app.js";

const healthy: Storage = { kind: "memory", ping: async () => {} };
const broken: Storage = { kind: "sqlite", ping: async () => { throw new Error("disk gone"); } };

describe("GET /health", () => {
  it("answers 200 with the library version when storage answers", async () => {
    const res = await createApp({ storage: healthy }).request("/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "ok", storage: "memory" });
    expect(body["version"]).toMatch(/^\d+\.\d+\.\d+/);
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });
  it("answers 503 problem+json when storage does not", async () => {
    const res = await createApp({ storage: broken }).request("/health");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 503, title: "Storage unavailable", instance: "/health" });
  });
});

describe("errors are problem+json", () => {
  it("404 for an unknown path", async () => {
    const res = await createApp({ storage: healthy }).request("/nowhere");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ type: expect.stringContaining("not-found"), status: 404 });
  });
  it("500 without internals, logged without request data", async () => {
    const logged: Array<Record<string, unknown>> = [];
    const app = createApp({ storage: healthy, logError: (_m, meta) => logged.push(meta) });
    app.get("/boom", () => {
      throw new Error("secret internals");
    });
    const res = await app.request("/boom");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged)).not.toContain("secret");
  });
});
