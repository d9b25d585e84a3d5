import type { NetworkWatcher } from '@azure/arm-network';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { same } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { SUBSCRIPTION_TYPE } from '../support/subscription.js';

/** `West Europe` and `westeurope` are the same region. */
const norm = (location: string): string => location.replace(/\s+/g, '').toLowerCase();

export const rule: Rule = {
  id: 'azure.network.network-watcher-enabled-in-used-regions',
  title: 'Network Watcher is enabled in every region the subscription uses',
  severity: 'medium',
  providers: ['azure'],
  types: [SUBSCRIPTION_TYPE],
  rationale: 'Flow logs, connection troubleshooting and packet capture all need a Network Watcher in the region; a region without one has no network visibility when an incident happens there.',
  remediation: {
    steps: ['Open Network Watcher and select the subscription.', 'Enable Network Watcher in each region listed in this finding (it is created in the NetworkWatcherRG resource group).'],
    cli: 'az network watcher configure --resource-group NetworkWatcherRG --locations <region> [<region> ...] --enabled true',
    terraform: 'resource "azurerm_network_watcher" "this" {\n  for_each            = toset(var.regions_in_use)\n  name                = "NetworkWatcher_${each.value}"\n  location            = each.value\n  resource_group_name = "NetworkWatcherRG"\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-create', 'https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-overview'],
  compliance: [cis('8.6'), mcsb('LT-4'), nist('SI-4')],
  version: 1,
  evaluate(asset) {
    const used = [...new Set((need<string[]>(asset, 'locations') ?? []).map(norm))].filter((l) => l !== 'global');
    const watchers = need<NetworkWatcher[] | null>(asset, 'networkWatchers') ?? [];
    // A watcher whose provisioning failed or is being deleted gives no visibility.
    const covered = new Set(watchers.filter((w) => w.location && (w.provisioningState === undefined || same(w.provisioningState, 'Succeeded'))).map((w) => norm(w.location ?? '')));
    const missing = used.filter((l) => !covered.has(l)).sort();
    const evidence = [
      { path: 'config.locations', observed: used, expected: 'each covered by a Network Watcher' },
      { path: 'config.networkWatchers[].location', observed: [...covered].sort(), expected: used },
    ];
    if (!used.length) return pass('The subscription has no regional resources', evidence);
    return missing.length ? fail(`No Network Watcher in ${missing.join(', ')}`, evidence) : pass(`Network Watcher is enabled in all ${used.length} regions in use`, evidence);
  },
};
