import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import type { Context } from "hono";
import { bearerToken, hashPassword, newId, newToken, provincesOf, requireRole, tokenHash, verifyPassword, type AuthUser } from "../auth.js";
import { accountKey, addressKey, clearFailures, LOGIN_POLICY, lockedFor, recordFailure } from "../login-guard.js";
import { problemResponses, sendProblem, unknownProvince as unknownProvinceText } from "../problem.js";
import { bearer, json, jsonBody, router } from "../router.js";
import type { Store, UserRow } from "../store/store.js";

const SESSION_HOURS = 12;
const WRONG_PASSWORD = { vi: "Mật khẩu hiện tại không đúng.", en: "The current password is wrong." };
const SAME_PASSWORD = { vi: "Mật khẩu mới phải khác mật khẩu cũ.", en: "The new password must differ from the current one." };
// Local installs use addresses such as admin@localhost, which strict e-mail syntax rejects.
const Email = z.string().max(200).regex(/^[^\s@]+@[^\s@]+$/, "an e-mail address");
const Role = z.enum(["viewer", "editor", "admin"]);
/** A new password: 12 to 200 characters, not counting leading and trailing spaces. */
const NewPassword = z
  .string()
  .max(200)
  .refine((p) => p.trim().length >= 12, "at least 12 characters, not counting leading and trailing spaces");
const Provinces = z
  .array(z.string().regex(/^(\*|[a-z]+(?:-[a-z]+)*)$/, "a province id (e.g. nghe-an) or * for every province"))
  .max(100)
  .openapi({ description: "Provinces where the role applies; `*` = every province and national records", example: ["nghe-an"] });
const Login = z.object({ email: Email, password: z.string().min(1).max(200) }).strict().openapi("Login");
const Me = z.object({ id: z.string(), email: z.string(), role: Role, provinces: z.array(z.string()), mustChangePassword: z.boolean() }).openapi("Me");
const Session = z.object({ token: z.string(), expiresAt: z.string(), mustChangePassword: z.boolean(), user: Me }).openapi("Session");
const User = z
  .object({ id: z.string(), email: z.string(), role: Role, provinces: z.array(z.string()), disabled: z.boolean(), mustChangePassword: z.boolean(), createdAt: z.string() })
  .openapi("User");
const NewUser = z
  .object({
    email: Email,
    password: NewPassword,
    role: Role,
    provinces: Provinces.optional(),
    mustChangePassword: z.boolean().optional().openapi({ description: "Default true: the user sets their own password at first sign-in" }),
  })
  .strict()
  .openapi("NewUser");
const UserPatch = z.object({ role: Role.optional(), provinces: Provinces.optional(), disabled: z.boolean().optional() }).strict().openapi("UserPatch");
const PasswordReset = z.object({ password: NewPassword }).strict().openapi("PasswordReset");
const PasswordChange = z.object({ currentPassword: z.string().min(1).max(200), newPassword: NewPassword }).strict().openapi("PasswordChange");
const IdParam = z.object({ id: z.string().uuid() });

const userView = (u: UserRow) => ({ id: u.id, email: u.email, role: u.role, provinces: provincesOf(u), disabled: u.disabled, mustChangePassword: u.mustChangePassword, createdAt: u.createdAt });
const meView = (u: AuthUser) => ({ id: u.id, email: u.email, role: u.role, provinces: [...u.provinces], mustChangePassword: u.mustChangePassword });
const DUMMY_HASH = "pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA";

/** Whether an admin may manage an account with these provinces (national admins: all; others: a subset of theirs). */
const manages = (admin: AuthUser, provinces: ReadonlyArray<string>) => admin.scope.all || (provinces.length > 0 && provinces.every((p) => p !== "*" && admin.provinces.includes(p)));

