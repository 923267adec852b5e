import { boolean, integer, pgTable, primaryKey, text, unique } from "drizzle-orm/pg-core";

/**
 * The PostgreSQL mirror of `schema.ts`: the same tables, columns (names and TypeScript keys),
 * keys, uniques and defaults, in PostgreSQL types (booleans as `boolean`, the audit sequence as an
 * identity column). Times stay ISO-8601 text, as on SQLite, so ordering and cursors are the same.
 * A test checks the two against each other and against the database the migrations build.
 */
export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  role: text("role", { enum: ["viewer", "editor", "admin"] }).notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at").notNull(),
  provinces: text("provinces").notNull().default('["*"]'),
  disabled: boolean("disabled").notNull().default(false),
  mustChangePassword: boolean("must_change_password").notNull().default(false),
});

export const sessions = pgTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  userId: text("user_id").notNull().references(() => users.id),
  expiresAt: text("expires_at").notNull(),
  createdAt: text("created_at").notNull(),
});

export const decisions = pgTable("decisions", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: ["classification", "eligibility"] }).notNull(),
  caseRef: text("case_ref").notNull(),
  asOf: text("as_of").notNull(),
  inputJson: text("input_json").notNull(),
  resultJson: text("result_json").notNull(),
  inputHash: text("input_hash").notNull(),
  resultHash: text("result_hash").notNull(),
  libraryVersion: text("library_version").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
  province: text("province"),
});

export const kpiReports = pgTable("kpi_reports", {
  id: text("id").primaryKey(),
  province: text("province").notNull(),
  periodFrom: text("period_from").notNull(),
  periodTo: text("period_to").notNull(),
  inputJson: text("input_json").notNull(),
  resultJson: text("result_json").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
});

export const kpiPublications = pgTable(
  "kpi_publications",
  {
    id: text("id").primaryKey(),
    province: text("province").notNull(),
    seq: integer("seq").notNull(),
    periodFrom: text("period_from").notNull(),
    periodTo: text("period_to").notNull(),
    k: integer("k").notNull(),
    countsJson: text("counts_json").notNull(),
    publishedJson: text("published_json").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [unique().on(t.province, t.seq)],
);

export const resolutionDrafts = pgTable("resolution_drafts", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  latestVersion: integer("latest_version").notNull(),
  deleted: boolean("deleted").notNull().default(false),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
  province: text("province"),
});

export const resolutionVersions = pgTable(
  "resolution_versions",
  {
    draftId: text("draft_id").notNull().references(() => resolutionDrafts.id),
    version: integer("version").notNull(),
    docJson: text("doc_json").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.draftId, t.version] })],
);

export const healthProbe = pgTable("health_probe", {
  id: integer("id").primaryKey(),
  value: text("value").notNull(),
  at: text("at").notNull(),
});

export const loginFailures = pgTable("login_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastAt: text("last_at").notNull(),
  lockedUntil: text("locked_until"),
});

export const cases = pgTable("cases", {
  id: text("id").primaryKey(),
  ref: text("ref").notNull().unique(),
  province: text("province"),
  status: text("status", { enum: ["new", "reviewing", "decided", "closed"] }).notNull(),
  articles: text("articles").notNull().default("[]"),
  regimes: text("regimes").notNull().default("[]"),
  version: integer("version").notNull().default(1),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
});

export const caseNotes = pgTable("case_notes", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull().references(() => cases.id),
  text: text("text").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
});

export const caseAttachments = pgTable("case_attachments", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull().references(() => cases.id),
  name: text("name").notNull(),
  mediaType: text("media_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
});

export const caseDecisions = pgTable(
  "case_decisions",
  {
    caseId: text("case_id").notNull().references(() => cases.id),
    decisionId: text("decision_id").notNull().references(() => decisions.id),
    person: text("person"),
    addedBy: text("added_by").notNull(),
    addedAt: text("added_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.decisionId] })],
);

/** The case audit log; triggers refuse UPDATE, DELETE and TRUNCATE (migration 5). */
export const caseAudit = pgTable("case_audit", {
  seq: integer("seq").primaryKey().generatedAlwaysAsIdentity(),
  caseId: text("case_id").notNull(),
  caseVersion: integer("case_version").notNull(),
  actor: text("actor").notNull(),
  action: text("action", { enum: ["created", "status", "note", "attachment", "decision"] }).notNull(),
  beforeJson: text("before_json"),
  afterJson: text("after_json"),
  at: text("at").notNull(),
}, (t) => [unique().on(t.caseId, t.caseVersion)]);

/** Request counts per client and fixed window (start as ISO time), shared by every instance on the database. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: text("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Erasures of a case's personal data (on request or at the end of its retention period): the case, who, when, how many records. */
export const personalDataErasures = pgTable("personal_data_erasures", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull(),
  actor: text("actor").notNull(),
  reason: text("reason", { enum: ["request", "retention"] }).notNull(),
  at: text("at").notNull(),
  countsJson: text("counts_json").notNull(),
});
