/**
 * Benchmark network: NSGs (half of them open to the internet on 22 or 3389) and public IPs, plus one
 * network watcher per location with flow logs on a third of the NSGs (one asset each).
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { armId } from './arm-resource.js';
import { pick, push, tag } from './generate-util.js';

export function generateNetwork(sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number {
  const s = sub.subscriptionId;
  const nsgs: any[] = [];
  const ips: any[] = [];
  const watchers = new Map<string, any>();
  let made = 0;
  for (let i = 0; made < count; i++) {
    const location = pick(rand, locations);
    const rg = `rg-bench-${i % 20}`;
    if (rand() < 0.25) {
      ips.push({ name: `pip-${tag(i)}`, resourceGroup: rg, location, sku: { name: 'Standard', tier: 'Regional' }, properties: { ipAddress: `20.${i % 250}.${(i >> 8) % 250}.${i % 200}`, publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4', idleTimeoutInMinutes: 4 } });
      made++;
      continue;
    }
    const open = rand() < 0.5;
    const name = `nsg-${tag(i)}`;
    nsgs.push({
      name,
      resourceGroup: rg,
      location,
      properties: { securityRules: [{ name: 'ssh', properties: { protocol: 'Tcp', destinationPortRange: pick(rand, ['22', '3389', '443']), sourceAddressPrefix: open ? '*' : '10.0.0.0/8', destinationAddressPrefix: '*', access: 'Allow', priority: 100, direction: 'Inbound' } }] },
    });
    made++;
    if (made < count && rand() < 0.33) {
      let w = watchers.get(location);
      if (!w) {
        w = { name: `NetworkWatcher_${location}`, resourceGroup: 'NetworkWatcherRG', location, properties: { provisioningState: 'Succeeded' }, flowLogs: [] };
        watchers.set(location, w);
      }
      w.flowLogs.push({ name: `fl-${name}`, properties: { targetResourceId: armId(s, rg, 'Microsoft.Network/networkSecurityGroups', name), storageId: armId(s, rg, 'Microsoft.Storage/storageAccounts', 'stflowlogs'), enabled: true, retentionPolicy: { days: open ? 0 : 90, enabled: !open } } });
      made++;
    }
  }
  push(sub.resources, 'networkSecurityGroups', nsgs);
  push(sub.resources, 'publicIPAddresses', ips);
  push(sub.resources, 'networkWatchers', [...watchers.values()]);
  return made;
}
