import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.postgres-log-disconnections-on',
  title: 'Cloud SQL for PostgreSQL logs disconnections',
  severity: 'medium',
  engine: 'POSTGRES',
  flag: 'log_disconnections',
  cis: '6.2.3',
  nist: ['AU-2', 'AU-12'],
  rationale: 'Session end records give each session its duration, which together with connection logs lets an investigation tell what a client could have done and for how long.',
  ok: (v) => v === 'on',
  unset: 'PostgreSQL default: off',
  expected: 'on',
  recommended: 'on',
});
