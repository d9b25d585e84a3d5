import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.postgres-log-connections-on',
  title: 'Cloud SQL for PostgreSQL logs connections',
  severity: 'medium',
  engine: 'POSTGRES',
  flag: 'log_connections',
  cis: '6.2.2',
  nist: ['AU-2', 'AU-12'],
  rationale: 'PostgreSQL does not record connection attempts unless log_connections is on; without them, brute-force attempts and logins from unexpected hosts leave no trace.',
  ok: (v) => v === 'on',
  unset: 'PostgreSQL default: off',
  expected: 'on',
  recommended: 'on',
});
