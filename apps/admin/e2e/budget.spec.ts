import { expect, test } from "@playwright/test";
import { gzipSync } from "node:zlib";

test("the initial JavaScript (entry and its preloads) is at most 100 KB gzipped; routes load lazily", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? "");
  expect(files.length).toBeGreaterThan(0);
  let total = 0;
  for (const f of files) total += gzipSync(await (await request.get(f)).body(), { level: 9 }).length;
  console.info(`initial JS: ${(total / 1024).toFixed(1)} KiB gzipped in ${files.length} files`);
  expect(total).toBeLessThanOrEqual(100 * 1024);
});
