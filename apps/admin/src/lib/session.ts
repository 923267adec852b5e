import { createRoot, createSignal } from "solid-js";

const KEY = "ctip-vn.session";

/** The signed-in user, kept for the browser tab only (sessionStorage), never in localStorage. */
export interface Session {
  readonly token: string;
  readonly email: string;
  readonly role: "viewer" | "editor" | "admin";
  readonly expiresAt: string;
  readonly mustChangePassword?: boolean;
}

/** Reads a stored session, dropping it when malformed or expired. */
export const readSession = (raw: string | null, now = new Date().toISOString()): Session | undefined => {
  if (raw === null) return undefined;
  try {
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.token !== "string" || typeof s.email !== "string" || typeof s.expiresAt !== "string" || (s.role !== "viewer" && s.role !== "editor" && s.role !== "admin")) return undefined;
    return s.expiresAt > now ? (s as Session) : undefined;
  } catch {
    return undefined;
  }
};

const storage = typeof sessionStorage === "undefined" ? undefined : sessionStorage;
const [session, setSessionSignal] = createRoot(() => createSignal<Session | undefined>(readSession(storage?.getItem(KEY) ?? null)));

export { session };
export const setSession = (s: Session | undefined) => {
  if (s === undefined) storage?.removeItem(KEY);
  else storage?.setItem(KEY, JSON.stringify(s));
  setSessionSignal(s);
};
export const authHeaders = (): Record<string, string> => {
  const s = session();
  return s === undefined ? {} : { Authorization: `Bearer ${s.token}` };
};
export const canEdit = () => session()?.role === "editor" || session()?.role === "admin";
export const isAdmin = () => session()?.role === "admin";
