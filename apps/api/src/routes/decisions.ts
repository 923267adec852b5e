import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import type { IsoDate } from "@ctip-vn/domain";
import { Result } from "effect";
import { newId, requireRole } from "../auth.js";
import { jsonDiff } from "../diff.js";
import { domainProblem } from "../domain-problem.js";
import { BAD_CURSOR, noEvaluator, problemResponses, sendProblem } from "../problem.js";
import { bearer, json, jsonBody, router } from "../router.js";
import { decodeCursor, encodeCursor, provinceForNewRecord } from "../scope.js";
import { inScope, type DecisionRow, type Store } from "../store/store.js";

type Failure = Parameters<typeof domainProblem>[1];
type Evaluated = { readonly receipt: { readonly asOf: string; readonly inputHash: string; readonly resultHash: string; readonly libraryVersion: string } };

/** How one kind of decision is evaluated, and how its "as of" date is moved for a replay. */
export interface Evaluator {
  readonly evaluate: (input: unknown) => Result.Result<Evaluated, Failure>;
  readonly withAsOf: (input: unknown, asOf: IsoDate) => unknown;
}

const CaseRef = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, "a pseudonymous case reference: letters, digits, . _ / - (no names)")
  .openapi({ example: "NA-2024-0042" });
const ProvinceId = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/).openapi({ example: "nghe-an", description: "Province the record belongs to (default: your only province; national accounts: none = national)" });
const NewDecision = z.object({ kind: z.enum(["classification", "eligibility"]), caseRef: CaseRef, province: ProvinceId.optional(), input: z.record(z.string(), z.unknown()) }).strict().openapi("NewDecision");
const Decision = z
  .object({
    id: z.string(),
    kind: z.enum(["classification", "eligibility"]),
    caseRef: z.string(),
    province: z.string().nullable(),
    asOf: z.string(),
    input: z.unknown(),
    result: z.unknown(),
    receipt: z.object({ inputHash: z.string(), resultHash: z.string(), libraryVersion: z.string() }),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("Decision");
const Replay = z
  .object({
    decision: z.string(),
    atAsOf: z.object({ asOf: z.string(), result: z.unknown(), sameAsStored: z.boolean(), differences: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })) }),
    today: z.object({ asOf: z.string(), result: z.unknown().nullable(), problem: z.string().optional(), differences: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })) }),
  })
  .openapi("Replay");

// Messages are compared by code, state, params and basis: their rendered text may change wording
// between versions without changing the decision.
const IGNORE = new Set(["receipt", "evaluatedAt", "text", "display"]);
const toView = (r: DecisionRow) => ({
  id: r.id,
  kind: r.kind,
  caseRef: r.caseRef,
  province: r.province,
  asOf: r.asOf,
  input: JSON.parse(r.inputJson) as unknown,
  result: JSON.parse(r.resultJson) as unknown,
  receipt: { inputHash: r.inputHash, resultHash: r.resultHash, libraryVersion: r.libraryVersion },
  createdBy: r.createdBy,
  createdAt: r.createdAt,
});
const IdParam = z.object({ id: z.string().uuid() });

