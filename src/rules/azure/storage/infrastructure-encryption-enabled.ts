import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.infrastructure-encryption-enabled',
  title: 'Storage account encrypts data twice (infrastructure encryption)',
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'Infrastructure encryption adds a second, independent layer of AES-256 encryption with a different algorithm mode and key, so a flaw or compromise of one layer does not expose the data.',
  remediation: {
    steps: ['Infrastructure encryption can only be chosen when an account is created.', 'Create a new account with infrastructure encryption enabled and migrate the data (AzCopy, object replication).', 'Delete the old account.'],
    cli: 'az storage account create --name <account> --resource-group <rg> --location <region> --require-infrastructure-encryption true',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  infrastructure_encryption_enabled = true\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable'],
  compliance: [mcsb('DP-4'), nist('SC-28(1)')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).encryption?.requireInfrastructureEncryption;
    // Infrastructure encryption is off unless it was requested at creation.
    const evidence = { path: 'config.account.encryption.requireInfrastructureEncryption', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'Data is encrypted at both the service and infrastructure layers', 'Infrastructure (double) encryption is not enabled');
  },
};
