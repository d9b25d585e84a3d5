import { notApplicable, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.trusted-services-bypass-enabled',
  title: 'Storage account firewall lets trusted Azure services through',
  severity: 'low',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale:
    'When the firewall denies by default, Azure services such as Backup, Monitor diagnostic settings and Event Grid can only reach the account through the trusted-services exception; without it, logging and backup silently stop or people reopen the firewall.',
  remediation: {
    steps: ['Open the storage account > Networking.', "Tick 'Allow Azure services on the trusted services list to access this storage account' and save."],
    cli: 'az storage account update --name <account> --resource-group <rg> --bypass AzureServices',
    terraform: 'resource "azurerm_storage_account_network_rules" "this" {\n  storage_account_id = azurerm_storage_account.this.id\n  default_action     = "Deny"\n  bypass             = ["AzureServices"]\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security-trusted-azure-services', STORAGE_REFS.network],
  compliance: [cis('10.3.5'), mcsb('NS-2')],
  version: 1,
  evaluate(asset) {
    const rules = accountOf(asset).networkRuleSet;
    // The exception only matters behind a deny-by-default firewall (the recommendation assumes it).
    if (!same(rules?.defaultAction, 'Deny')) return notApplicable('The firewall does not deny by default, so no exception is needed');
    const bypass = rules?.bypass;
    // Documented default when bypass is unset: AzureServices.
    const effective = bypass ?? 'AzureServices';
    const ok = effective.split(',').some((b) => same(b.trim(), 'AzureServices'));
    const evidence = { path: 'config.account.networkRuleSet.bypass', observed: bypass ?? null, expected: 'includes AzureServices' };
    return check(ok, evidence, `Trusted Azure services bypass the firewall (${effective})`, `Trusted Azure services are blocked (bypass: ${effective})`);
  },
};
