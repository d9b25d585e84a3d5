import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE } from './support/account.js';

const ACCEPTED = new Set(['TLS1_2', 'TLS1_3']);

export const rule: Rule = {
  id: 'azure.storage.minimum-tls-1-2',
  title: "Storage account 'Minimum TLS version' is 1.2 or later",
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'TLS 1.0 and 1.1 have known weaknesses and are deprecated; an account that still negotiates them lets weak clients (or a downgrade) expose data in transit.',
  remediation: {
    steps: ['Open the storage account > Settings > Configuration.', "Set 'Minimum TLS version' to Version 1.2 and save.", 'Check storage logs for clients still using older TLS before you switch.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --min-tls-version TLS1_2',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  min_tls_version = "TLS1_2"\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version'],
  compliance: [cis('10.3.7'), mcsb('DP-3'), nist('SC-8')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).minimumTlsVersion;
    // The SDK documents the default interpretation of an unset minimumTlsVersion as TLS 1.0.
    const effective = value ?? 'TLS1_0';
    const evidence = { path: 'config.account.minimumTlsVersion', observed: value ?? null, expected: 'TLS1_2' };
    return check(ACCEPTED.has(effective), evidence, `Minimum TLS version is ${effective}`, `Minimum TLS version is ${effective}${value ? '' : ' (unset: Azure applies TLS 1.0)'}`);
  },
};
