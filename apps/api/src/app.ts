import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { LIBRARY_VERSION, type IsoDate } from "@ctip-vn/domain";
import { classifyJson } from "@ctip-vn/domain/classification";
import { assessEligibilityJson } from "@ctip-vn/domain/eligibility";
import type { ProvinceProfile } from "@ctip-vn/domain/province";
import { haiPhong } from "@ctip-vn/province-hai-phong";
import { ngheAn } from "@ctip-vn/province-nghe-an";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { docsInit, docsPage } from "./docs.js";
import { problemResponses, sendProblem } from "./problem.js";
import { rateLimit } from "./rate-limit.js";
import { json, router } from "./router.js";
import { authRoutes } from "./routes/auth.js";
import { classificationRoutes } from "./routes/classification.js";
import { caseRoutes } from "./routes/cases.js";
import { decisionRoutes, type Evaluator } from "./routes/decisions.js";
import { eligibilityRoutes } from "./routes/eligibility.js";
import { provinceRoutes } from "./routes/provinces.js";
import { resolutionRoutes } from "./routes/resolutions.js";
import { kpiRoutes } from "./routes/kpi.js";
import { lawRoutes } from "./routes/law.js";
import { StorageError, type Store } from "./store/store.js";
import { FAVICON_SVG } from "./favicon.js";
import { jsonBudget } from "./limits.js";
import { inProcessDocx, type DocxRenderer } from "./render.js";
import { docxRenderer } from "@ctip-vn/domain/resolution/docx";

export interface AppOptions {
  readonly store: Store;
  readonly storageKind: "sqlite" | "d1" | "postgres";
  /** Origins allowed to call the API from a browser (the admin is served same-origin). */
  readonly corsOrigins?: ReadonlyArray<string>;
  /** Requests per minute per client. */
  readonly rateLimitPerMinute?: number;
  /**
   * Count rate-limit windows in the database, shared by every instance on it. Default: on for
   * PostgreSQL (several instances), off for SQLite (one server) and D1.
   */
  readonly sharedRateLimit?: boolean;
  /** The rate limiter's clock (ms since the epoch); default `Date.now`. */
  readonly now?: () => number;
  readonly maxBodyBytes?: number;
  /** Identifies the client for rate limiting (remote address on Node, cf-connecting-ip on Workers). */
  readonly clientKey?: (c: Context) => string;
  /** Where the docs page loads Swagger UI from. */
  readonly docsAssets?: string;
  /**
   * The library reference (`pnpm run docs`: typedoc's static site) served under `/docs/library/`,
   * by path; absent when it is not built (then `/docs/library/` answers 404 saying how to build it).
   */
  readonly libraryDocs?: (path: string) => Promise<Response | undefined>;
  /** Province profiles installed (default: the packaged Nghệ An and Hải Phòng profiles). */
  readonly provinces?: ReadonlyArray<ProvinceProfile>;
  /** Renders DOCX off the event loop (Node: worker pool); default: in-process, one at a time. */
  readonly renderDocx?: DocxRenderer;
  /** Structured log sink; never receives request bodies. */
  readonly log?: (entry: Record<string, unknown>) => void;
}

const classification: Evaluator = {
  evaluate: (input) => classifyJson(input),
  withAsOf: (input, asOf: IsoDate) => ({ ...(input as object), offenceDate: asOf }),
};

const eligibility = (provinces: ReadonlyArray<ProvinceProfile>): Evaluator => ({
  evaluate: (input) => assessEligibilityJson(input, { provinces }),
  withAsOf: (input, asOf: IsoDate) => ({ ...(input as object), asOf }),
});

const DEFAULT_DOCS_ASSETS = "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5.35.0";

const Health = z.object({ status: z.literal("ok"), version: z.string(), storage: z.string() }).openapi("Health");

/**
 * The storage failure inside `err`, possibly wrapped by Drizzle (`DrizzleQueryError` keeps it as
 * `cause`; its own message holds the query's parameters, so it is never logged).
 */
const storageErrorIn = (err: unknown): StorageError | undefined => {
  for (let e = err, depth = 0; e !== undefined && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) if (e instanceof StorageError) return e;
  return undefined;
};

