import { flagRule } from './support/flag-rule.js';

export const rule = flagRule({
  id: 'gcp.sql.mysql-local-infile-off',
  title: 'Cloud SQL for MySQL has local_infile off',
  severity: 'medium',
  engine: 'MYSQL',
  flag: 'local_infile',
  cis: '6.1.3',
  nist: ['CM-7'],
  rationale: 'LOAD DATA LOCAL lets the server ask the client for files; a malicious or compromised server or query path can use it to read files from client machines. Turning local_infile off refuses it server-side.',
  ok: (v) => v === 'off',
  unset: 'on by default, as the CIS benchmark records',
  expected: 'off',
  recommended: 'off',
});
