import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.postgres-log-min-duration-statement-disabled',
  title: 'Cloud SQL for PostgreSQL does not log statements by duration',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_min_duration_statement',
  cis: '6.2.7',
  nist: ['AU-3'],
  rationale: 'Duration logging writes the full text of slow statements, literals included, so passwords and personal data in queries end up in the logs.',
  ok: (v) => v === undefined || v === '-1',
  unset: 'PostgreSQL default: -1, disabled',
  expected: '-1',
  recommended: '-1',
});
