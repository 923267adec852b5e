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
