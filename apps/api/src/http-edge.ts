import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * Node-server concerns that sit outside the Hono app: configuration parsed at start (a bad value is
 * a start-up error, never a silently disabled limit), the client key behind a reverse proxy, and
 * the security headers of files served outside Hono (admin app, SPA routes, Swagger UI assets).
 */

/** `RATE_LIMIT_PER_MINUTE`: a whole number ≥ 1 (default 600); anything else throws. */
export const parseRateLimit = (raw: string | undefined): number => {
  if (raw === undefined || raw.trim() === "") return 600;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new RangeError(`RATE_LIMIT_PER_MINUTE must be a whole number of requests per minute (≥ 1), got ${JSON.stringify(raw)}`);
  return Number(raw);
};

/**
 * The client address used for rate limiting and sign-in backoff. Without `trustedProxyHeader` it is
 * the TCP peer. With it (e.g. `x-forwarded-for` or `x-real-ip`, set by *your* reverse proxy), it is
 * the right-most address of that header — the one your proxy appended, which a client cannot forge —
 * falling back to the peer when the header is absent.
 */
export const clientKeyFor =
  (trustedProxyHeader: string | undefined) =>
  (c: Context): string => {
    const peer = (() => {
      try {
        return getConnInfo(c).remote.address ?? "unknown";
      } catch {
        return "unknown";
      }
    })();
    if (trustedProxyHeader === undefined || trustedProxyHeader === "") return peer;
    const value = c.req.header(trustedProxyHeader);
    const last = value?.split(",").at(-1)?.trim();
    return last === undefined || last === "" ? peer : last.slice(0, 64);
  };

/** Content-Security-Policy of everything the Node server sends: own origin only, no CDN, no framing. */
export const NODE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": NODE_CSP,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** The response with the static-file security headers added. */
export const withSecurityHeaders = (response: Response): Response => {
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) headers.set(k, v);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
};

/**
 * When an answer is sent before the request body was read (413, 401, 415 …), the connection cannot
 * be reused: say `Connection: close` so the client does not see a reset on its next request.
 */
export const closeIfBodyUnread = (request: Request, response: Response): Response => {
  const length = request.headers.get("content-length");
  const hasBody = request.body !== null && length !== "0";
  if (!hasBody || request.bodyUsed) return response;
  const headers = new Headers(response.headers);
  headers.set("Connection", "close");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
};
