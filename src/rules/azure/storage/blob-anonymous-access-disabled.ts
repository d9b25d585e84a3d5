import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.blob-anonymous-access-disabled',
  title: "Storage account has 'Allow Blob anonymous access' disabled",
  severity: 'high',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale:
    'While the account allows anonymous blob access, any container can be switched to public with one change, exposing its blobs to the whole internet without credentials. Disallowing it at the account level overrides every container setting.',
  remediation: {
    steps: ['Check container access levels and storage logs for anonymous requests that clients depend on.', 'Open the storage account > Settings > Configuration.', "Set 'Allow Blob anonymous access' to Disabled and save."],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  allow_nested_items_to_be_public = false\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent'],
  compliance: [cis('10.3.9'), mcsb('NS-2'), nist('AC-3')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).allowBlobPublicAccess;
    const evidence = { path: 'config.account.allowBlobPublicAccess', observed: value ?? null, expected: false };
    // Accounts created before Azure changed the default (late 2023) report no value and still permit
    // anonymous access when it is unset, so only an explicit false is trusted.
    return check(value === false, evidence, 'Anonymous blob access is disallowed for the whole account', value === true ? 'Anonymous blob access is allowed' : 'allowBlobPublicAccess is not set: older accounts permit anonymous access when it is unset');
  },
};
