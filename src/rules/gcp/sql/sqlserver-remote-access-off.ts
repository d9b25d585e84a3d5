import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.sqlserver-remote-access-off',
  title: "Cloud SQL for SQL Server has 'remote access' off",
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'remote access',
  cis: '6.3.5',
  nist: ['CM-7', 'AC-17'],
  rationale: 'remote access lets stored procedures be run from and on other SQL Server instances, which can be abused to reach or attack other servers; it is rarely needed.',
  ok: (v) => v === 'off',
  unset: 'SQL Server default: on',
  expected: 'off',
  recommended: 'off',
});
