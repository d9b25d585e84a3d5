import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.mysql-skip-show-database-on',
  title: 'Cloud SQL for MySQL has skip_show_database on',
  severity: 'low',
  engine: 'MYSQL',
  flag: 'skip_show_database',
  cis: '6.1.2',
  nist: ['AC-6', 'CM-7'],
  rationale: 'With skip_show_database on, only users holding the SHOW DATABASES privilege can list databases, so ordinary accounts cannot enumerate what else lives on the server.',
  ok: (v) => v === 'on',
  unset: 'MySQL default: off',
  expected: 'on',
  recommended: 'on',
});
