import type Database from 'better-sqlite3';

/**
 * Schema migrations. Each runs once, in its own transaction, and is recorded in `schema_version`
 * (one row per applied version). Never edit a released migration: append a new one.
 * A migration that must rebuild a table (SQLite cannot drop a constraint in place) follows the
 * 12-step procedure of https://www.sqlite.org/lang_altertable.html; `foreign_keys` is switched off
 * around the migrations for that reason and checked with `PRAGMA foreign_key_check` afterwards.
 */
export interface Migration {
  version: number;
  description: string;
  up(db: Database.Database): void;
}

const V1 = `
-- One row per scan. seq orders scans (start order) and is what the other tables reference.
CREATE TABLE scans (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  target TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'failed')),
  failure TEXT,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  owner_host TEXT,
  owner_pid INTEGER,
  owner_token TEXT,
  assets INTEGER NOT NULL DEFAULT 0,
  pass INTEGER NOT NULL DEFAULT 0,
  fail INTEGER NOT NULL DEFAULT 0,
  unknown INTEGER NOT NULL DEFAULT 0,
  not_applicable INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX scans_status ON scans (status, seq);

-- What a scan covers: findings are resolved by absence only inside it. region '*' = every region.
CREATE TABLE scan_scope (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  provider TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  PRIMARY KEY (scan, provider, account, region)
) WITHOUT ROWID;
CREATE INDEX scan_scope_account ON scan_scope (provider, account, scan);

-- Identity of every asset ever seen (latest descriptive fields).
CREATE TABLE assets (
  id TEXT PRIMARY KEY,
  provider TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  type TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL
) WITHOUT ROWID;

-- Content-addressed configuration: hash = sha256 of body, the canonical JSON of the asset without observedAt.
-- The hash covers the asset id, so it identifies a version on its own; the key leads with asset_id so that a
-- batch of assets (listed in id order) writes neighbouring index pages instead of 256 random ones.
CREATE TABLE asset_versions (
  asset_id TEXT NOT NULL REFERENCES assets (id),
  hash TEXT NOT NULL,
  first_scan INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (asset_id, hash)
);

-- scan -> asset -> version. account/region/type are copied here so lookups of one scan stay on an index.
CREATE TABLE scan_assets (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  asset_id TEXT NOT NULL,
  version TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  type TEXT NOT NULL,
  observed_at TEXT NOT NULL,
  PRIMARY KEY (scan, asset_id),
  FOREIGN KEY (asset_id, version) REFERENCES asset_versions (asset_id, hash)
) WITHOUT ROWID;
CREATE INDEX scan_assets_account ON scan_assets (scan, account, asset_id);
CREATE INDEX scan_assets_type ON scan_assets (scan, type, account, asset_id);

-- One row per collector run (collector x account x region) of a scan.
CREATE TABLE coverage (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  provider TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  collector TEXT NOT NULL,
  types TEXT NOT NULL,
  ok INTEGER NOT NULL,
  error TEXT,
  UNIQUE (scan, account, collector, region, provider)
);

-- Collection errors of a scan, in the order they were reported.
CREATE TABLE errors (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  provider TEXT NOT NULL,
  account TEXT NOT NULL,
  region TEXT NOT NULL,
  service TEXT NOT NULL,
  operation TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  resource TEXT
);
CREATE INDEX errors_scan ON errors (scan);

-- Rule metadata as it was when the scan evaluated.
CREATE TABLE scan_rules (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  rule_id TEXT NOT NULL,
  title TEXT NOT NULL,
  severity TEXT NOT NULL,
  compliance TEXT NOT NULL,
  PRIMARY KEY (scan, rule_id)
) WITHOUT ROWID;

-- Verdicts of a scan: one per (rule, asset); finding_id = findingId(rule_id, asset_id). Keyed by asset first:
-- the engine writes verdicts asset by asset, so inserts stay sequential.
CREATE TABLE results (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  asset_id TEXT NOT NULL REFERENCES assets (id),
  rule_id TEXT NOT NULL,
  finding_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'unknown', 'not_applicable')),
  reason TEXT NOT NULL,
  evidence TEXT NOT NULL,
  UNIQUE (scan, asset_id, rule_id)
);

-- Lifecycle of every (rule, asset) pair judged by a complete scan. Written only by finishScan. The verdict shown
-- (reason, evidence, title, compliance) is the results/scan_rules row of verdict_scan, so it is not copied here;
-- gone_scan is set when a later scan found the asset gone (status is then not_applicable).
CREATE TABLE findings (
  id TEXT PRIMARY KEY,
  rule_id TEXT NOT NULL,
  asset_id TEXT NOT NULL REFERENCES assets (id),
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('open', 'resolved', 'suppressed')),
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  resolved_at TEXT,
  first_scan INTEGER NOT NULL,
  last_scan INTEGER NOT NULL,
  verdict_scan INTEGER NOT NULL,
  gone_scan INTEGER
);
CREATE INDEX findings_asset ON findings (asset_id);
CREATE INDEX findings_rule ON findings (rule_id);
`;

