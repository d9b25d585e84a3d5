/**
 * Microsoft.Network: network security groups, public IP addresses, network interfaces, network watchers
 * and their flow logs.
 *
 * Sections (wire JSON; `id` may be left out when `resourceGroup` and `name` are given):
 *   `networkSecurityGroups`: NSGs with `properties.securityRules` (each `{ name, properties }`; ids filled);
 *     `defaultSecurityRules` are ARM's six defaults unless given.
 *   `publicIPAddresses`, `networkInterfaces`: as ARM returns them.
 *   `networkWatchers`: watchers, each with a simulator-only `flowLogs` array (`{ name, location, properties:
 *     { targetResourceId, storageId, enabled, retentionPolicy, format } }`).
 */
import type { AzureSimService } from '../service.js';
import { findByName, wire } from './arm-resource.js';
import { defaultSecurityRules } from './network-defaults.js';
import { generateNetwork } from './network-generate.js';

const NSG = 'Microsoft.Network/networkSecurityGroups';
const WATCHER = 'Microsoft.Network/networkWatchers';

function nsgWire(sub: string, n: Record<string, any>): Record<string, any> {
  const out = wire(sub, n, NSG);
  const id = out.id as string;
  const props = out.properties ?? {};
  const rule = (kind: string) => (r: Record<string, any>) => ({ id: `${id}/${kind}/${String(r.name)}`, type: `${NSG}/${kind}`, etag: 'W/"00000000-0000-0000-0000-000000000001"', ...r, properties: { provisioningState: 'Succeeded', sourcePortRange: '*', sourcePortRanges: [], destinationPortRanges: [], sourceAddressPrefixes: [], destinationAddressPrefixes: [], ...(r.properties ?? {}) } });
  return {
    etag: 'W/"00000000-0000-0000-0000-000000000001"',
    ...out,
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: '00000000-0000-4000-8000-00000000a5a5',
      ...props,
      securityRules: (props.securityRules ?? []).map(rule('securityRules')),
      defaultSecurityRules: (props.defaultSecurityRules ?? defaultSecurityRules()).map(rule('defaultSecurityRules')),
    },
  };
}

const listAll = (section: string, type: string, operation: string): AzureSimService['routes'][number] => ({
  method: 'GET',
  path: `/subscriptions/{subscriptionId}/providers/${type}`,
  operation,
  kind: 'list',
  handler: (ctx) => ctx.section(section).map((r) => wire(ctx.subscription.subscriptionId, r, type, ['flowLogs'])),
});

export const networkService: AzureSimService = {
  name: 'network',
  routes: [
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/providers/Microsoft.Network/networkSecurityGroups',
      operation: 'Microsoft.Network/networkSecurityGroups.listAll',
      kind: 'list',
      handler: (ctx) => ctx.section('networkSecurityGroups').map((n) => nsgWire(ctx.subscription.subscriptionId, n)),
    },
    listAll('publicIPAddresses', 'Microsoft.Network/publicIPAddresses', 'Microsoft.Network/publicIPAddresses.listAll'),
    listAll('networkInterfaces', 'Microsoft.Network/networkInterfaces', 'Microsoft.Network/networkInterfaces.listAll'),
    // networkWatchers.listAll is not paged by ARM (one watcher per region at most).
    { ...listAll('networkWatchers', WATCHER, 'Microsoft.Network/networkWatchers.listAll'), pageSize: 1000 },
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/networkWatchers/{networkWatcherName}/flowLogs',
      operation: 'Microsoft.Network/flowLogs.list',
      action: 'Microsoft.Network/networkWatchers/flowLogs/read',
      kind: 'list',
      handler: (ctx) => {
        const sub = ctx.subscription.subscriptionId;
        const w = findByName(sub, ctx.section('networkWatchers'), WATCHER, ctx.params.resourceGroupName ?? '', ctx.params.networkWatcherName ?? '');
        const wid = wire(sub, w, WATCHER).id as string;
        return ((w.flowLogs ?? []) as Array<Record<string, any>>).map((f) => ({
          id: `${wid}/flowLogs/${String(f.name)}`,
          type: `${WATCHER}/flowLogs`,
          etag: 'W/"00000000-0000-0000-0000-000000000002"',
          location: w.location,
          ...f,
          properties: { provisioningState: 'Succeeded', targetResourceGuid: '00000000-0000-4000-8000-00000000a5a5', format: { type: 'JSON', version: 2 }, ...(f.properties ?? {}) },
        }));
      },
    },
  ],
  generate: generateNetwork,
};
