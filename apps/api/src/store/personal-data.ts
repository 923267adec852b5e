import { and, asc, eq, inArray, lt, or, sql } from "drizzle-orm";
import * as schema from "./schema.js";
import type { Db, Tables } from "./store.js";

/** How long each kind of record is kept (days); `undefined` = kept until erased on request. */
export interface RetentionPolicy {
  /** Personal data of a case closed and unchanged for this long is erased (the case and its audit log stay). */
  readonly closedCasesDays?: number;
  /** Saved decisions attached to no case, older than this, are deleted. */
  readonly unattachedDecisionsDays?: number;
  /** Sign-in failure counters quiet for this long are deleted. */
  readonly loginFailuresDays: number;
  /** Rate-limit windows older than this are deleted. */
  readonly rateLimitsDays: number;
}

export interface ErasureCounts {
  readonly notes: number;
  readonly attachments: number;
  readonly decisions: number;
  readonly decisionLinks: number;
  readonly auditEntriesRedacted: number;
}

const ERASED = '{"erased":true}';
const day = 86_400_000;

/**
 * A case's personal data: what is held about it (export) and its erasure, on request or at the end
 * of its retention period. Erasure deletes the notes, the attachment metadata, the saved decisions
 * of the case (victims' ages, injury rates, outcomes) and the links naming persons by pseudonym, and
 * replaces the content of the matching audit entries by the erasure marker — the audit log keeps
 * every entry with who, what and when (the database allows no other change to it). The case itself
 * (pseudonymous reference, province, status, the articles and regimes found) stays, and the erasure
 * is recorded in its own ledger.
 */
