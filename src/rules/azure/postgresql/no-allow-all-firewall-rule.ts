import type { Rule } from '../../../core/rule.js';
import { judgeFirewallRules } from '../support/firewall-rules.js';
import { mcsb, nist } from '../support/frameworks.js';
import { PG_TYPE } from './support/rule-kit.js';

export const rule: Rule = {
  id: 'azure.postgresql.no-allow-all-firewall-rule',
  title: "PostgreSQL flexible server firewall does not allow all Azure services or the internet",
  severity: 'high',
  providers: ['azure'],
  types: [PG_TYPE],
  rationale: "The 'Allow public access from any Azure service' rule (0.0.0.0) admits connections from every Azure customer's resources, not just yours, and a 0.0.0.0-255.255.255.255 rule admits the whole internet; either leaves only the password between an attacker and the data.",
  remediation: {
    steps: ['Open the server > Settings > Networking.', "Clear 'Allow public access from any Azure service within Azure to this server' and delete internet-wide rules.", 'Add rules for specific client addresses, or use private access (VNet integration) or a private endpoint.'],
    cli: 'az postgres flexible-server firewall-rule delete --resource-group <rg> --name <server> --rule-name AllowAllAzureServicesAndResourcesWithinAzureIps_<suffix> --yes',
    terraform: 'resource "azurerm_postgresql_flexible_server_firewall_rule" "office" {\n  name             = "office"\n  server_id        = azurerm_postgresql_flexible_server.this.id\n  start_ip_address = "203.0.113.10"\n  end_ip_address   = "203.0.113.20" # never 0.0.0.0 - 0.0.0.0 or 0.0.0.0 - 255.255.255.255\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-firewall-rules', 'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-public'],
  compliance: [mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate: judgeFirewallRules,
};
