import type { ServerBlobAuditingPolicy } from '@azure/arm-sql';
import { need, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_SERVER_TYPE } from './support/types.js';

export const SQL_AUDIT_TF = 'resource "azurerm_mssql_server_extended_auditing_policy" "this" {\n  server_id                  = azurerm_mssql_server.this.id\n  log_monitoring_enabled     = true\n  storage_endpoint           = azurerm_storage_account.audit.primary_blob_endpoint\n  retention_in_days          = 120\n}';

export const rule: Rule = {
  id: 'azure.sql.auditing-enabled',
  title: 'Azure SQL server has auditing enabled',
  severity: 'medium',
  providers: ['azure'],
  types: [SQL_SERVER_TYPE],
  rationale: 'Server-level auditing records logins, permission changes and queries for every database on the server; without it a data breach or misuse leaves no trail.',
  remediation: {
    steps: ['Open the SQL server > Security > Auditing.', 'Turn on Azure SQL Auditing and choose a storage account, Log Analytics workspace or event hub.', 'Save.'],
    cli: 'az sql server audit-policy update --resource-group <rg> --name <server> --state Enabled --lats Enabled --lawri <workspace-id>',
    terraform: SQL_AUDIT_TF,
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview'],
  compliance: [mcsb('LT-3'), nist('AU-12')],
  version: 1,
  evaluate(asset) {
    const policy = need<ServerBlobAuditingPolicy | null>(asset, 'auditing');
    const evidence = { path: 'config.auditing.state', observed: policy?.state ?? null, expected: 'Enabled' };
    return check(same(policy?.state, 'Enabled'), evidence, 'Server auditing is enabled', 'Server auditing is disabled');
  },
};
