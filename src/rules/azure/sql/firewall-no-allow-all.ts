import type { Rule } from '../../../core/rule.js';
import { judgeFirewallRules } from '../support/firewall-rules.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_SERVER_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.sql.firewall-no-allow-all',
  title: 'Azure SQL server firewall does not allow all Azure services or the internet',
  severity: 'high',
  providers: ['azure'],
  types: [SQL_SERVER_TYPE],
  rationale: "The 'Allow Azure services and resources to access this server' rule (0.0.0.0) admits connections from any Azure subscription, including an attacker's, and a 0.0.0.0-255.255.255.255 rule admits the whole internet.",
  remediation: {
    steps: ['Open the SQL server > Security > Networking.', "Clear 'Allow Azure services and resources to access this server' and delete internet-wide rules.", 'Use virtual network rules, private endpoints or specific client addresses instead.'],
    cli: 'az sql server firewall-rule delete --resource-group <rg> --server <server> --name AllowAllWindowsAzureIps',
    terraform: 'resource "azurerm_mssql_firewall_rule" "office" {\n  name             = "office"\n  server_id        = azurerm_mssql_server.this.id\n  start_ip_address = "203.0.113.10"\n  end_ip_address   = "203.0.113.20"\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure', 'https://learn.microsoft.com/en-us/azure/azure-sql/database/network-access-controls-overview'],
  compliance: [mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate: judgeFirewallRules,
};
