/**
 * Versioned schema migrations, append-only. Each runs once, in order, in one batch with the row
 * that records it, on libSQL (Node) and D1 (Workers) alike.
 */
export const migrations: ReadonlyArray<{ readonly id: number; readonly name: string; readonly statements: ReadonlyArray<string> }> = [
  {
    id: 1,
    name: "initial",
    statements: [
      `CREATE TABLE users (id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL CHECK (role IN ('viewer','editor','admin')), password_hash TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id), expires_at TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE TABLE decisions (id TEXT PRIMARY KEY, kind TEXT NOT NULL, case_ref TEXT NOT NULL, as_of TEXT NOT NULL, input_json TEXT NOT NULL, result_json TEXT NOT NULL, input_hash TEXT NOT NULL, result_hash TEXT NOT NULL, library_version TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE INDEX decisions_case_ref ON decisions (case_ref)`,
      `CREATE TABLE kpi_reports (id TEXT PRIMARY KEY, province TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, input_json TEXT NOT NULL, result_json TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE INDEX kpi_reports_province ON kpi_reports (province, period_from)`,
      `CREATE TABLE resolution_drafts (id TEXT PRIMARY KEY, title TEXT NOT NULL, latest_version INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      `CREATE TABLE resolution_versions (draft_id TEXT NOT NULL REFERENCES resolution_drafts(id), version INTEGER NOT NULL, doc_json TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (draft_id, version))`,
    ],
  },
  {
    id: 2,
    name: "health-probe",
    statements: [`CREATE TABLE health_probe (id INTEGER PRIMARY KEY, value TEXT NOT NULL, at TEXT NOT NULL)`],
  },
  {
    id: 3,
    name: "accounts-and-province-scope",
    statements: [
      // Existing accounts keep the access they had: every province ("*").
      `ALTER TABLE users ADD COLUMN provinces TEXT NOT NULL DEFAULT '["*"]'`,
      `ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0`,
      `ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0`,
      `CREATE INDEX sessions_user ON sessions (user_id)`,
      `CREATE INDEX sessions_expires ON sessions (expires_at)`,
      // NULL province: a national record, visible to national ("*") accounts only.
      `ALTER TABLE decisions ADD COLUMN province TEXT`,
      `CREATE INDEX decisions_province_created ON decisions (province, created_at, id)`,
      `CREATE INDEX decisions_created ON decisions (created_at, id)`,
      `ALTER TABLE resolution_drafts ADD COLUMN province TEXT`,
      `CREATE TABLE login_failures (key TEXT PRIMARY KEY, failures INTEGER NOT NULL, last_at TEXT NOT NULL, locked_until TEXT)`,
    ],
  },
  {
    id: 4,
    name: "kpi-publication-ledger",
    statements: [
      // What was published, for which province and period: the public counts exactly as released.
      // (province, seq) is the lock: two publications checked against the same ledger cannot both land.
      `CREATE TABLE kpi_publications (id TEXT PRIMARY KEY, province TEXT NOT NULL, seq INTEGER NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, k INTEGER NOT NULL, counts_json TEXT NOT NULL, published_json TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (province, seq))`,
      `CREATE INDEX kpi_publications_province_period ON kpi_publications (province, period_from)`,
    ],
  },
  {
    id: 5,
    name: "case-files",
    statements: [
      `CREATE TABLE cases (id TEXT PRIMARY KEY, ref TEXT NOT NULL UNIQUE, province TEXT, status TEXT NOT NULL CHECK (status IN ('new','reviewing','decided','closed')), articles TEXT NOT NULL DEFAULT '[]', regimes TEXT NOT NULL DEFAULT '[]', version INTEGER NOT NULL DEFAULT 1, created_by TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
      `CREATE INDEX cases_province_updated ON cases (province, updated_at)`,
      `CREATE INDEX cases_status ON cases (status)`,
      `CREATE TABLE case_notes (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), text TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE INDEX case_notes_case ON case_notes (case_id, created_at)`,
      `CREATE TABLE case_attachments (id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id), name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, created_by TEXT NOT NULL, created_at TEXT NOT NULL)`,
      `CREATE INDEX case_attachments_case ON case_attachments (case_id, created_at)`,
      `CREATE TABLE case_decisions (case_id TEXT NOT NULL REFERENCES cases(id), decision_id TEXT NOT NULL REFERENCES decisions(id), person TEXT, added_by TEXT NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (case_id, decision_id))`,
      // (case_id, case_version) is the lock: every change of a case writes the entry of the version it
      // creates, so two changes made from the same version cannot both land (the batch fails whole).
      `CREATE TABLE case_audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, case_id TEXT NOT NULL, case_version INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('created','status','note','attachment','decision')), before_json TEXT, after_json TEXT, at TEXT NOT NULL, UNIQUE (case_id, case_version))`,
      // The audit log is append-only: the database itself refuses to change or remove an entry.
      `CREATE TRIGGER case_audit_no_update BEFORE UPDATE ON case_audit BEGIN SELECT RAISE(ABORT, 'the case audit log is append-only'); END`,
      `CREATE TRIGGER case_audit_no_delete BEFORE DELETE ON case_audit BEGIN SELECT RAISE(ABORT, 'the case audit log is append-only'); END`,
    ],
  },
  {
    id: 6,
    name: "shared-rate-limit-windows",
    statements: [
      // Fixed one-minute windows per client, counted in the database when several instances share it.
      `CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_start TEXT NOT NULL, count INTEGER NOT NULL)`,
      `CREATE INDEX rate_limits_window ON rate_limits (window_start)`,
    ],
  },
  {
    id: 7,
    name: "personal-data-erasure",
    statements: [
      // Erasing a case's personal data on request keeps its audit log: who did what and when stays,
      // the content of an entry may only be replaced by the erasure marker. Anything else is refused.
      `DROP TRIGGER case_audit_no_update`,
      `CREATE TRIGGER case_audit_no_update BEFORE UPDATE ON case_audit WHEN NOT (NEW.seq IS OLD.seq AND NEW.case_id IS OLD.case_id AND NEW.case_version IS OLD.case_version AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action AND NEW.at IS OLD.at AND (NEW.before_json IS OLD.before_json OR NEW.before_json = '{"erased":true}') AND (NEW.after_json IS OLD.after_json OR NEW.after_json = '{"erased":true}')) BEGIN SELECT RAISE(ABORT, 'the case audit log is append-only'); END`,
      // The ledger of erasures: which case, who, when, how many records of each kind.
      `CREATE TABLE personal_data_erasures (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL CHECK (reason IN ('request','retention')), at TEXT NOT NULL, counts_json TEXT NOT NULL)`,
      `CREATE INDEX personal_data_erasures_case ON personal_data_erasures (case_id)`,
    ],
  },
];
