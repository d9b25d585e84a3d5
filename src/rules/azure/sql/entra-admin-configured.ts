import type { ServerAzureADAdministrator } from '@azure/arm-sql';
import { need, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_SERVER_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.sql.entra-admin-configured',
  title: 'Azure SQL server has a Microsoft Entra administrator',
  severity: 'medium',
  providers: ['azure'],
  types: [SQL_SERVER_TYPE],
  rationale: 'Without a Microsoft Entra administrator only SQL logins work, with passwords managed per server, no MFA and no central disabling of leavers; an Entra admin lets access follow your identity lifecycle.',
  remediation: {
    steps: ['Open the SQL server > Settings > Microsoft Entra ID.', 'Set admin, choose a group (not a single user) and save.', 'Consider enabling Microsoft Entra-only authentication.'],
    cli: 'az sql server ad-admin create --resource-group <rg> --server-name <server> --display-name <group> --object-id <group-object-id>',
    terraform: 'resource "azurerm_mssql_server" "this" {\n  # ...\n  azuread_administrator {\n    login_username = "sql-admins"\n    object_id      = azuread_group.sql_admins.object_id\n  }\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/authentication-aad-configure'],
  compliance: [mcsb('IM-1'), nist('IA-2'), nist('AC-2')],
  version: 1,
  evaluate(asset) {
    const admins = need<ServerAzureADAdministrator[] | null>(asset, 'administrators') ?? [];
    const evidence = { path: 'config.administrators', observed: admins.map((a) => a.login ?? null), expected: 'a Microsoft Entra administrator' };
    return check(admins.length > 0, evidence, `Microsoft Entra administrator: ${admins.map((a) => a.login).join(', ')}`, 'No Microsoft Entra administrator is set');
  },
};
