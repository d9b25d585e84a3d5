import { fail, pass, type Rule } from '../../../core/rule.js';
import { same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { COSMOS_TYPE, cosmosOf } from './support/account.js';

export const rule: Rule = {
  id: 'azure.cosmosdb.network-access-restricted',
  title: 'Cosmos DB account is not reachable from all networks',
  severity: 'high',
  providers: ['azure'],
  types: [COSMOS_TYPE],
  rationale: 'With no firewall and no virtual network filter a Cosmos DB account accepts requests from any address, so a leaked key is immediately usable from anywhere.',
  remediation: { steps: ['Open the account > Settings > Networking.', "Choose 'Selected networks' and add virtual networks and IP ranges, or disable public access and use private endpoints."], cli: 'az cosmosdb update --resource-group <rg> --name <account> --ip-range-filter 203.0.113.0/24 --enable-virtual-network true', terraform: 'resource "azurerm_cosmosdb_account" "this" {\n  # ...\n  is_virtual_network_filter_enabled = true\n  ip_range_filter                   = ["203.0.113.0/24"]\n  public_network_access_enabled     = false\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-firewall', 'https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-configure-vnet-service-endpoint'],
  compliance: [mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const a = cosmosOf(asset);
    const ipRules = (a.ipRules ?? []).map((r) => r.ipAddressOrRange ?? '').filter(Boolean);
    const evidence = [
      { path: 'config.account.publicNetworkAccess', observed: a.publicNetworkAccess ?? null, expected: 'Disabled, or a firewall' },
      { path: 'config.account.isVirtualNetworkFilterEnabled', observed: a.isVirtualNetworkFilterEnabled ?? null, expected: true },
      { path: 'config.account.ipRules', observed: ipRules, expected: 'specific ranges' },
    ];
    if (same(a.publicNetworkAccess, 'Disabled')) return pass('Public network access is disabled', evidence);
    // 0.0.0.0 alone is the "accept connections from within Azure datacenters" switch: any Azure tenant.
    const meaningful = ipRules.filter((r) => r !== '0.0.0.0');
    if (a.isVirtualNetworkFilterEnabled === true || meaningful.length) return pass(`Access is limited to ${[a.isVirtualNetworkFilterEnabled ? 'virtual network rules' : '', ...meaningful].filter(Boolean).join(', ')}`, evidence);
    return fail(ipRules.length ? 'The firewall only allows Azure datacenters (any tenant)' : 'The account accepts requests from all networks', evidence);
  },
};
