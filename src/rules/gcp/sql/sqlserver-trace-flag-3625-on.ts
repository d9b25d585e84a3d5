import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.sqlserver-trace-flag-3625-on',
  title: 'Cloud SQL for SQL Server has trace flag 3625 on',
  severity: 'low',
  engine: 'SQLSERVER',
  flag: '3625',
  cis: '6.3.6',
  nist: ['SI-11'],
  rationale: 'Trace flag 3625 masks parameters in error messages shown to users without sysadmin rights, so errors stop leaking data values and object details.',
  ok: (v) => v === 'on',
  unset: 'off by default',
  expected: 'on',
  recommended: 'on',
});
