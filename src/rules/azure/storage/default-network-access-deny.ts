import type { Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.default-network-access-deny',
  title: 'Storage account firewall denies access by default',
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'A default action of Allow accepts connections from any network; denying by default and allow-listing virtual networks and IP ranges limits who can even attempt to use the account credentials.',
  remediation: {
    steps: ['Add virtual network and IP rules for every legitimate client.', 'Open the storage account > Networking and choose "Enabled from selected virtual networks and IP addresses".', 'Save, then confirm clients still connect.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --default-action Deny',
    terraform: 'resource "azurerm_storage_account_network_rules" "this" {\n  storage_account_id = azurerm_storage_account.this.id\n  default_action     = "Deny"\n  bypass             = ["AzureServices"]\n}',
  },
  references: [STORAGE_REFS.network],
  compliance: [cis('10.3.2.3'), cis('2.2.1.2'), mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const action = accountOf(asset).networkRuleSet?.defaultAction;
    // Without a network rule set the account accepts every network (the default action is Allow).
    const evidence = { path: 'config.account.networkRuleSet.defaultAction', observed: action ?? null, expected: 'Deny' };
    return check(same(action, 'Deny'), evidence, 'Network access is denied by default', `The default network action is ${action ?? 'not set (Allow)'}`);
  },
};
