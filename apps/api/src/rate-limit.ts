import type { Context, MiddlewareHandler } from "hono";
import { sendProblem } from "./problem.js";

/**
 * Fixed-window rate limit per client, in memory (one process or isolate). Over the limit the
 * client gets 429 with `Retry-After`.
 */
export const rateLimit = (options: { readonly limit: number; readonly windowMs: number; readonly key: (c: Context) => string; readonly now?: () => number }): MiddlewareHandler => {
  const windows = new Map<string, { start: number; count: number }>();
  const now = options.now ?? Date.now;
  return async (c, next) => {
    const t = now();
    const k = options.key(c);
    let w = windows.get(k);
    if (w === undefined || t - w.start >= options.windowMs) {
      w = { start: t, count: 0 };
      windows.set(k, w);
      if (windows.size > 10_000) for (const [key, v] of windows) if (t - v.start >= options.windowMs) windows.delete(key);
    }
    w.count += 1;
    if (w.count > options.limit) {
      const retry = Math.max(1, Math.ceil((w.start + options.windowMs - t) / 1000));
      return sendProblem(c, "too-many-requests", { detail: { vi: `Thử lại sau ${retry} giây.`, en: `Retry in ${retry} s.` } }, { "Retry-After": String(retry) });
    }
    await next();
    return undefined;
  };
};
