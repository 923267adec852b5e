import { integer, primaryKey, sqliteTable, text, unique } from "drizzle-orm/sqlite-core";

/** Staff accounts. Passwords are stored only as PBKDF2-SHA-256 hashes with a per-user salt. */
export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  role: text("role", { enum: ["viewer", "editor", "admin"] }).notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at").notNull(),
  /** JSON array of province ids where the role applies; `["*"]` = every province and national records. */
  provinces: text("provinces").notNull().default('["*"]'),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
});

/** Bearer sessions; only the SHA-256 of each token is stored. */
export const sessions = sqliteTable("sessions", {
  tokenHash: text("token_hash").primaryKey(),
  userId: text("user_id").notNull().references(() => users.id),
  expiresAt: text("expires_at").notNull(),
  createdAt: text("created_at").notNull(),
});

/** Saved decisions: a pseudonymous case reference (never a name), the input, the result and its receipt. */
export const decisions = sqliteTable("decisions", {
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
  /** Province the record belongs to; null = national. */
  province: text("province"),
});

/** KPI period reports per province, with the evaluated indicators. */
export const kpiReports = sqliteTable("kpi_reports", {
  id: text("id").primaryKey(),
  province: text("province").notNull(),
  periodFrom: text("period_from").notNull(),
  periodTo: text("period_to").notNull(),
  inputJson: text("input_json").notNull(),
  resultJson: text("result_json").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
});

/**
 * The KPI publication ledger: each public release of a province's figures, with the counts exactly
 * as published (`null` = withheld). `(province, seq)` is unique: the lock that serialises releases.
 */
export const kpiPublications = sqliteTable(
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

/** Resolution drafts; every save is a new immutable version. */
export const resolutionDrafts = sqliteTable("resolution_drafts", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  latestVersion: integer("latest_version").notNull(),
  deleted: integer("deleted", { mode: "boolean" }).notNull().default(false),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
  /** Province the draft belongs to; null = national. */
  province: text("province"),
});

export const resolutionVersions = sqliteTable(
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

/** One row rewritten by every `/health` call: proves the database still takes durable writes. */
export const healthProbe = sqliteTable("health_probe", {
  id: integer("id").primaryKey(),
  value: text("value").notNull(),
  at: text("at").notNull(),
});

/** Failed sign-ins per account (`email:…`) and per client address (`addr:…`), with the lockout. */
export const loginFailures = sqliteTable("login_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastAt: text("last_at").notNull(),
  lockedUntil: text("locked_until"),
});

/**
 * Case files: one per case, under a pseudonymous reference (never a victim's name), belonging to a
 * province (null = national). `articles` and `regimes` are JSON arrays derived from the decisions
 * attached (for search); `version` increases with every change (optimistic concurrency).
 */
export const cases = sqliteTable("cases", {
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

/** Notes on a case (append-only, like the rest of the file). */
export const caseNotes = sqliteTable("case_notes", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull().references(() => cases.id),
  text: text("text").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
});

/** Metadata of documents held on paper or elsewhere: name, type, size and SHA-256 (no content is stored). */
export const caseAttachments = sqliteTable("case_attachments", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull().references(() => cases.id),
  name: text("name").notNull(),
  mediaType: text("media_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at").notNull(),
});

/** Saved decisions attached to a case: the classification(s) and each person's eligibility decision (`person` is a pseudonym). */
export const caseDecisions = sqliteTable(
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

/** The audit log of case files: who did what and when, with the state before and after. Triggers refuse UPDATE and DELETE. */
export const caseAudit = sqliteTable("case_audit", {
  seq: integer("seq").primaryKey({ autoIncrement: true }),
  caseId: text("case_id").notNull(),
  /** The case version this entry created; unique per case, so it serialises changes. */
  caseVersion: integer("case_version").notNull(),
  actor: text("actor").notNull(),
  action: text("action", { enum: ["created", "status", "note", "attachment", "decision"] }).notNull(),
  beforeJson: text("before_json"),
  afterJson: text("after_json"),
  at: text("at").notNull(),
});

/** Request counts per client and fixed window (start as ISO time), shared by every instance on the database. */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: text("window_start").notNull(),
  count: integer("count").notNull(),
});

/** Erasures of a case's personal data (on request or at the end of its retention period): the case, who, when, how many records. */
export const personalDataErasures = sqliteTable("personal_data_erasures", {
  id: text("id").primaryKey(),
  caseId: text("case_id").notNull(),
  actor: text("actor").notNull(),
  reason: text("reason", { enum: ["request", "retention"] }).notNull(),
  at: text("at").notNull(),
  countsJson: text("counts_json").notNull(),
});
