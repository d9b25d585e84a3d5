import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.sqlserver-contained-database-authentication-off',
  title: "Cloud SQL for SQL Server has 'contained database authentication' off",
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'contained database authentication',
  cis: '6.3.7',
  nist: ['AC-2', 'IA-2'],
  rationale: 'Contained databases authenticate their own users, so database owners can grant access to the instance outside the server-level login controls administrators review.',
  ok: (v) => v === undefined || v === 'off',
  unset: 'SQL Server default: off',
  expected: 'off',
  recommended: 'off',
});
