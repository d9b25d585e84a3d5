import type { Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.customer-managed-key-encryption',
  title: 'Storage account encrypts data with a customer-managed key',
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale:
    'With a customer-managed key in Key Vault you control rotation, can revoke access to the data by disabling the key, and see every use of the key in Key Vault logs; Microsoft-managed keys give none of that. Apply it to accounts holding critical data.',
  remediation: {
    steps: ['Create a key in a Key Vault with soft delete and purge protection.', 'Give the storage account (system- or user-assigned identity) Key Vault Crypto Service Encryption User on the key.', 'Open the storage account > Security + networking > Encryption, choose Customer-managed keys and select the key.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <vault-uri> --encryption-key-name <key>',
    terraform: 'resource "azurerm_storage_account_customer_managed_key" "this" {\n  storage_account_id = azurerm_storage_account.this.id\n  key_vault_id       = azurerm_key_vault.this.id\n  key_name           = azurerm_key_vault_key.this.name\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview'],
  compliance: [cis('2.1.1.2.1'), mcsb('DP-5'), nist('SC-12'), nist('SC-28(1)')],
  version: 1,
  evaluate(asset) {
    const source = accountOf(asset).encryption?.keySource;
    // Without a key source the account uses the default, Microsoft-managed keys (Microsoft.Storage).
    const evidence = { path: 'config.account.encryption.keySource', observed: source ?? null, expected: 'Microsoft.Keyvault' };
    return check(same(source, 'Microsoft.Keyvault'), evidence, 'Data is encrypted with a customer-managed key', `Data is encrypted with Microsoft-managed keys (${source ?? 'default'})`);
  },
};
