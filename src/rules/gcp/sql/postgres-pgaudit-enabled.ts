import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.postgres-pgaudit-enabled',
  title: 'Cloud SQL for PostgreSQL has pgAudit enabled',
  severity: 'medium',
  engine: 'POSTGRES',
  flag: 'cloudsql.enable_pgaudit',
  cis: '6.2.8',
  nist: ['AU-2', 'AU-12'],
  rationale: 'Cloud Audit Logs cover administration of the instance, not what sessions do inside the database. pgAudit records reads, writes and DDL per session and object and sends them to Cloud Logging.',
  ok: (v) => v === 'on',
  unset: 'off by default',
  expected: 'on',
  recommended: 'on',
});
