import type { Rule } from '../../../core/rule.js';
import { mcsb, nist } from '../support/frameworks.js';
import { isOn, judgeParameter } from '../support/server-parameters.js';
import { MYSQL_REFS, MYSQL_TYPE, mysqlTf } from './support/rule-kit.js';

export const rule: Rule = {
  id: 'azure.mysql.audit-log-enabled',
  title: 'MySQL flexible server has audit logging on (audit_log_enabled = ON)',
  severity: 'medium',
  providers: ['azure'],
  types: [MYSQL_TYPE],
  rationale: 'The audit log records connections and the statements run against the server; without it there is no trace of who read or changed data.',
  remediation: {
    steps: ['Open the MySQL flexible server > Settings > Server parameters.', 'Set audit_log_enabled to ON and choose audit_log_events (at least CONNECTION).', 'Send the MySqlAuditLogs category to Log Analytics with a diagnostic setting.'],
    cli: 'az mysql flexible-server parameter set --resource-group <rg> --server-name <server> --name audit_log_enabled --value ON',
    terraform: mysqlTf('audit_log_enabled', 'ON'),
  },
  references: [...MYSQL_REFS, 'https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-audit-logs'],
  compliance: [mcsb('LT-3'), nist('AU-12')],
  version: 1,
  evaluate: (asset) => judgeParameter(asset, ['audit_log_enabled'], isOn, 'ON'),
};
