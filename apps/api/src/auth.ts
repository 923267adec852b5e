import type { Context, MiddlewareHandler } from "hono";
import { sendProblem } from "./problem.js";
import { scopeOf, type Role, type Scope, type Store, type UserRow } from "./store/store.js";

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

/** Whether `role` includes the rights of `needed` (viewer < editor < admin). */
export const hasRole = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];

export type AuthUser = Pick<UserRow, "id" | "email" | "role" | "mustChangePassword"> & { readonly provinces: ReadonlyArray<string>; readonly scope: Scope };
export type AuthVariables = { user: AuthUser };

/** The province list stored as JSON on a user row. */
export const provincesOf = (row: Pick<UserRow, "provinces">): string[] => {
  try {
    const v = JSON.parse(row.provinces) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

/** The bearer token of a request (`Authorization: Bearer …`, scheme case-insensitive per RFC 9110). */
export const bearerToken = (c: Context): string => /^bearer[ \t]+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";

// With a password to change, an account may only do this much.
const PASSWORD_CHANGE_PATHS = new Set(["/v1/auth/me", "/v1/auth/password", "/v1/auth/logout"]);

/**
 * Requires a valid bearer token of an enabled account whose role is at least `role`; sets `user`
 * with its province scope. An account that must change its password may only reach
 * `/v1/auth/me`, `/v1/auth/password` and `/v1/auth/logout` until it does.
 */
export const requireRole =
  (store: Store, role: Role): MiddlewareHandler<{ Variables: AuthVariables }> =>
  async (c, next) => {
    const token = bearerToken(c);
    if (token === "") return sendProblem(c, "unauthenticated", { detail: { vi: "Thiếu mã truy cập (Bearer).", en: "A bearer token is required." } }, { "WWW-Authenticate": "Bearer" });
    const session = await store.sessions.byTokenHash(await tokenHash(token));
    if (session === undefined || session.expiresAt <= new Date().toISOString())
      return sendProblem(c, "unauthenticated", { detail: { vi: "Mã truy cập không hợp lệ hoặc đã hết hạn.", en: "The token is invalid or expired." } }, { "WWW-Authenticate": "Bearer" });
    const user = await store.users.byId(session.userId);
    if (user === undefined || user.disabled)
      return sendProblem(c, "unauthenticated", { detail: { vi: "Tài khoản không còn hoạt động.", en: "This account is not active." } }, { "WWW-Authenticate": "Bearer" });
    if (user.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(c.req.path))
      return sendProblem(c, "password-change-required", { detail: { vi: "Hãy đổi mật khẩu (POST /v1/auth/password) trước.", en: "Change your password first (POST /v1/auth/password)." } });
    if (!hasRole(user.role, role))
      return sendProblem(c, "forbidden", { detail: { vi: `Cần vai trò ${role}.`, en: `This needs the ${role} role.` } });
    const provinces = provincesOf(user);
    c.set("user", { id: user.id, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword, provinces, scope: scopeOf(provinces) });
    await next();
    return undefined;
  };

/**
 * Creates the first admin when there are no users: from `ADMIN_EMAIL`/`ADMIN_PASSWORD` when
 * given, otherwise with a random one-time password that is returned for printing once and must be
 * changed at first sign-in. Safe when two first starts race: only the one whose insert wins
 * returns a password.
 */
export const bootstrapAdmin = async (store: Store, env: { ADMIN_EMAIL?: string | undefined; ADMIN_PASSWORD?: string | undefined }) => {
  if ((await store.users.count()) > 0) return undefined;
  const email = (env.ADMIN_EMAIL ?? "admin@localhost").trim().toLowerCase();
  const generated = env.ADMIN_PASSWORD === undefined || env.ADMIN_PASSWORD === "";
  const password = generated ? newToken().slice(0, 20) : (env.ADMIN_PASSWORD as string);
  const inserted = await store.users.insert({
    id: newId(),
    email,
    role: "admin",
    passwordHash: await hashPassword(password),
    createdAt: new Date().toISOString(),
    provinces: JSON.stringify(["*"]),
    disabled: false,
    mustChangePassword: generated,
  });
  if (!inserted) return undefined;
  return { email, password: generated ? password : undefined };
};

export const clientKeyFromHeaders = (c: Context): string => c.req.header("cf-connecting-ip") ?? "local";
