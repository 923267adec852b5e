// `node src/api-layers.ts`: where an API request's time goes, layer by layer, in one process and
// without a network (Hono's `app.request`), so the layers compare in the same run. Each variant
// adds one layer to the previous: a bare route parsing the body and answering a constant; Hono's
// middleware of the API (request id, security headers, CORS, body limit); the schema check at the
// boundary; the decision (`classifyJson`); the messages in one language (`renderMessages`, whose
// copy reads every text and the receipt: texts are rendered and the result hashed there); the full
// answer serialised (`c.json`). Prints a Markdown table.
import * as fc from "fast-check";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { renderMessages } from "@ctip-vn/domain";
import { CaseFacts, classifyJson } from "@ctip-vn/domain/classification";
import { arbitraryCompleteCaseFacts } from "@ctip-vn/domain/testing";

const N = Number(process.argv[2] ?? 600);
const ROUNDS = 5;
const bodies = fc.sample(arbitraryCompleteCaseFacts(), { numRuns: N, seed: 42 }).map((f) => JSON.stringify(f));

type Layer = "bare" | "middleware" | "schema" | "decision" | "render" | "answer";
const LAYERS: ReadonlyArray<Layer> = ["bare", "middleware", "schema", "decision", "render", "answer"];
const LABEL: Record<Layer, string> = {
  bare: "bare route: body parsed, constant answered",
  middleware: "+ request id, security headers, CORS, body limit",
  schema: "+ schema check of the body (zod, as the route's validator)",
  decision: "+ classifyJson (decision, explanation, receipt)",
  render: "+ renderMessages (display in one language; its copy reads every text, in vi, en and fr, and the receipt, so the result hash is computed here)",
  answer: "+ the full answer serialised (c.json)",
};

const appFor = (layer: Layer): Hono => {
  const upTo = LAYERS.indexOf(layer);
  const app = new Hono();
  if (upTo >= 1) {
    const mw: MiddlewareHandler[] = [requestId(), secureHeaders(), cors({ origin: [] }), bodyLimit({ maxSize: 1024 * 1024 })];
    for (const m of mw) app.use(m);
  }
  app.post("/v1/classification", async (c) => {
    const body: unknown = await c.req.json();
    if (upTo < 2) return c.json({ ok: true });
    const parsed = CaseFacts.safeParse(body);
    if (!parsed.success) return c.json({ ok: false }, 422);
    if (upTo < 3) return c.json({ ok: true });
    const r = classifyJson(body);
    if (r._tag !== "Success") return c.json({ ok: false }, 422);
    if (upTo < 4) return c.json({ ok: true });
    const shown = renderMessages(r.success, "vi");
    if (upTo < 5) return c.json({ ok: shown.charges.length >= 0 });
    return c.json(shown);
  });
  return app;
};

const apps = new Map(LAYERS.map((l) => [l, appFor(l)] as const));
const timeOf = async (layer: Layer): Promise<number> => {
  const app = apps.get(layer) as Hono;
  const t0 = process.hrtime.bigint();
  for (const body of bodies) {
    const res = await app.request("/v1/classification", { method: "POST", body, headers: { "Content-Type": "application/json" } });
    await res.text();
  }
  return Number(process.hrtime.bigint() - t0) / 1e3 / bodies.length;
};

for (const l of LAYERS) await timeOf(l); // warm-up
const times = new Map<Layer, number[]>(LAYERS.map((l) => [l, []]));
for (let r = 0; r < ROUNDS; r++) for (const l of LAYERS) times.get(l)?.push(await timeOf(l));
const med = (xs: ReadonlyArray<number>): number => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const bare = med(times.get("bare") ?? []);
let previous = 0;
console.info(`| Layers (cumulative; ${N} case bodies, median of ${ROUNDS} interleaved rounds) | µs per request | this layer | × bare |`);
console.info("|---|---:|---:|---:|");
for (const l of LAYERS) {
  const t = med(times.get(l) ?? []);
  console.info(`| ${LABEL[l]} | ${t.toFixed(1)} | ${l === "bare" ? "" : (t - previous).toFixed(1)} | ${(t / bare).toFixed(1)} |`);
  previous = t;
}