const V2 = `
-- Evidence: one record per evaluation, append-only and hash-chained. hash = sha256(prev_hash || body), body = the
-- canonical JSON of the record (sorted keys); the first record's prev_hash is 64 zeros. seq has no gaps, so a
-- deleted record shows as a missing seq as well as a broken link. Triggers refuse UPDATE and DELETE.
CREATE TABLE evidence (
  seq INTEGER PRIMARY KEY,
  scan INTEGER NOT NULL REFERENCES scans (seq),
  at TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  asset_id TEXT NOT NULL,
  status TEXT NOT NULL,
  body TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX evidence_scan ON evidence (scan, seq);
CREATE INDEX evidence_rule ON evidence (rule_id, at);
CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;

-- The chain head when each scan finished: the last record and its hash, so a truncated tail is detected too.
CREATE TABLE evidence_anchors (
  scan INTEGER PRIMARY KEY REFERENCES scans (seq),
  last_seq INTEGER NOT NULL,
  head TEXT NOT NULL,
  at TEXT NOT NULL
);

-- Posture scores of a scan (docs/scoring.md): scope 'total' (key ''), 'provider', 'account' (key provider:account)
-- or 'framework' (key framework id); weights are severity-weighted verdict counts.
CREATE TABLE scan_scores (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  scope TEXT NOT NULL CHECK (scope IN ('total', 'provider', 'account', 'framework')),
  key TEXT NOT NULL,
  score REAL,
  pass_weight REAL NOT NULL,
  judged_weight REAL NOT NULL,
  pass INTEGER NOT NULL,
  fail INTEGER NOT NULL,
  unknown INTEGER NOT NULL,
  PRIMARY KEY (scan, scope, key)
) WITHOUT ROWID;

-- Control status of a scan, per framework: what "was control X passing on date D" reads.
CREATE TABLE scan_controls (
  scan INTEGER NOT NULL REFERENCES scans (seq) ON DELETE CASCADE,
  framework TEXT NOT NULL,
  control TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pass', 'fail', 'partial', 'unknown', 'manual', 'not_applicable')),
  pass INTEGER NOT NULL,
  fail INTEGER NOT NULL,
  unknown INTEGER NOT NULL,
  not_applicable INTEGER NOT NULL,
  PRIMARY KEY (scan, framework, control)
);
`;

const V3 = `
ALTER TABLE results ADD COLUMN suppression TEXT;
ALTER TABLE scan_rules ADD COLUMN providers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scan_rules ADD COLUMN guidance TEXT;
ALTER TABLE scans ADD COLUMN suppressed INTEGER NOT NULL DEFAULT 0;
`;

export const MIGRATIONS: Migration[] = [
  { version: 1, description: 'scans, assets with versions, coverage, errors, results, findings', up: (db) => db.exec(V1) },
  { version: 2, description: 'hash-chained evidence with anchors, scan scores, scan control status', up: (db) => db.exec(V2) },
  { version: 3, description: 'suppressions on results, rule providers and custom rule guidance per scan, suppressed count per scan', up: (db) => db.exec(V3) },
];

export const SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Brings the database to SCHEMA_VERSION. Safe when several processes open the same file at once. */
export function migrate(db: Database.Database, migrations: Migration[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const latest = Math.max(...migrations.map((m) => m.version));
  const current = () => (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_version').get() as { v: number }).v;
  const found = current();
  if (found > latest) throw new Error(`store schema version ${found} is newer than this Parapet understands (${latest}); upgrade Parapet`);
  if (found === latest) return found;
  db.pragma('foreign_keys = OFF');
  try {
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      db.transaction(() => {
        // Checked inside the write lock: another process may have migrated meanwhile.
        if (current() >= m.version) return;
        m.up(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length) throw new Error(`migration ${m.version} left ${broken.length} foreign key violations`);
        db.prepare('INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)').run(m.version, m.description, new Date().toISOString());
      }).immediate();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return current();
}
