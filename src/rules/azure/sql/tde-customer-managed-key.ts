import type { EncryptionProtector } from '@azure/arm-sql';
import { need, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { SQL_SERVER_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.sql.tde-customer-managed-key',
  title: 'Azure SQL server protects TDE with a customer-managed key',
  severity: 'low',
  providers: ['azure'],
  types: [SQL_SERVER_TYPE],
  rationale: 'With the TDE protector in your Key Vault you control rotation and can revoke the server access to every database and backup by disabling the key; service-managed keys give no such control.',
  remediation: {
    steps: ['Create an RSA key in a Key Vault with soft delete and purge protection; give the server identity wrapKey/unwrapKey/get on it.', 'Open the SQL server > Security > Transparent data encryption.', 'Choose Customer-managed key, select the key and save.'],
    cli: 'az sql server tde-key set --resource-group <rg> --server <server> --server-key-type AzureKeyVault --kid <key-uri>',
    terraform: 'resource "azurerm_mssql_server_transparent_data_encryption" "this" {\n  server_id        = azurerm_mssql_server.this.id\n  key_vault_key_id = azurerm_key_vault_key.tde.id\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-byok-overview'],
  compliance: [mcsb('DP-5'), nist('SC-12'), nist('SC-28(1)')],
  version: 1,
  evaluate(asset) {
    const protector = need<EncryptionProtector | null>(asset, 'encryptionProtector');
    const evidence = { path: 'config.encryptionProtector.serverKeyType', observed: protector?.serverKeyType ?? null, expected: 'AzureKeyVault' };
    return check(same(protector?.serverKeyType, 'AzureKeyVault'), evidence, `TDE protector is the Key Vault key ${protector?.serverKeyName ?? ''}`, 'TDE uses a service-managed key');
  },
};
