import { ngheAnAntiTraffickingTemplate } from "@ctip-vn/domain/resolution";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { LIMITS } from "../src/limits.js";
import { makeDocxPool } from "../src/render-pool.js";
import { openLibsqlStore } from "../src/store/libsql.js";

/** CPU exhaustion: every input-size-dependent endpoint is bounded, DOCX renders off the event loop. */
const dir = mkdtempSync(join(tmpdir(), "ctip-limits-"));
let opened: Awaited<ReturnType<typeof openLibsqlStore>>;
beforeAll(async () => {
  opened = await openLibsqlStore(`file:${join(dir, "limits.sqlite")}`);
});
afterAll(() => {
  opened.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A valid resolution with `articles` articles of 3 clauses of 2 points each (10 elements per article). */
const bigResolution = (articles: number, chars = 200) => ({
  ...ngheAnAntiTraffickingTemplate(),
  chapters: undefined,
  articles: Array.from({ length: articles }, (_, a) => ({
    number: a + 1,
    title: `Điều ${a + 1}`,
    clauses: Array.from({ length: 3 }, (_clause, i) => ({ number: i + 1, text: "x".repeat(chars), points: [{ letter: "a", text: "y".repeat(chars) }, { letter: "b", text: "z".repeat(chars) }] })),
  })),
});
const post = (app: ReturnType<typeof createApp>, path: string, body: unknown) =>
  app.request(path, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });

describe("input caps", () => {
  it("a resolution over the element cap is refused with 400 before any rendering", async () => {
    const app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000 });
    const over = bigResolution(Math.ceil(LIMITS.resolutionElements / 10) + 1, 10);
    for (const path of ["/v1/resolutions/render?format=docx", "/v1/resolutions/render?format=html", "/v1/resolutions/validate", "/v1/resolutions/links"]) {
      const res = await post(app, path, over);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });
  it("bodies beyond the JSON budget (array length, depth, string length) get 413 problem+json", async () => {
    const app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000 });
    const adult = { ageYears: 25 };
    const deep = JSON.parse("[".repeat(LIMITS.depth + 2) + "]".repeat(LIMITS.depth + 2)) as unknown;
    for (const body of [
      { offenceDate: "2024-05-10", acts: ["transfer"], purposes: [], means: [], victims: Array.from({ length: LIMITS.arrayLength + 1 }, () => adult) },
      deep,
      { title: "x".repeat(LIMITS.stringChars + 1) },
    ]) {
      const res = await post(app, "/v1/classification", body);
      expect(res.status).toBe(413);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    }
  });
});

describe("DOCX rendering off the event loop", () => {
  it("renders in a worker while /health keeps answering quickly", async () => {
    const pool = makeDocxPool({ concurrency: 2, queue: 8 });
    try {
      const app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000, renderDocx: pool.render });
      const doc = bigResolution(190);
      let firstRenderDone = Number.POSITIVE_INFINITY;
      const renders = Array.from({ length: 4 }, () =>
        Promise.resolve(post(app, "/v1/resolutions/render?format=docx", doc)).then((r) => {
          firstRenderDone = Math.min(firstRenderDone, performance.now());
          return r;
        }),
      );
      const health = await app.request("/health");
      const healthDone = performance.now();
      expect(health.status).toBe(200);
      // /health answered while the documents were still rendering: the event loop was free.
      expect(healthDone).toBeLessThan(firstRenderDone);
      for (const res of await Promise.all(renders)) {
        expect(res.status).toBe(200);
        const bytes = new Uint8Array(await res.arrayBuffer());
        expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK": a zip (DOCX) container
      }
    } finally {
      await pool.close();
    }
  });
  it("past the time budget the render is stopped: 503 problem+json with Retry-After", async () => {
    const pool = makeDocxPool({ concurrency: 1, timeoutMs: 1 });
    try {
      const app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000, renderDocx: pool.render });
      const res = await post(app, "/v1/resolutions/render?format=docx", bigResolution(190));
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
    } finally {
      await pool.close();
    }
  });
  it("beyond the concurrency limit and queue, requests get 503 at once instead of piling up", async () => {
    const pool = makeDocxPool({ concurrency: 1, queue: 0 });
    try {
      const app = createApp({ store: opened.store, storageKind: "sqlite", rateLimitPerMinute: 1_000_000, renderDocx: pool.render });
      const statuses = (await Promise.all(Array.from({ length: 3 }, () => post(app, "/v1/resolutions/render?format=docx", bigResolution(50))))).map((r) => r.status).toSorted();
      expect(statuses).toEqual([200, 503, 503]);
    } finally {
      await pool.close();
    }
  });
});
