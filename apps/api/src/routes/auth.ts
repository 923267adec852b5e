import { createRoute, z } from "@hono/zod-openapi";
import { hashPassword, newId, newToken, requireRole, tokenHash, verifyPassword } from "../auth.js";
import { problemResponses, sendProblem } from "../problem.js";
import { bearer, json, jsonBody, router } from "../router.js";
import type { Store } from "../store/store.js";

const SESSION_HOURS = 12;
// Local installs use addresses such as admin@localhost, which strict e-mail syntax rejects.
const Email = z.string().max(200).regex(/^[^\s@]+@[^\s@]+$/, "an e-mail address");
const Login = z.object({ email: Email, password: z.string().min(1).max(200) }).strict().openapi("Login");
const Session = z.object({ token: z.string(), expiresAt: z.string(), user: z.object({ id: z.string(), email: z.string(), role: z.enum(["viewer", "editor", "admin"]) }) }).openapi("Session");
const NewUser = z.object({ email: Email, password: z.string().min(12).max(200), role: z.enum(["viewer", "editor", "admin"]) }).strict().openapi("NewUser");
const User = z.object({ id: z.string(), email: z.string(), role: z.enum(["viewer", "editor", "admin"]), createdAt: z.string() }).openapi("User");

export const authRoutes = (store: Store) => {
  const app = router();
  app.use("/v1/auth/me", requireRole(store, "viewer"));
  app.use("/v1/auth/logout", requireRole(store, "viewer"));
  app.use("/v1/users", requireRole(store, "admin"));
  return app
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/auth/login",
        tags: ["Auth"],
        summary: "Exchange email and password for a bearer token",
        request: jsonBody(Login),
        responses: { 200: json(Session, "A session"), ...problemResponses(400, 401, 429) },
      }),
      async (c) => {
        const { email, password } = c.req.valid("json");
        const user = await store.users.byEmail(email.toLowerCase());
        // Always run the KDF so timing does not reveal whether the account exists.
        const ok = await verifyPassword(password, user?.passwordHash ?? "pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
        if (user === undefined || !ok)
          return sendProblem(c, "unauthenticated", { detail: { vi: "Sai email hoặc mật khẩu.", en: "Wrong email or password." } });
        const token = newToken();
        const now = new Date();
        const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
        await store.sessions.insert({ tokenHash: await tokenHash(token), userId: user.id, expiresAt, createdAt: now.toISOString() });
        return c.json({ token, expiresAt, user: { id: user.id, email: user.email, role: user.role } }, 200);
      },
    )
    .openapi(
      createRoute({ method: "post", path: "/v1/auth/logout", tags: ["Auth"], security: bearer, summary: "End the current session", responses: { 204: { description: "Logged out" }, ...problemResponses(401) } }),
      async (c) => {
        const token = (c.req.header("authorization") ?? "").slice(7).trim();
        await store.sessions.remove(await tokenHash(token));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/auth/me", tags: ["Auth"], security: bearer, summary: "The signed-in user", responses: { 200: json(Session.shape.user, "The user"), ...problemResponses(401) } }),
      (c) => c.json(c.get("user"), 200),
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/users", tags: ["Auth"], security: bearer, summary: "List users (admin)", responses: { 200: json(z.array(User), "Users"), ...problemResponses(401, 403) } }),
      async (c) => c.json(await store.users.list(), 200),
    )
    .openapi(
      createRoute({ method: "post", path: "/v1/users", tags: ["Auth"], security: bearer, summary: "Create a user (admin)", request: jsonBody(NewUser), responses: { 201: json(User, "Created"), ...problemResponses(400, 401, 403, 409) } }),
      async (c) => {
        const body = c.req.valid("json");
        const email = body.email.toLowerCase();
        if ((await store.users.byEmail(email)) !== undefined)
          return sendProblem(c, "conflict", { detail: { vi: "Email đã được dùng.", en: "This email is already registered." } });
        const row = { id: newId(), email, role: body.role, passwordHash: await hashPassword(body.password), createdAt: new Date().toISOString() };
        await store.users.insert(row);
        return c.json({ id: row.id, email, role: row.role, createdAt: row.createdAt }, 201);
      },
    );
};
