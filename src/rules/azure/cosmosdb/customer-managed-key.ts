import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { COSMOS_TYPE, cosmosOf } from './support/account.js';

export const rule: Rule = {
  id: 'azure.cosmosdb.customer-managed-key',
  title: 'Cosmos DB account encrypts data with a customer-managed key',
  severity: 'low',
  providers: ['azure'],
  types: [COSMOS_TYPE],
  rationale: 'With a Key Vault key you control rotation and can cut off access to the account data by revoking the key, with every use logged; service-managed keys give neither. Apply it to accounts with sensitive data.',
  remediation: { steps: ['Customer-managed keys are set when an account is created: create the key in a Key Vault with purge protection and grant the Cosmos DB identity access.', 'Create a new account with the key and migrate the data.'], cli: 'az cosmosdb create --resource-group <rg> --name <account> --key-uri <key-uri-without-version>', terraform: 'resource "azurerm_cosmosdb_account" "this" {\n  # ...\n  key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-customer-managed-keys'],
  compliance: [mcsb('DP-5'), nist('SC-12'), nist('SC-28(1)')],
  version: 1,
  evaluate(asset) {
    const uri = cosmosOf(asset).keyVaultKeyUri;
    const evidence = { path: 'config.account.keyVaultKeyUri', observed: uri ?? null, expected: 'a Key Vault key URI' };
    return check(!!uri, evidence, `Data is encrypted with ${uri}`, 'Data is encrypted with service-managed keys');
  },
};
