import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.sqlserver-user-options-unset',
  title: "Cloud SQL for SQL Server has no 'user options' flag",
  severity: 'low',
  engine: 'SQLSERVER',
  flag: 'user options',
  cis: '6.3.4',
  nist: ['CM-6'],
  rationale: 'user options changes SET defaults for every session on the server; some of those options weaken behaviour applications rely on. Leaving it unset keeps server defaults predictable.',
  ok: (v) => v === undefined,
  unset: 'not configured',
  expected: 'not set',
  recommended: null,
});
