import * as fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { openLibsqlStore } from "../src/store/libsql.js";

const dir = mkdtempSync(join(tmpdir(), "ctip-fuzz-"));
let app: ReturnType<typeof createApp>;
let close: () => void;
beforeAll(async () => {
  const opened = await openLibsqlStore(`file:${join(dir, "fuzz.sqlite")}`);
  close = opened.close;
  app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000 });
});
afterAll(() => {
  close();
  rmSync(dir, { recursive: true, force: true });
});

const ENDPOINTS = ["/v1/classification", "/v1/eligibility", "/v1/kpi", "/v1/resolutions/validate", "/v1/resolutions/render?format=html", "/v1/resolutions/links", "/v1/auth/login"];

describe("no input makes the API fail with a 5xx", () => {
  it("arbitrary JSON bodies to every evaluation endpoint get a 2xx or a 4xx problem", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ENDPOINTS), fc.jsonValue({ maxDepth: 4 }), async (path, body) => {
        const res = await app.request(path, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
        expect(res.status).toBeLessThan(500);
        expect(res.status < 300 || res.headers.get("content-type") === "application/problem+json").toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("near-valid case facts (mutated fields) never crash the classifier", async () => {
    const field = fc.constantFrom("offenceDate", "acts", "purposes", "means", "victims", "circumstances", "humanitarianPurpose", "offenderAgeYears");
    await fc.assert(
      fc.asyncProperty(field, fc.jsonValue({ maxDepth: 3 }), async (key, value) => {
        const body = { offenceDate: "2024-05-10", acts: ["transfer"], purposes: ["money_or_benefit"], means: ["deception"], victims: [{ ageYears: 20 }], [key]: value };
        const res = await app.request("/v1/classification", { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
  it.each([
    ["GET", "/v1/law/%E0%A4%A", undefined],
    ["GET", "/v1/law?asOf=%ZZ", undefined],
    ["GET", "/v1/decisions/not-a-uuid", undefined],
    ["POST", "/v1/classification", "null"],
    ["POST", "/v1/classification", "[]"],
    ["POST", "/v1/classification", ""],
    ["POST", "/v1/resolutions/render?format=exe", "{}"],
    ["DELETE", "/v1/classification", undefined],
  ])("%s %s → 4xx", async (method, path, body) => {
    const res = await app.request(path, { method, ...(body === undefined ? {} : { body, headers: { "Content-Type": "application/json" } }) });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
