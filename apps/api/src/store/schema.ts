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
