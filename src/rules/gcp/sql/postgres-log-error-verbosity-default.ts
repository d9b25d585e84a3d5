import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.postgres-log-error-verbosity-default',
  title: 'Cloud SQL for PostgreSQL log_error_verbosity is DEFAULT or terser',
  severity: 'low',
  engine: 'POSTGRES',
  flag: 'log_error_verbosity',
  cis: '6.2.1',
  nist: ['AU-3'],
  rationale: 'VERBOSE error logging adds source file, function and line details that bloat logs and can expose internals; DEFAULT keeps what investigations need.',
  ok: (v) => v === undefined || v === 'default' || v === 'terse',
  unset: 'PostgreSQL default: default',
  expected: 'default or terse',
  recommended: 'default',
});
