import { makeApiClient } from "@ctip-vn/api/client";
import { QueryClient } from "@tanstack/solid-query";
import { locale, t } from "../i18n/index.js";
import { authHeaders, setSession } from "./session.js";

/** The typed API client for the page's own origin (the API serves this app). */
export const api = makeApiClient(typeof window === "undefined" ? "http://127.0.0.1:8787" : window.location.origin);

/** The one query cache of the app. */
export const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false } } });

/** A problem+json answer, as the admin shows it (title and detail in the page's language when the API has it). */
export interface ProblemView {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}

/** Thrown by {@link read} so queries and mutations carry the problem. */
export class ProblemError extends Error {
  constructor(readonly problem: ProblemView) {
    super(problem.title);
  }
}

/** Headers every call sends: the session token and the page's language (the API answers vi or en). */
export const headers = (): Record<string, string> => ({ ...authHeaders(), "Accept-Language": locale() === "vi" ? "vi" : `${locale()},en;q=0.8` });

/** Reads a response: its JSON body when OK, else throws a {@link ProblemError}. */
export const read = async <T,>(res: Promise<Response> | Response): Promise<T> => {
  let r: Response;
  try {
    r = await res;
  } catch {
    throw new ProblemError({ status: 0, title: t("problem.network"), errors: [] });
  }
  const body: unknown = r.status === 204 ? null : await r.json().catch(() => null);
  if (r.ok) return body as T;
  const p = (body ?? {}) as { title?: string; detail?: string; errors?: Array<{ path: string; message: string }> };
  throw new ProblemError({ status: r.status, title: p.title ?? t("problem.http", { status: r.status }), ...(p.detail === undefined ? {} : { detail: p.detail }), errors: p.errors ?? [] });
};

/** A JSON call for routes the typed client does not know yet (account management is being added server-side). */
export const call = <T,>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> =>
  read<T>(fetch(path, { method, headers: { ...headers(), ...(body === undefined ? {} : { "Content-Type": "application/json" }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));

/** The problem carried by an error, or a generic one. */
export const problemOf = (e: unknown): ProblemView => (e instanceof ProblemError ? e.problem : { status: 0, title: t("problem.network"), errors: [] });

/** Ends the session on the server, then forgets it in this tab and empties the cache. */
export const signOut = async () => {
  await call("POST", "/v1/auth/logout").catch(() => undefined);
  setSession(undefined);
  queryClient.clear();
};
