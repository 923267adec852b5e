// A bare Hono route on the same server set-up as the API (@hono/node-server, loopback): parses the
// JSON body and answers a constant. The reference of the API budget and of the start-up ratio.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/health", (c) => c.json({ status: "ok" }));
app.post("/bare", async (c) => {
  await c.req.json();
  return c.json({ ok: true });
});
serve({ hostname: "127.0.0.1", port: Number(process.env["PORT"] ?? 8798), fetch: app.fetch });
