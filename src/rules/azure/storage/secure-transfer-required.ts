import { type Rule, unknown } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.secure-transfer-required',
  title: "Storage account has 'Secure transfer required' enabled",
  severity: 'high',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale:
    'Without secure transfer the account accepts plain HTTP (and unencrypted SMB), so account keys, SAS tokens and data can be read or altered by anyone on the network path.',
  remediation: {
    steps: ['Open the storage account > Settings > Configuration.', "Set 'Secure transfer required' to Enabled and save.", 'Move any client still calling http:// endpoints to https://.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --https-only true',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  https_traffic_only_enabled = true\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer'],
  compliance: [cis('10.3.4'), mcsb('DP-3'), nist('SC-8'), nist('SC-8(1)')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).enableHttpsTrafficOnly;
    const evidence = { path: 'config.account.enableHttpsTrafficOnly', observed: value ?? null, expected: true };
    // ARM always returns this flag on a read; its absence means the listing was incomplete, not a default.
    if (value === undefined || value === null) return unknown('enableHttpsTrafficOnly was not reported for this account', [evidence]);
    return check(value, evidence, 'Only HTTPS requests are accepted', 'The account accepts unencrypted HTTP requests');
  },
};
