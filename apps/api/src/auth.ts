import type { Context, MiddlewareHandler } from "hono";
import { sendProblem } from "./problem.js";
import type { Role, Store, UserRow } from "./store/store.js";

// Cloudflare Workers cap PBKDF2 at 100,000 iterations; the same value is used everywhere so a
// database can move between Node and Workers.
const ITERATIONS = 100_000;
const enc = new TextEncoder();
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (s: string) => Uint8Array.from(atob(s), (ch) => ch.charCodeAt(0));

const derive = async (password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> => {
  const key = await crypto.subtle.importKey("raw", enc.encode(password), "PBKDF2", false, ["deriveBits"]);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations }, key, 256));
};

/** `pbkdf2-sha256$<iterations>$<salt>$<hash>` with a random 16-byte salt. */
export const hashPassword = async (password: string): Promise<string> => {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2-sha256$${ITERATIONS}$${b64(salt)}$${b64(await derive(password, salt, ITERATIONS))}`;
};

/** Constant-time comparison of a password with a stored hash. */
export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, iter, salt, hash] = stored.split("$");
  if (scheme !== "pbkdf2-sha256" || iter === undefined || salt === undefined || hash === undefined) return false;
  const got = await derive(password, unb64(salt), Number(iter));
  const want = unb64(hash);
  let diff = got.length ^ want.length;
  for (let i = 0; i < Math.min(got.length, want.length); i++) diff |= (got[i] ?? 0) ^ (want[i] ?? 0);
  return diff === 0;
};

const hex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
export const tokenHash = async (token: string) => hex(await crypto.subtle.digest("SHA-256", enc.encode(token)));
export const newToken = () => b64(crypto.getRandomValues(new Uint8Array(32))).replaceAll("+", "-").replaceAll("/", "_").replaceAll("=", "");
export const newId = () => crypto.randomUUID();

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export type AuthVariables = { user: Pick<UserRow, "id" | "email" | "role"> };

/** Requires a valid bearer token whose user has at least `role`. */
export const requireRole =
  (store: Store, role: Role): MiddlewareHandler<{ Variables: AuthVariables }> =>
  async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
    if (token === "") return sendProblem(c, "unauthenticated", { detail: { vi: "Thiếu mã truy cập (Bearer).", en: "A bearer token is required." } }, { "WWW-Authenticate": "Bearer" });
    const session = await store.sessions.byTokenHash(await tokenHash(token));
    if (session === undefined || session.expiresAt <= new Date().toISOString())
      return sendProblem(c, "unauthenticated", { detail: { vi: "Mã truy cập không hợp lệ hoặc đã hết hạn.", en: "The token is invalid or expired." } }, { "WWW-Authenticate": "Bearer" });
    const user = await store.users.byId(session.userId);
    if (user === undefined) return sendProblem(c, "unauthenticated", {}, { "WWW-Authenticate": "Bearer" });
    if (RANK[user.role] < RANK[role])
      return sendProblem(c, "forbidden", { detail: { vi: `Cần vai trò ${role}.`, en: `This needs the ${role} role.` } });
    c.set("user", { id: user.id, email: user.email, role: user.role });
    await next();
    return undefined;
  };

/**
 * Creates the first admin when there are no users: from `ADMIN_EMAIL`/`ADMIN_PASSWORD` when
 * given, otherwise with a random one-time password that is returned for printing once.
 */
export const bootstrapAdmin = async (store: Store, env: { ADMIN_EMAIL?: string | undefined; ADMIN_PASSWORD?: string | undefined }) => {
  if ((await store.users.count()) > 0) return undefined;
  const email = env.ADMIN_EMAIL ?? "admin@localhost";
  const password = env.ADMIN_PASSWORD ?? newToken().slice(0, 20);
  await store.users.insert({ id: newId(), email, role: "admin", passwordHash: await hashPassword(password), createdAt: new Date().toISOString() });
  return { email, password: env.ADMIN_PASSWORD === undefined ? password : undefined };
};

export const clientKeyFromHeaders = (c: Context): string => c.req.header("cf-connecting-ip") ?? "local";