export const createApp = (options: AppOptions) => {
  const log = options.log ?? (() => {});
  const provinces = options.provinces ?? [ngheAn, haiPhong];
  const clientKey = options.clientKey ?? (() => "local");
  const rateLimitPerMinute = options.rateLimitPerMinute ?? 600;
  if (!Number.isInteger(rateLimitPerMinute) || rateLimitPerMinute < 1) throw new RangeError(`rateLimitPerMinute must be a whole number ≥ 1, got ${rateLimitPerMinute}`);
  const app = router();
  app.use(requestId());
  app.use(async (c, next) => {
    const started = Date.now();
    await next();
    log({ level: "info", requestId: c.get("requestId"), method: c.req.method, path: c.req.path, status: c.res.status, ms: Date.now() - started });
  });
  // The CDN is allowed only when the docs page loads Swagger UI from it (Workers); Node serves it itself.
  const cdn = (options.docsAssets ?? DEFAULT_DOCS_ASSETS).startsWith("https://") ? [new URL(options.docsAssets ?? DEFAULT_DOCS_ASSETS).origin] : [];
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...cdn],
        styleSrc: ["'self'", "'unsafe-inline'", ...cdn],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "no-referrer",
    }),
  );
  // Authenticated answers and anything about accounts must never be stored by a cache.
  app.use("/v1/*", async (c, next) => {
    await next();
    if (c.req.header("authorization") !== undefined || /^\/v1\/(auth|users|sessions)(\/|$)/.test(c.req.path)) c.header("Cache-Control", "no-store");
  });
  app.use("/v1/*", cors({ origin: [...(options.corsOrigins ?? [])], allowHeaders: ["Content-Type", "Authorization", "Accept-Language"], maxAge: 600 }));
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 1024 * 1024,
      onError: (c) => sendProblem(c, "payload-too-large", { detail: { vi: "Nội dung vượt quá giới hạn.", en: `The body exceeds ${options.maxBodyBytes ?? 1024 * 1024} bytes.` } }),
    }),
  );
  let hits = 0;
  const sharedCounter = (key: string, windowStart: string) => {
    // Windows older than the previous one are cleared now and then (every 1,000 requests).
    if (++hits % 1000 === 0) void options.store.rateLimits.purge(new Date(Date.parse(windowStart) - 60_000).toISOString()).catch(() => undefined);
    return options.store.rateLimits.hit(key, windowStart);
  };
  const shared = options.sharedRateLimit ?? options.storageKind === "postgres";
  app.use("/v1/*", rateLimit({ limit: rateLimitPerMinute, windowMs: 60_000, key: clientKey, ...(options.now === undefined ? {} : { now: options.now }), ...(shared ? { counter: sharedCounter } : {}) }));
  app.use("/v1/*", async (c, next) => {
    const method = c.req.method;
    const length = c.req.header("content-length");
    const hasBody = (method === "POST" || method === "PUT" || method === "PATCH") && length !== "0" && (length !== undefined || c.req.raw.body !== null);
    if (hasBody && !(c.req.header("content-type") ?? "").toLowerCase().startsWith("application/json") && !c.req.path.endsWith("/logout") && !c.req.path.endsWith("/replay"))
      return sendProblem(c, "unsupported-media-type", { detail: { vi: "Gửi dữ liệu dạng application/json.", en: "Send the body as application/json." } });
    await next();
    return undefined;
  });

  app.use("/v1/*", jsonBudget());

  const routes = app
    .openapi(
      createRoute({ method: "get", path: "/health", tags: ["System"], summary: "Liveness and a real database write-and-read probe (503 when storage cannot durably write)", responses: { 200: json(Health, "Healthy"), ...problemResponses(503) } }),
      async (c) => {
        try {
          await options.store.probe();
          return c.json({ status: "ok" as const, version: LIBRARY_VERSION, storage: options.storageKind }, 200);
        } catch {
          return sendProblem(c, "storage-unavailable", {}, { "Retry-After": "5" });
        }
      },
    )
    .route("/", classificationRoutes())
    .route("/", kpiRoutes(provinces))
    .route("/", lawRoutes())
    .route("/", authRoutes(options.store, { clientKey, provinceIds: provinces.map((p) => p.id) }))
    .route("/", eligibilityRoutes(provinces))
    .route("/", resolutionRoutes(options.store, provinces, options.renderDocx ?? inProcessDocx(async (doc, o) => docxRenderer(await import("./docx-library.js"))(doc, o))))
    .route("/", provinceRoutes(options.store, provinces))
    .route("/", decisionRoutes(options.store, { classification, eligibility: eligibility(provinces) }, provinces.map((p) => p.id)))
    .route("/", caseRoutes(options.store, provinces.map((p) => p.id)));

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "ctip-vn API",
      version: LIBRARY_VERSION,
      description: "Vietnam's counter-trafficking-in-persons law: case classification, KPIs, the law catalogue and records. Errors are RFC 9457 problem+json.",
      license: { name: "Apache-2.0", url: "https://www.apache.org/licenses/LICENSE-2.0" },
    },
    servers: [{ url: "/" }],
  });
  app.get("/docs", (c) => c.html(docsPage(options.docsAssets ?? DEFAULT_DOCS_ASSETS)));
  app.get("/favicon.ico", (c) => c.body(FAVICON_SVG, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" }));
  app.get("/docs/init.js", (c) => c.body(docsInit, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  app.get("/docs/library", (c) => c.redirect("/docs/library/", 301));
  app.get("/docs/library/*", async (c) => {
    const file = options.libraryDocs === undefined ? undefined : await options.libraryDocs(c.req.path.slice("/docs/library".length));
    if (file !== undefined) return file;
    return sendProblem(c, "not-found", {
      detail:
        options.libraryDocs === undefined
          ? {
              vi: "Máy chủ này không phục vụ tài liệu tham khảo thư viện: chạy pnpm run docs (pnpm start tự tạo) rồi khởi động lại máy chủ Node, hoặc đăng các tệp tĩnh trong docs/api lên bất kỳ máy chủ web nào.",
              en: "This server does not serve the library reference: run pnpm run docs (pnpm start builds it) and restart the Node server, or publish the static files in docs/api on any web host.",
            }
          : { vi: "Không có trang này trong tài liệu tham khảo thư viện.", en: "No such page in the library reference." },
    });
  });

  // 405 with Allow when the path exists under other methods; 404 otherwise.
  let known: Array<{ method: string; re: RegExp }> | undefined;
  const allowed = (path: string): string[] => {
    known ??= app.routes
      .filter((r) => r.method !== "ALL")
      .map((r) => ({
        method: r.method,
        re: new RegExp(`^${r.path.replace(/:[A-Za-z0-9_]+\{([^}]+)\}/g, "($1)").replace(/:[A-Za-z0-9_]+/g, "[^/]+").replace(/\/\*$/, "/.*")}$`),
      }));
    return [...new Set(known.filter((k) => k.re.test(path)).map((k) => k.method))];
  };
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0 && !methods.includes(c.req.method)) {
      const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : [])].join(", ");
      return sendProblem(c, "method-not-allowed", { detail: { vi: `Dùng ${allow}.`, en: `Use ${allow}.` } }, { Allow: allow });
    }
    return sendProblem(c, "not-found", { detail: { vi: `Không có tài nguyên ${c.req.method} ${c.req.path}.`, en: `No resource at ${c.req.method} ${c.req.path}.` } });
  });
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      const malformed = err.status === 400 && /json/i.test(err.message);
      return sendProblem(c, malformed ? "malformed-json" : err.status === 413 ? "payload-too-large" : err.status === 401 ? "unauthenticated" : "invalid-request", { detail: err.message });
    }
    const storage = storageErrorIn(err);
    if (storage !== undefined) {
      log({ level: "error", requestId: c.get("requestId"), path: c.req.path, error: storage.name, message: storage.message });
      return sendProblem(c, "storage-unavailable", { requestId: c.get("requestId"), detail: { vi: "Chưa lưu được. Hãy thử lại sau ít giây.", en: "Nothing was saved. Retry in a few seconds." } }, { "Retry-After": "5" });
    }
    log({ level: "error", requestId: c.get("requestId"), path: c.req.path, error: err.name });
    return sendProblem(c, "internal", { requestId: c.get("requestId") });
  });
  return routes;
};

export type AppType = ReturnType<typeof createApp>;
