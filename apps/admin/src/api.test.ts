import { describe, expect, it } from "vitest";
import { readHealth } from "./api.js";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("readHealth", () => {
  it("reads a healthy answer", async () => {
    expect(await readHealth(json(200, { status: "ok", version: "0.1.0", storage: "sqlite" }))).toEqual({
      state: "ok",
      version: "0.1.0",
      storage: "sqlite",
    });
  });
  it("reads a problem document", async () => {
    expect(await readHealth(json(503, { title: "Storage unavailable", status: 503 }))).toEqual({ state: "down", reason: "Storage unavailable" });
  });
  it("survives a body that is not JSON", async () => {
    expect(await readHealth(new Response("<html>", { status: 502 }))).toEqual({ state: "down", reason: "HTTP 502" });
  });
});
