import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.sqlserver-external-scripts-off',
  title: "Cloud SQL for SQL Server has 'external scripts enabled' off",
  severity: 'medium',
  engine: 'SQLSERVER',
  flag: 'external scripts enabled',
  cis: '6.3.1',
  nist: ['CM-7'],
  rationale: 'External scripts run R or Python code outside the database engine\'s security boundary; leaving the feature off removes a code-execution path nobody should need on a shared server.',
  ok: (v) => v === undefined || v === 'off',
  unset: 'SQL Server default: off',
  expected: 'off',
  recommended: 'off',
});
