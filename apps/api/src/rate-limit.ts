import type { Context, MiddlewareHandler } from "hono";
import { sendProblem } from "./problem.js";

/**
 * Counts a request of `key` in the fixed window starting at `windowStart` (ISO time) and returns
 * the count so far in it. Backed by the database when several instances share one
 * (`store.rateLimits.hit`), so a client cannot multiply its allowance by the number of instances.
 */
export type RateLimitCounter = (key: string, windowStart: string) => Promise<number>;

/**
 * Fixed-window rate limit per client. Over the limit the client gets 429 with `Retry-After`.
 *
 * Without `counter` the windows live in memory (one process or isolate; a window starts at the
 * client's first request). With a shared `counter` the windows are aligned to the clock (every
 * instance agrees on them) and counted in the database; if the database cannot count, the request
 * is counted in memory instead, so a storage failure never turns into a refusal by the limiter.
 */
export const rateLimit = (options: {
  readonly limit: number;
  readonly windowMs: number;
  readonly key: (c: Context) => string;
  readonly now?: () => number;
  readonly counter?: RateLimitCounter;
}): MiddlewareHandler => {
  const windows = new Map<string, { start: number; count: number }>();
  const now = options.now ?? Date.now;
  const inMemory = (k: string, t: number) => {
    let w = windows.get(k);
    if (w === undefined || t - w.start >= options.windowMs) {
      w = { start: options.counter === undefined ? t : t - (t % options.windowMs), count: 0 };
      windows.set(k, w);
      if (windows.size > 10_000) for (const [key, v] of windows) if (t - v.start >= options.windowMs) windows.delete(key);
    }
    w.count += 1;
    return { start: w.start, count: w.count };
  };
  return async (c, next) => {
    const t = now();
    const k = options.key(c);
    let w: { start: number; count: number };
    if (options.counter === undefined) w = inMemory(k, t);
    else {
      const start = t - (t % options.windowMs);
      try {
        w = { start, count: await options.counter(k, new Date(start).toISOString()) };
      } catch {
        w = inMemory(k, t);
      }
    }
    if (w.count > options.limit) {
      const retry = Math.max(1, Math.ceil((w.start + options.windowMs - t) / 1000));
      return sendProblem(c, "too-many-requests", { detail: { vi: `Thử lại sau ${retry} giây.`, en: `Retry in ${retry} s.` } }, { "Retry-After": String(retry) });
    }
    await next();
    return undefined;
  };
};
