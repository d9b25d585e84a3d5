import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.sqlserver-user-connections-unlimited',
  title: "Cloud SQL for SQL Server does not cap 'user connections'",
  severity: 'low',
  engine: 'SQLSERVER',
  flag: 'user connections',
  cis: '6.3.3',
  nist: ['SC-5'],
  rationale: 'A fixed user connections limit makes SQL Server refuse new sessions once reached, turning a burst of connections into an outage; 0 lets the server size it itself.',
  ok: (v) => v === undefined || v === '0',
  unset: 'SQL Server default: 0, self-configuring',
  expected: '0',
  recommended: '0',
});