export const authRoutes = (store: Store, options: { readonly clientKey: (c: Context) => string; readonly provinceIds: ReadonlyArray<string>; readonly now?: () => number }) => {
  const now = options.now ?? Date.now;
  const app = router();
  for (const path of ["/v1/auth/me", "/v1/auth/logout", "/v1/auth/password"]) app.use(path, requireRole(store, "viewer"));
  app.use("/v1/users", requireRole(store, "admin"));
  app.use("/v1/users/*", requireRole(store, "admin"));
  app.use("/v1/sessions/*", requireRole(store, "admin"));

  const unknownProvince = (provinces: ReadonlyArray<string> | undefined) => provinces?.find((p) => p !== "*" && !options.provinceIds.includes(p));
  /** The target user when the calling admin may manage them; undefined (→ 404) otherwise. */
  const target = async (admin: AuthUser, id: string) => {
    const u = await store.users.byId(id);
    return u !== undefined && manages(admin, provincesOf(u)) ? u : undefined;
  };
  const keepsNationalAdmin = async (u: UserRow, next: { role?: string | undefined; provinces?: ReadonlyArray<string> | undefined; disabled?: boolean | undefined; deleted?: boolean }) => {
    const wasNationalAdmin = u.role === "admin" && !u.disabled && provincesOf(u).includes("*");
    if (!wasNationalAdmin) return true;
    const stays = !next.deleted && (next.role ?? "admin") === "admin" && next.disabled !== true && (next.provinces ?? ["*"]).includes("*");
    return stays || (await store.users.nationalAdmins()) > 1;
  };
  const lastAdmin = (c: Context) => sendProblem(c, "conflict", { detail: { vi: "Phải còn ít nhất một quản trị viên toàn quốc đang hoạt động.", en: "At least one active national admin must remain." } });

  return app
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/auth/login",
        tags: ["Auth"],
        summary: "Exchange email and password for a bearer token (with per-account and per-address backoff)",
        request: jsonBody(Login),
        responses: { 200: json(Session, "A session; `mustChangePassword` means only /v1/auth/password, /v1/auth/me and /v1/auth/logout work until it is changed"), ...problemResponses(400, 401, 429) },
      }),
      async (c) => {
        const body = c.req.valid("json");
        const email = body.email.trim().toLowerCase();
        const t = now();
        const keys = [accountKey(email), addressKey(options.clientKey(c))];
        const wait = await lockedFor(store, keys, t);
        if (wait > 0) {
          const retry = Math.ceil(wait / 1000);
          return sendProblem(c, "sign-in-locked", { detail: { vi: `Đăng nhập sai quá nhiều lần. Thử lại sau ${retry} giây.`, en: `Too many failed sign-ins. Retry in ${retry} s.` } }, { "Retry-After": String(retry) });
        }
        const user = await store.users.byEmail(email);
        // Always run the KDF so timing does not reveal whether the account exists.
        const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
        if (user === undefined || !ok || user.disabled) {
          await recordFailure(store, keys[0] as string, LOGIN_POLICY.accountThreshold, t);
          await recordFailure(store, keys[1] as string, LOGIN_POLICY.addressThreshold, t);
          return sendProblem(c, "unauthenticated", { detail: { vi: "Sai email hoặc mật khẩu.", en: "Wrong email or password." } });
        }
        await clearFailures(store, keys[0] as string);
        const token = newToken();
        const created = new Date(t);
        const expiresAt = new Date(t + SESSION_HOURS * 3600_000).toISOString();
        await store.sessions.purgeExpired(created.toISOString());
        await store.sessions.insert({ tokenHash: await tokenHash(token), userId: user.id, expiresAt, createdAt: created.toISOString() });
        const provinces = provincesOf(user);
        return c.json({ token, expiresAt, mustChangePassword: user.mustChangePassword, user: { id: user.id, email: user.email, role: user.role, provinces, mustChangePassword: user.mustChangePassword } }, 200);
      },
    )
    .openapi(
      createRoute({ method: "post", path: "/v1/auth/logout", tags: ["Auth"], security: bearer, summary: "End the current session (server-side)", responses: { 204: { description: "Logged out" }, ...problemResponses(401) } }),
      async (c) => {
        await store.sessions.remove(await tokenHash(bearerToken(c)));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/auth/me", tags: ["Auth"], security: bearer, summary: "The signed-in user", responses: { 200: json(Me, "The user"), ...problemResponses(401) } }),
      (c) => c.json(meView(c.get("user")), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/auth/password",
        tags: ["Auth"],
        security: bearer,
        summary: "Change your own password (ends your other sessions)",
        request: jsonBody(PasswordChange),
        responses: { 204: { description: "Changed" }, ...problemResponses(400, 401) },
      }),
      async (c) => {
        const body = c.req.valid("json");
        const me = c.get("user");
        const row = await store.users.byId(me.id);
        if (row === undefined || !(await verifyPassword(body.currentPassword, row.passwordHash)))
          return sendProblem(c, "invalid-request", { detail: WRONG_PASSWORD, errors: [{ path: "currentPassword", code: "password.wrong", message: WRONG_PASSWORD }] });
        if (body.newPassword === body.currentPassword)
          return sendProblem(c, "invalid-request", { detail: SAME_PASSWORD, errors: [{ path: "newPassword", code: "password.unchanged", message: SAME_PASSWORD }] });
        await store.users.update(me.id, { passwordHash: await hashPassword(body.newPassword), mustChangePassword: false });
        await store.sessions.revokeOthers(me.id, await tokenHash(bearerToken(c)));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/users", tags: ["Accounts"], security: bearer, summary: "List the accounts you manage (admin)", responses: { 200: json(z.array(User), "Users"), ...problemResponses(401, 403) } }),
      async (c) => c.json((await store.users.list()).filter((u) => manages(c.get("user"), provincesOf(u))).map(userView), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/users",
        tags: ["Accounts"],
        security: bearer,
        summary: "Create an account (admin); by default the user must change the password at first sign-in",
        request: jsonBody(NewUser),
        responses: { 201: json(User, "Created"), ...problemResponses(400, 401, 403, 409) },
      }),
      async (c) => {
        const body = c.req.valid("json");
        const admin = c.get("user");
        const provinces = body.provinces ?? (admin.scope.all ? ["*"] : [...admin.provinces]);
        const unknown = unknownProvince(provinces);
        if (unknown !== undefined) return sendProblem(c, "invalid-request", { detail: unknownProvinceText(unknown), errors: [{ path: "provinces", code: "province.unknown", params: { province: unknown }, message: unknownProvinceText(unknown) }] });
        if (!manages(admin, provinces)) return sendProblem(c, "forbidden", { detail: { vi: "Không thể cấp quyền ngoài phạm vi của bạn.", en: "You cannot grant provinces outside your own." } });
        const row: UserRow = {
          id: newId(),
          email: body.email.trim().toLowerCase(),
          role: body.role,
          passwordHash: await hashPassword(body.password),
          createdAt: new Date(now()).toISOString(),
          provinces: JSON.stringify(provinces),
          disabled: false,
          mustChangePassword: body.mustChangePassword ?? true,
        };
        if (!(await store.users.insert(row))) return sendProblem(c, "conflict", { detail: { vi: "Email đã được dùng.", en: "This email is already registered." } });
        return c.json(userView(row), 201);
      },
    )
    .openapi(
      createRoute({
        method: "patch",
        path: "/v1/users/{id}",
        tags: ["Accounts"],
        security: bearer,
        summary: "Change an account's role, provinces or disabled state (admin); disabling ends its sessions",
        request: { params: IdParam, ...jsonBody(UserPatch) },
        responses: { 200: json(User, "Updated"), ...problemResponses(400, 401, 403, 404, 409) },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const patch = c.req.valid("json");
        const u = await target(c.get("user"), id);
        if (u === undefined) return sendProblem(c, "not-found");
        const unknown = unknownProvince(patch.provinces);
        if (unknown !== undefined) return sendProblem(c, "invalid-request", { detail: unknownProvinceText(unknown), errors: [{ path: "provinces", code: "province.unknown", params: { province: unknown }, message: unknownProvinceText(unknown) }] });
        if (patch.provinces !== undefined && !manages(c.get("user"), patch.provinces))
          return sendProblem(c, "forbidden", { detail: { vi: "Không thể cấp quyền ngoài phạm vi của bạn.", en: "You cannot grant provinces outside your own." } });
        if (!(await keepsNationalAdmin(u, patch))) return lastAdmin(c);
        await store.users.update(id, { ...(patch.role === undefined ? {} : { role: patch.role }), ...(patch.provinces === undefined ? {} : { provinces: JSON.stringify(patch.provinces) }), ...(patch.disabled === undefined ? {} : { disabled: patch.disabled }) });
        if (patch.disabled === true) await store.sessions.revokeUser(id);
        const updated = await store.users.byId(id);
        return updated === undefined ? sendProblem(c, "not-found") : c.json(userView(updated), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/users/{id}/password",
        tags: ["Accounts"],
        security: bearer,
        summary: "Reset an account's password (admin): its sessions end and it must change the password at next sign-in",
        request: { params: IdParam, ...jsonBody(PasswordReset) },
        responses: { 204: { description: "Reset" }, ...problemResponses(400, 401, 403, 404) },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        if ((await target(c.get("user"), id)) === undefined) return sendProblem(c, "not-found");
        await store.users.update(id, { passwordHash: await hashPassword(c.req.valid("json").password), mustChangePassword: true });
        await store.sessions.revokeUser(id);
        await clearFailures(store, accountKey((await store.users.byId(id))?.email ?? ""));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/v1/users/{id}",
        tags: ["Accounts"],
        security: bearer,
        summary: "Delete an account and its sessions (admin); records it created keep its e-mail",
        request: { params: IdParam },
        responses: { 204: { description: "Deleted" }, ...problemResponses(401, 403, 404, 409) },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        const u = await target(c.get("user"), id);
        if (u === undefined) return sendProblem(c, "not-found");
        if (id === c.get("user").id) return sendProblem(c, "conflict", { detail: { vi: "Không thể tự xóa tài khoản của mình.", en: "You cannot delete your own account." } });
        if (!(await keepsNationalAdmin(u, { deleted: true }))) return lastAdmin(c);
        return (await store.users.remove(id)) ? c.body(null, 204) : sendProblem(c, "not-found");
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/users/{id}/sessions/revoke",
        tags: ["Accounts"],
        security: bearer,
        summary: "End every session of an account (admin)",
        request: { params: IdParam },
        responses: { 200: json(z.object({ revoked: z.number().int() }), "Sessions ended"), ...problemResponses(401, 403, 404) },
      }),
      async (c) => {
        const { id } = c.req.valid("param");
        if ((await target(c.get("user"), id)) === undefined) return sendProblem(c, "not-found");
        return c.json({ revoked: await store.sessions.revokeUser(id) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/sessions/purge",
        tags: ["Accounts"],
        security: bearer,
        summary: "Delete expired sessions (admin; sign-in also does this)",
        responses: { 200: json(z.object({ purged: z.number().int() }), "Expired sessions deleted"), ...problemResponses(401, 403) },
      }),
      async (c) => c.json({ purged: await store.sessions.purgeExpired(new Date(now()).toISOString()) }, 200),
    );
};