export const makePersonalDataStore = (db: Db, t: Tables = schema) => {
  const decisionIdsOf = async (caseId: string, ref: string) =>
    (
      await db
        .select({ id: t.decisions.id })
        .from(t.decisions)
        .where(or(eq(t.decisions.caseRef, ref), inArray(t.decisions.id, db.select({ id: t.caseDecisions.decisionId }).from(t.caseDecisions).where(eq(t.caseDecisions.caseId, caseId)))))
    ).map((r) => r.id);

  const eraseCase = async (caseId: string, actor: string, reason: "request" | "retention", at: string): Promise<ErasureCounts | undefined> => {
    const row = (await db.select().from(t.cases).where(eq(t.cases.id, caseId)).limit(1))[0];
    if (row === undefined) return undefined;
    const decisionIds = await decisionIdsOf(caseId, row.ref);
    const count = async (table: typeof t.caseNotes | typeof t.caseAttachments | typeof t.caseDecisions) =>
      Number((await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table).where(eq(table.caseId, caseId)))[0]?.n ?? 0);
    const toRedact = Number(
      (
        await db
          .select({ n: sql<number>`count(*)`.mapWith(Number) })
          .from(t.caseAudit)
          .where(and(eq(t.caseAudit.caseId, caseId), inArray(t.caseAudit.action, ["note", "attachment", "decision"]), or(sql`${t.caseAudit.beforeJson} <> ${ERASED}`, sql`${t.caseAudit.afterJson} <> ${ERASED}`)))
      )[0]?.n ?? 0,
    );
    const counts: ErasureCounts = { notes: await count(t.caseNotes), attachments: await count(t.caseAttachments), decisionLinks: await count(t.caseDecisions), decisions: decisionIds.length, auditEntriesRedacted: toRedact };
    if (Object.values(counts).every((n) => n === 0)) return counts;
    const statements = [
      db.delete(t.caseDecisions).where(eq(t.caseDecisions.caseId, caseId)),
      ...(decisionIds.length === 0 ? [] : [db.delete(t.decisions).where(and(inArray(t.decisions.id, decisionIds), sql`NOT EXISTS (SELECT 1 FROM case_decisions WHERE case_decisions.decision_id = decisions.id)`))]),
      db.delete(t.caseNotes).where(eq(t.caseNotes.caseId, caseId)),
      db.delete(t.caseAttachments).where(eq(t.caseAttachments.caseId, caseId)),
      db
        .update(t.caseAudit)
        .set({ beforeJson: sql`CASE WHEN before_json IS NULL THEN NULL ELSE ${ERASED} END`, afterJson: sql`CASE WHEN after_json IS NULL THEN NULL ELSE ${ERASED} END` })
        .where(and(eq(t.caseAudit.caseId, caseId), inArray(t.caseAudit.action, ["note", "attachment", "decision"]))),
      db.insert(t.personalDataErasures).values({ id: crypto.randomUUID(), caseId, actor, reason, at, countsJson: JSON.stringify(counts) }),
    ];
    await db.batch(statements as unknown as Parameters<Db["batch"]>[0]);
    return counts;
  };

  return {
    /** The case with this pseudonymous reference. */
    caseByRef: async (ref: string) => (await db.select().from(t.cases).where(eq(t.cases.ref, ref)).limit(1))[0],
    /** Everything held about a case, for a request to see or receive one's data. */
    exportCase: async (caseId: string) => {
      const row = (await db.select().from(t.cases).where(eq(t.cases.id, caseId)).limit(1))[0];
      if (row === undefined) return undefined;
      const decisionIds = await decisionIdsOf(caseId, row.ref);
      return {
        case: row,
        notes: await db.select().from(t.caseNotes).where(eq(t.caseNotes.caseId, caseId)).orderBy(asc(t.caseNotes.createdAt)),
        attachments: await db.select().from(t.caseAttachments).where(eq(t.caseAttachments.caseId, caseId)).orderBy(asc(t.caseAttachments.createdAt)),
        decisionLinks: await db.select().from(t.caseDecisions).where(eq(t.caseDecisions.caseId, caseId)).orderBy(asc(t.caseDecisions.addedAt)),
        decisions: decisionIds.length === 0 ? [] : await db.select().from(t.decisions).where(inArray(t.decisions.id, decisionIds)).orderBy(asc(t.decisions.createdAt)),
        audit: await db.select().from(t.caseAudit).where(eq(t.caseAudit.caseId, caseId)).orderBy(asc(t.caseAudit.seq)),
        erasures: await db.select().from(t.personalDataErasures).where(eq(t.personalDataErasures.caseId, caseId)).orderBy(asc(t.personalDataErasures.at)),
      };
    },
    /** Erases a case's personal data (see above); undefined when there is no such case. */
    eraseCase,
    /** Applies a retention policy at `now`; returns how many records of each kind were removed or erased. */
    applyRetention: async (policy: RetentionPolicy, now: number, actor: string) => {
      const at = new Date(now).toISOString();
      const before = (days: number) => new Date(now - days * day).toISOString();
      const removed = (rows: ReadonlyArray<unknown>) => rows.length;
      const result = {
        sessions: removed(await db.delete(t.sessions).where(lt(t.sessions.expiresAt, at)).returning({ k: t.sessions.tokenHash })),
        loginFailures: removed(await db.delete(t.loginFailures).where(lt(t.loginFailures.lastAt, before(policy.loginFailuresDays))).returning({ k: t.loginFailures.key })),
        rateLimits: removed(await db.delete(t.rateLimits).where(lt(t.rateLimits.windowStart, before(policy.rateLimitsDays))).returning({ k: t.rateLimits.key })),
        closedCasesErased: 0,
        unattachedDecisions: 0,
      };
      if (policy.closedCasesDays !== undefined) {
        const closed = await db.select({ id: t.cases.id }).from(t.cases).where(and(eq(t.cases.status, "closed"), lt(t.cases.updatedAt, before(policy.closedCasesDays))));
        for (const c of closed) {
          const counts = await eraseCase(c.id, actor, "retention", at);
          if (counts !== undefined && Object.values(counts).some((n) => n > 0)) result.closedCasesErased += 1;
        }
      }
      if (policy.unattachedDecisionsDays !== undefined)
        result.unattachedDecisions = removed(
          await db
            .delete(t.decisions)
            .where(and(lt(t.decisions.createdAt, before(policy.unattachedDecisionsDays)), sql`NOT EXISTS (SELECT 1 FROM case_decisions WHERE case_decisions.decision_id = decisions.id)`))
            .returning({ id: t.decisions.id }),
        );
      return result;
    },
  };
};
