import { LIBRARY_VERSION } from "@ctip-vn/domain";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { HTTPException } from "hono/http-exception";
import { internalError, notFound, problemOf, sendProblem } from "./problem.js";

/** What the API needs from its runtime (Node with libSQL, or Workers with D1). */
export interface Storage {
  readonly kind: "sqlite" | "d1" | "memory";
  /** Resolves when the store answers a trivial query; rejects otherwise. */
  readonly ping: () => Promise<void>;
}

export interface AppOptions {
  readonly storage: Storage;
  /** Called for unexpected errors; receives no request body, so no personal data is logged. */
  readonly logError?: (message: string, meta: Record<string, unknown>) => void;
}

export const createApp = (options: AppOptions) => {
  const app = new Hono<{ Variables: { requestId: string } }>()
    .use(requestId())
    .use(secureHeaders())
    .get("/health", async (c) => {
      const started = Date.now();
      try {
        await options.storage.ping();
        return c.json({ status: "ok" as const, version: LIBRARY_VERSION, storage: options.storage.kind, latencyMs: Date.now() - started }, 200);
      } catch {
        return sendProblem(c, problemOf("storage-unavailable", 503, "Storage unavailable", { storage: options.storage.kind }));
      }
    });
  app.notFound(notFound);
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500)
      return sendProblem(c, problemOf("http", err.status, err.message || "Request error"));
    options.logError?.("unhandled error", { requestId: c.get("requestId"), path: c.req.path, error: err.name });
    return internalError(c, c.get("requestId"));
  });
  return app;
};

export type AppType = ReturnType<typeof createApp>;
