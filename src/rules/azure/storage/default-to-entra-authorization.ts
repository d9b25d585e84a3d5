import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.default-to-entra-authorization',
  title: "Storage account has 'Default to Microsoft Entra authorization in the Azure portal' enabled",
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'When the portal defaults to account keys, every person browsing data uses the all-powerful key instead of their own identity, so RBAC scoping and per-user audit are bypassed.',
  remediation: {
    steps: ['Open the storage account > Settings > Configuration.', "Set 'Default to Microsoft Entra authorization in the Azure portal' to Enabled and save."],
    cli: 'az storage account update --name <account> --resource-group <rg> --set defaultToOAuthAuthentication=true',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  default_to_oauth_authentication = true\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/authorize-data-operations-portal#default-to-microsoft-entra-authorization-in-the-azure-portal'],
  compliance: [cis('10.3.3.1'), mcsb('IM-1'), nist('IA-2')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).defaultToOAuthAuthentication;
    // The SDK documents the default interpretation of an unset flag as false.
    const evidence = { path: 'config.account.defaultToOAuthAuthentication', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'The portal authorizes data access with Microsoft Entra ID by default', 'The portal uses the account key by default');
  },
};
