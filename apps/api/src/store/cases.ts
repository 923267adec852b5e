import { and, asc, desc, eq, gte, inArray, like, lte, sql, type SQL } from "drizzle-orm";
import * as schema from "./schema.js";
import type { Db, Scope, Tables } from "./store.js";

export type CaseRow = typeof schema.cases.$inferSelect;
export type CaseNoteRow = typeof schema.caseNotes.$inferSelect;
export type CaseAttachmentRow = typeof schema.caseAttachments.$inferSelect;
export type CaseDecisionRow = typeof schema.caseDecisions.$inferSelect;
export type CaseAuditRow = typeof schema.caseAudit.$inferSelect;
export type CaseStatus = CaseRow["status"];
/** An audit entry as written: the sequence number is the database's, the case version the store's. */
export type NewAuditEntry = Omit<CaseAuditRow, "seq" | "caseVersion">;

/** Filters of the case list. */
export interface CaseFilter {
  readonly scope: Scope;
  readonly status?: CaseStatus;
  /** Opened on or after this day. */
  readonly from?: string;
  /** Opened on or before this day. */
  readonly to?: string;
  /** A Penal Code article among the case's classifications ("150", "151"). */
  readonly article?: string;
  /** A support regime the case's eligibility decisions found the person eligible for. */
  readonly regime?: string;
  /** The start of a case reference. */
  readonly ref?: string;
  readonly limit: number;
}

const scopeWhere = (t: Tables, scope: Scope): SQL | undefined => (scope.all ? undefined : scope.provinces.length === 0 ? sql`1 = 0` : inArray(t.cases.province, [...scope.provinces]));
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/**
 * Case files and their audit log. Every change to a case and its audit entry are one atomic batch;
 * there is deliberately no method that updates or deletes an audit entry (and the database refuses to).
 */
export const makeCaseStore = (db: Db, t: Tables = schema) => ({
  /** Creates a case with its first audit entry; false when the reference is taken. */
  create: async (row: CaseRow, audit: NewAuditEntry): Promise<boolean> => {
    try {
      await db.batch([db.insert(t.cases).values(row), db.insert(t.caseAudit).values({ ...audit, caseVersion: row.version })]);
      return true;
    } catch (e) {
      if (/UNIQUE|constraint/i.test(String((e as { cause?: unknown }).cause ?? e))) return false;
      throw e;
    }
  },
  byId: async (id: string) => (await db.select().from(t.cases).where(eq(t.cases.id, id)).limit(1))[0],
  list: async (f: CaseFilter) =>
    db
      .select()
      .from(t.cases)
      .where(
        and(
          scopeWhere(t, f.scope),
          f.status === undefined ? undefined : eq(t.cases.status, f.status),
          f.from === undefined ? undefined : gte(t.cases.createdAt, f.from),
          f.to === undefined ? undefined : lte(t.cases.createdAt, `${f.to}T99`),
          f.article === undefined ? undefined : like(t.cases.articles, `%"${escapeLike(f.article)}"%`),
          f.regime === undefined ? undefined : like(t.cases.regimes, `%"${escapeLike(f.regime)}"%`),
          f.ref === undefined ? undefined : sql`${t.cases.ref} LIKE ${`${escapeLike(f.ref)}%`} ESCAPE '\\'`,
        ),
      )
      .orderBy(desc(t.cases.updatedAt), desc(t.cases.id))
      .limit(f.limit),
  /**
   * Applies `patch` if the case is still at `version` (then version + 1), with its audit entry and
   * the note, attachment or decision link that goes with it, in one atomic batch. The audit entry
   * of version + 1 is the lock: if someone changed the case first, its (case, version) is taken,
   * the batch fails whole, nothing at all is written and this returns false.
   */
  change: async (
    id: string,
    version: number,
    patch: Partial<Pick<CaseRow, "status" | "articles" | "regimes">>,
    at: string,
    audit: NewAuditEntry,
    rows: { readonly note?: CaseNoteRow; readonly attachment?: CaseAttachmentRow; readonly decision?: CaseDecisionRow } = {},
  ): Promise<boolean> => {
    const { note, attachment, decision } = rows;
    const update = db
      .update(t.cases)
      .set({ ...patch, version: version + 1, updatedAt: at })
      .where(and(eq(t.cases.id, id), eq(t.cases.version, version)))
      .returning({ id: t.cases.id });
    const statements = [
      db.insert(t.caseAudit).values({ ...audit, caseVersion: version + 1 }),
      ...(note === undefined ? [] : [db.insert(t.caseNotes).values(note)]),
      ...(attachment === undefined ? [] : [db.insert(t.caseAttachments).values(attachment)]),
      ...(decision === undefined ? [] : [db.insert(t.caseDecisions).values(decision)]),
    ];
    try {
      const results = (await db.batch([update, ...statements] as unknown as Parameters<Db["batch"]>[0])) as unknown as ReadonlyArray<unknown>;
      const updated = results[0];
      return Array.isArray(updated) && updated.length === 1;
    } catch (e) {
      if (/UNIQUE|PRIMARY KEY|constraint/i.test(String((e as { cause?: unknown }).cause ?? e))) return false;
      throw e;
    }
  },
  notes: async (id: string) => db.select().from(t.caseNotes).where(eq(t.caseNotes.caseId, id)).orderBy(asc(t.caseNotes.createdAt)),
  attachments: async (id: string) => db.select().from(t.caseAttachments).where(eq(t.caseAttachments.caseId, id)).orderBy(asc(t.caseAttachments.createdAt)),
  decisions: async (id: string) =>
    db
      .select({ link: t.caseDecisions, decision: t.decisions })
      .from(t.caseDecisions)
      .innerJoin(t.decisions, eq(t.decisions.id, t.caseDecisions.decisionId))
      .where(eq(t.caseDecisions.caseId, id))
      .orderBy(asc(t.caseDecisions.addedAt)),
  /** The audit log of a case, oldest first (read-only: there is no method to change it). */
  audit: async (id: string) => db.select().from(t.caseAudit).where(eq(t.caseAudit.caseId, id)).orderBy(asc(t.caseAudit.seq)),
});
export type CaseStore = ReturnType<typeof makeCaseStore>;
