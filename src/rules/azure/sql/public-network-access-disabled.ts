import type { Server } from '@azure/arm-sql';
import { need, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_SERVER_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.sql.public-network-access-disabled',
  title: 'Azure SQL server has public network access disabled',
  severity: 'medium',
  providers: ['azure'],
  types: [SQL_SERVER_TYPE],
  rationale: 'With public network access disabled the server is reachable only through private endpoints, so firewall mistakes and stolen credentials cannot be used from the internet.',
  remediation: {
    steps: ['Create private endpoints for the server in the client virtual networks.', 'Open the SQL server > Security > Networking.', "Set 'Public network access' to Disable and save."],
    cli: 'az sql server update --resource-group <rg> --name <server> --enable-public-network false',
    terraform: 'resource "azurerm_mssql_server" "this" {\n  # ...\n  public_network_access_enabled = false\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#deny-public-network-access'],
  compliance: [mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const value = need<Server>(asset, 'server').publicNetworkAccess;
    // Unset means Enabled (the service default).
    const evidence = { path: 'config.server.publicNetworkAccess', observed: value ?? null, expected: 'Disabled' };
    return check(same(value, 'Disabled'), evidence, 'Public network access is disabled', `Public network access is ${value ?? 'not set (Enabled)'}`);
  },
};
