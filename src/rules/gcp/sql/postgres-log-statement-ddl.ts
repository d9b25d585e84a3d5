import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.postgres-log-statement-ddl',
  title: 'Cloud SQL for PostgreSQL logs at least DDL statements',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_statement',
  cis: '6.2.4',
  nist: ['AU-2', 'AU-12'],
  rationale: 'With log_statement at none, schema changes (CREATE, ALTER, DROP) are not logged; ddl records them without the volume and data exposure of logging every statement.',
  ok: (v) => v === 'ddl' || v === 'mod' || v === 'all',
  unset: 'PostgreSQL default: none',
  expected: 'ddl (or mod/all)',
  recommended: 'ddl',
});