export const decisionRoutes = (store: Store, evaluators: Readonly<Partial<Record<"classification" | "eligibility", Evaluator>>>, provinceIds: ReadonlyArray<string>) => {
  const app = router();
  app.on(["POST"], "/v1/decisions", requireRole(store, "editor"));
  app.on(["GET"], "/v1/decisions", requireRole(store, "viewer"));
  app.use("/v1/decisions/*", requireRole(store, "viewer"));
  return app
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/decisions",
        tags: ["Records"],
        security: bearer,
        summary: "Evaluate and save a decision (editor): pseudonymous case reference, input, result and receipt",
        request: jsonBody(NewDecision),
        responses: { 201: json(Decision, "Saved"), ...problemResponses(400, 401, 403, 422) },
      }),
      async (c) => {
        const body = c.req.valid("json");
        const evaluator = evaluators[body.kind];
        if (evaluator === undefined) return sendProblem(c, "not-found", { detail: noEvaluator(body.kind) });
        const owner = provinceForNewRecord(c, c.get("user"), body.province, provinceIds);
        if (owner instanceof Response) return owner;
        const r = evaluator.evaluate(body.input);
        if (Result.isFailure(r)) return domainProblem(c, r.failure);
        const row: DecisionRow = {
          id: newId(),
          kind: body.kind,
          caseRef: body.caseRef,
          asOf: r.success.receipt.asOf,
          inputJson: JSON.stringify(body.input),
          resultJson: JSON.stringify(r.success),
          inputHash: r.success.receipt.inputHash,
          resultHash: r.success.receipt.resultHash,
          libraryVersion: r.success.receipt.libraryVersion,
          createdBy: c.get("user").email,
          createdAt: new Date().toISOString(),
          province: owner.province,
        };
        await store.decisions.insert(row);
        return c.json(toView(row), 201);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/v1/decisions",
        tags: ["Records"],
        security: bearer,
        summary: "Saved decisions of your provinces, newest first (viewer); a full page carries `X-Next-Cursor` (and a `Link: rel=next`) for the next one",
        request: {
          query: z.object({
            caseRef: CaseRef.optional(),
            limit: z.coerce.number().int().min(1).max(500).optional(),
            cursor: z.string().max(200).optional().openapi({ description: "The `X-Next-Cursor` of the previous page" }),
          }),
        },
        responses: { 200: json(z.array(Decision), "Decisions"), ...problemResponses(400, 401) },
      }),
      async (c) => {
        const q = c.req.valid("query");
        const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
        if (q.cursor !== undefined && cursor === undefined) return sendProblem(c, "invalid-request", { detail: BAD_CURSOR, errors: [{ path: "cursor", code: "cursor.invalid", message: BAD_CURSOR }] });
        const limit = q.limit ?? 100;
        const rows = await store.decisions.list({ scope: c.get("user").scope, ...(q.caseRef === undefined ? {} : { caseRef: q.caseRef }), limit, ...(cursor === undefined ? {} : { cursor }) });
        const last = rows.at(-1);
        if (rows.length === limit && last !== undefined) {
          const next = encodeCursor({ createdAt: last.createdAt, id: last.id });
          const url = new URL(c.req.url);
          url.searchParams.set("cursor", next);
          c.header("X-Next-Cursor", next);
          c.header("Link", `<${url.pathname}${url.search}>; rel="next"`);
        }
        return c.json(rows.map(toView), 200);
      },
    )
    .openapi(
      createRoute({ method: "get", path: "/v1/decisions/{id}", tags: ["Records"], security: bearer, summary: "One saved decision", request: { params: IdParam }, responses: { 200: json(Decision, "The decision"), ...problemResponses(400, 401, 404) } }),
      async (c) => {
        const row = await store.decisions.byId(c.req.valid("param").id);
        return row === undefined || !inScope(c.get("user").scope, row.province) ? sendProblem(c, "not-found") : c.json(toView(row), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/v1/decisions/{id}/replay",
        tags: ["Records"],
        security: bearer,
        summary: "Re-evaluate a saved decision with the rules of its date and with today's, and show the differences",
        request: { params: IdParam },
        responses: { 200: json(Replay, "Replay"), ...problemResponses(400, 401, 404) },
      }),
      async (c) => {
        const row = await store.decisions.byId(c.req.valid("param").id);
        if (row === undefined || !inScope(c.get("user").scope, row.province)) return sendProblem(c, "not-found");
        const evaluator = evaluators[row.kind];
        if (evaluator === undefined) return sendProblem(c, "not-found", { detail: noEvaluator(row.kind) });
        const stored = JSON.parse(row.resultJson) as unknown;
        const input = JSON.parse(row.inputJson) as unknown;
        const again = evaluator.evaluate(input);
        if (Result.isFailure(again)) return domainProblem(c, again.failure);
        const today = new Date().toISOString().slice(0, 10) as IsoDate;
        const now = evaluator.evaluate(evaluator.withAsOf(input, today));
        return c.json(
          {
            decision: row.id,
            atAsOf: { asOf: row.asOf, result: again.success, sameAsStored: again.success.receipt.resultHash === row.resultHash, differences: jsonDiff(stored, again.success, IGNORE) },
            today: Result.isSuccess(now)
              ? { asOf: today, result: now.success, differences: jsonDiff(again.success, now.success, IGNORE) }
              : { asOf: today, result: null, problem: now.failure._tag, differences: [] },
          },
          200,
        );
      },
    );
};
