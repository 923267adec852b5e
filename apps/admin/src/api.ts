import { makeApiClient } from "@ctip-vn/api/client";

/** The API client for the page's own origin (the API serves this app). */
export const api = makeApiClient(typeof window === "undefined" ? "http://127.0.0.1:8787" : window.location.origin);

/** What the health panel shows. */
export type HealthView =
  | { readonly state: "ok"; readonly version: string; readonly storage: string }
  | { readonly state: "down"; readonly reason: string };

/** Reads a /health response into what the page shows; never throws. */
export const readHealth = async (res: Response): Promise<HealthView> => {
  try {
    const body: unknown = await res.json();
    if (res.ok && typeof body === "object" && body !== null && "version" in body && "storage" in body)
      return { state: "ok", version: String(body.version), storage: String(body.storage) };
    const title = typeof body === "object" && body !== null && "title" in body ? String(body.title) : `HTTP ${res.status}`;
    return { state: "down", reason: title };
  } catch {
    return { state: "down", reason: `HTTP ${res.status}` };
  }
};

/** A problem+json answer, as the admin shows it. */
export interface ProblemView {
  readonly title: string;
  readonly detail?: string;
  readonly errors: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}

/** Sends JSON to the API in Vietnamese and returns the body, or the problem it answered with. */
export const postJson = async <T,>(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ ok: true; value: T } | { ok: false; problem: ProblemView }> => {
  const res = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "Accept-Language": "vi", ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const data: unknown = await res.json().catch(() => ({}));
  if (res.ok) return { ok: true, value: data as T };
  const p = data as { title?: string; detail?: string; errors?: Array<{ path: string; message: string }> };
  return { ok: false, problem: { title: p.title ?? `HTTP ${res.status}`, ...(p.detail === undefined ? {} : { detail: p.detail }), errors: p.errors ?? [] } };
};
