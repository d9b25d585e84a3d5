import type { Rule } from '../../../core/rule.js';
import { mcsb, nist } from '../support/frameworks.js';
import { judgeParameter } from '../support/server-parameters.js';
import { MYSQL_REFS, MYSQL_TYPE, mysqlTf } from './support/rule-kit.js';

/** Every version the parameter allows must be TLS 1.2 or later. */
const modernOnly = (value: string): boolean => value.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean).every((v) => v === 'TLSV1.2' || v === 'TLSV1.3');

export const rule: Rule = {
  id: 'azure.mysql.tls-version-1-2-or-higher',
  title: 'MySQL flexible server accepts only TLS 1.2 or later (tls_version)',
  severity: 'medium',
  providers: ['azure'],
  types: [MYSQL_TYPE],
  rationale: 'TLS 1.0 and 1.1 are deprecated and have known weaknesses; allowing them lets old or downgraded clients protect traffic with broken cryptography.',
  remediation: {
    steps: ['Open the MySQL flexible server > Settings > Server parameters.', 'Set tls_version to TLSv1.2 (or TLSv1.2,TLSv1.3) and save; the server restarts for this static parameter.'],
    cli: 'az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name tls_version --value TLSv1.2,TLSv1.3',
    terraform: mysqlTf('tls_version', 'TLSv1.2,TLSv1.3'),
  },
  references: [...MYSQL_REFS, 'https://learn.microsoft.com/en-us/azure/mysql/flexible-server/how-to-connect-tls-ssl'],
  compliance: [mcsb('DP-3'), nist('SC-8')],
  version: 1,
  evaluate: (asset) => judgeParameter(asset, ['tls_version'], modernOnly, 'only TLSv1.2 / TLSv1.3'),
};
