import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.sqlserver-cross-db-ownership-chaining-off',
  title: "Cloud SQL for SQL Server has 'cross db ownership chaining' off",
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'cross db ownership chaining',
  cis: '6.3.2',
  nist: ['AC-6', 'CM-7'],
  rationale: 'Ownership chaining across databases skips permission checks when objects in one database reference another with the same owner, letting users reach data they were never granted.',
  ok: (v) => v === undefined || v === 'off',
  unset: 'SQL Server default: off',
  expected: 'off',
  recommended: 'off',
});
