import { flagRule } from './support/flag-rule.js';

/** PostgreSQL severities from least to most severe; `warning` and above satisfy CIS 6.2.5. */
const ACCEPTED = ['warning', 'error', 'log', 'fatal', 'panic'];

export const rule = flagRule({
  id: 'gcp.sql.postgres-log-min-messages-warning',
  title: 'Cloud SQL for PostgreSQL log_min_messages is WARNING or more severe',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_min_messages',
  cis: '6.2.5',
  nist: ['AU-12'],
  rationale: 'Set below WARNING, the log fills with debug and informational messages that hide real errors; set too high, needed errors are dropped.',
  ok: (v) => v === undefined || ACCEPTED.includes(v),
  unset: 'PostgreSQL default: error',
  expected: 'warning, error, log, fatal or panic',
  recommended: 'warning',
});
