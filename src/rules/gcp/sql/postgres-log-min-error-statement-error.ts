import { flagRule } from './support/flag-rule.js';

/** CIS 6.2.6: ERROR or a more severe level. */
const ACCEPTED = ['error', 'log', 'fatal', 'panic'];

export const rule = flagRule({
  id: 'gcp.sql.postgres-log-min-error-statement-error',
  title: 'Cloud SQL for PostgreSQL log_min_error_statement is ERROR or more severe',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_min_error_statement',
  cis: '6.2.6',
  nist: ['AU-3', 'AU-12'],
  rationale: 'This flag decides which failing statements are logged with their SQL text; at lower levels routine messages drown the statements that actually failed.',
  ok: (v) => v === undefined || ACCEPTED.includes(v),
  unset: 'PostgreSQL default: error',
  expected: 'error, log, fatal or panic',
  recommended: 'error',
});
