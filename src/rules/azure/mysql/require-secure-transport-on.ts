import type { Rule } from '../../../core/rule.js';
import { mcsb, nist } from '../support/frameworks.js';
import { isOn, judgeParameter } from '../support/server-parameters.js';
import { MYSQL_REFS, MYSQL_TYPE, mysqlTf } from './support/rule-kit.js';

export const rule: Rule = {
  id: 'azure.mysql.require-secure-transport-on',
  title: 'MySQL flexible server requires TLS (require_secure_transport = ON)',
  severity: 'high',
  providers: ['azure'],
  types: [MYSQL_TYPE],
  rationale: 'With require_secure_transport off, clients may connect in clear text, exposing credentials and data to anyone on the network path.',
  remediation: {
    steps: ['Open the MySQL flexible server > Settings > Server parameters.', 'Set require_secure_transport to ON and save.'],
    cli: 'az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name require_secure_transport --value ON',
    terraform: mysqlTf('require_secure_transport', 'ON'),
  },
  references: [...MYSQL_REFS, 'https://learn.microsoft.com/en-us/azure/mysql/flexible-server/how-to-connect-tls-ssl'],
  compliance: [mcsb('DP-3'), nist('SC-8')],
  version: 1,
  evaluate: (asset) => judgeParameter(asset, ['require_secure_transport'], isOn, 'ON'),
};
