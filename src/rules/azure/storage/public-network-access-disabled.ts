import type { Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.public-network-access-disabled',
  title: "Storage account has 'Public network access' disabled",
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale: 'With public network access disabled the account is reachable only through private endpoints, so leaked keys or SAS tokens cannot be used from the internet and the data plane is out of reach of scanning.',
  remediation: {
    steps: ['Create private endpoints for the storage services your clients use.', 'Open the storage account > Security + networking > Networking.', "Set 'Public network access' to Disabled and save."],
    cli: 'az storage account update --name <account> --resource-group <rg> --public-network-access Disabled',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  public_network_access_enabled = false\n}',
  },
  references: [STORAGE_REFS.network],
  compliance: [cis('10.3.2.2'), mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).publicNetworkAccess;
    // Unset means the public endpoint is open (subject to the firewall rules), as if Enabled.
    const evidence = { path: 'config.account.publicNetworkAccess', observed: value ?? null, expected: 'Disabled' };
    return check(same(value, 'Disabled'), evidence, 'Public network access is disabled', `Public network access is ${value ?? 'not set (open)'}`);
  },
};
