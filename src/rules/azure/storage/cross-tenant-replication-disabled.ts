import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.cross-tenant-replication-disabled',
  title: "Storage account has 'Allow cross-tenant replication' disabled",
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'Object replication to an account in another Microsoft Entra tenant copies data outside your directory and its controls; someone with write access could set up a continuous exfiltration channel.',
  remediation: {
    steps: ['Review object replication policies for destinations in other tenants.', 'Open the storage account > Data management > Object replication > Advanced settings.', "Clear 'Allow cross-tenant replication' and save."],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-cross-tenant-replication false',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  cross_tenant_replication_enabled = false\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/object-replication-prevent-cross-tenant-policies'],
  compliance: [cis('10.3.8'), nist('AC-4')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).allowCrossTenantReplication;
    // New accounts default to false, but accounts created before December 2023 report nothing and allow it,
    // so only an explicit false is trusted.
    const evidence = { path: 'config.account.allowCrossTenantReplication', observed: value ?? null, expected: false };
    return check(value === false, evidence, 'Cross-tenant replication is disallowed', value === true ? 'Cross-tenant replication is allowed' : 'allowCrossTenantReplication is not set: older accounts allow it when unset');
  },
};
