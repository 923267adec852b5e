import type { Context } from "hono";
import type { AuthUser } from "./auth.js";
import { PROVINCE_REQUIRED, sendProblem, unknownProvince, type ProblemResponse } from "./problem.js";
import { inScope, type Cursor } from "./store/store.js";

/**
 * The province a new record belongs to: the one asked for (installed, inside the user's scope), or
 * by default the user's only province, or national (null) for national accounts.
 */
export const provinceForNewRecord = (c: Context, user: AuthUser, requested: string | undefined, installed: ReadonlyArray<string>): { province: string | null } | ProblemResponse => {
  if (requested !== undefined) {
    if (!installed.includes(requested)) return sendProblem(c, "invalid-request", { detail: unknownProvince(requested), errors: [{ path: "province", code: "province.unknown", params: { province: requested }, message: unknownProvince(requested) }] });
    if (!inScope(user.scope, requested)) return sendProblem(c, "forbidden", { detail: { vi: "Tỉnh này nằm ngoài phạm vi của bạn.", en: "This province is outside your scope." } });
    return { province: requested };
  }
  if (user.scope.all) return { province: null };
  if (user.provinces.length === 1) return { province: user.provinces[0] ?? null };
  return sendProblem(c, "invalid-request", { detail: PROVINCE_REQUIRED, errors: [{ path: "province", code: "province.required", message: PROVINCE_REQUIRED }] });
};

/** Opaque keyset cursor: base64url of `createdAt|id`. */
export const encodeCursor = (c: Cursor) => Buffer.from(`${c.createdAt}|${c.id}`).toString("base64url");
export const decodeCursor = (s: string): Cursor | undefined => {
  const [createdAt, id, extra] = Buffer.from(s, "base64url").toString("utf8").split("|");
  return createdAt === undefined || id === undefined || extra !== undefined || !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(createdAt) || !/^[0-9a-f-]{36}$/.test(id) ? undefined : { createdAt, id };
};
