import { and, asc, desc, eq, gte, inArray, like, lte, sql, type SQL } from "drizzle-orm";
import * as schema from "./schema.js";
import type { Db, Scope } from "./store.js";

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

const scopeWhere = (scope: Scope): SQL | undefined => (scope.all ? undefined : scope.provinces.length === 0 ? sql`0` : inArray(schema.cases.province, [...scope.provinces]));
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/**
 * Case files and their audit log. Every change to a case and its audit entry are one atomic batch;
 * there is deliberately no method that updates or deletes an audit entry (and the database refuses to).
 */
export const makeCaseStore = (db: Db) => ({
  /** Creates a case with its first audit entry; false when the reference is taken. */
  create: async (row: CaseRow, audit: NewAuditEntry): Promise<boolean> => {
    try {
      await db.batch([db.insert(schema.cases).values(row), db.insert(schema.caseAudit).values({ ...audit, caseVersion: row.version })]);
      return true;
    } catch (e) {
      if (/UNIQUE|constraint/i.test(String((e as { cause?: unknown }).cause ?? e))) return false;
      throw e;
    }
  },
  byId: async (id: string) => (await db.select().from(schema.cases).where(eq(schema.cases.id, id)).limit(1))[0],
  list: async (f: CaseFilter) =>
    db
      .select()
      .from(schema.cases)
      .where(
        and(
          scopeWhere(f.scope),
          f.status === undefined ? undefined : eq(schema.cases.status, f.status),
          f.from === undefined ? undefined : gte(schema.cases.createdAt, f.from),
          f.to === undefined ? undefined : lte(schema.cases.createdAt, `${f.to}T99`),
          f.article === undefined ? undefined : like(schema.cases.articles, `%"${escapeLike(f.article)}"%`),
          f.regime === undefined ? undefined : like(schema.cases.regimes, `%"${escapeLike(f.regime)}"%`),
          f.ref === undefined ? undefined : sql`${schema.cases.ref} LIKE ${`${escapeLike(f.ref)}%`} ESCAPE '\\'`,
        ),
      )
      .orderBy(desc(schema.cases.updatedAt), desc(schema.cases.id))
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
      .update(schema.cases)
      .set({ ...patch, version: version + 1, updatedAt: at })
      .where(and(eq(schema.cases.id, id), eq(schema.cases.version, version)))
      .returning({ id: schema.cases.id });
    const statements = [
      db.insert(schema.caseAudit).values({ ...audit, caseVersion: version + 1 }),
      ...(note === undefined ? [] : [db.insert(schema.caseNotes).values(note)]),
      ...(attachment === undefined ? [] : [db.insert(schema.caseAttachments).values(attachment)]),
      ...(decision === undefined ? [] : [db.insert(schema.caseDecisions).values(decision)]),
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
  notes: async (id: string) => db.select().from(schema.caseNotes).where(eq(schema.caseNotes.caseId, id)).orderBy(asc(schema.caseNotes.createdAt)),
  attachments: async (id: string) => db.select().from(schema.caseAttachments).where(eq(schema.caseAttachments.caseId, id)).orderBy(asc(schema.caseAttachments.createdAt)),
  decisions: async (id: string) =>
    db
      .select({ link: schema.caseDecisions, decision: schema.decisions })
      .from(schema.caseDecisions)
      .innerJoin(schema.decisions, eq(schema.decisions.id, schema.caseDecisions.decisionId))
      .where(eq(schema.caseDecisions.caseId, id))
      .orderBy(asc(schema.caseDecisions.addedAt)),
  /** The audit log of a case, oldest first (read-only: there is no method to change it). */
  audit: async (id: string) => db.select().from(schema.caseAudit).where(eq(schema.caseAudit.caseId, id)).orderBy(asc(schema.caseAudit.seq)),
});
export type CaseStore = ReturnType<typeof makeCaseStore>;
