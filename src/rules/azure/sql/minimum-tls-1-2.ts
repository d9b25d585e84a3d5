import type { Server } from '@azure/arm-sql';
import { need, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_SERVER_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.sql.minimum-tls-1-2',
  title: 'Azure SQL server requires TLS 1.2 or later',
  severity: 'medium',
  providers: ['azure'],
  types: [SQL_SERVER_TYPE],
  rationale: 'TLS 1.0 and 1.1 are deprecated and weak; a server that still accepts them lets old or downgraded clients carry credentials and data over broken cryptography.',
  remediation: { steps: ['Check that clients support TLS 1.2.', 'Open the SQL server > Security > Networking > Connectivity.', "Set 'Minimum TLS version' to 1.2 (or 1.3) and save."], cli: 'az sql server update --resource-group <rg> --name <server> --minimal-tls-version 1.2', terraform: 'resource "azurerm_mssql_server" "this" {\n  # ...\n  minimum_tls_version = "1.2"\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#minimal-tls-version'],
  compliance: [mcsb('DP-3'), nist('SC-8')],
  version: 1,
  evaluate(asset) {
    const value = need<Server>(asset, 'server').minimalTlsVersion;
    // Unset (or 'None') means the server accepts every TLS version.
    const evidence = { path: 'config.server.minimalTlsVersion', observed: value ?? null, expected: '1.2 or 1.3' };
    return check(value === '1.2' || value === '1.3', evidence, `Minimum TLS version is ${value}`, `Minimum TLS version is ${value ?? 'not set (any version)'}`);
  },
};
