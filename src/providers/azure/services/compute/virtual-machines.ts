/**
 * Virtual machines, each with the public IP addresses attached through its network interfaces (NICs and
 * public IPs listed once per run and joined by id).
 */
import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient, type NetworkInterface, type PublicIPAddress } from '@azure/arm-network';
import type { CollectionError } from '../../../../core/asset.js';
import { ListingFailed, type AzureCollectContext, type AzureCollector } from '../../collector.js';
import { regionOf } from '../../arm-ids.js';

export const VM_TYPE = 'Microsoft.Compute/virtualMachines';

type Index = { ok: true; nics: Map<string, NetworkInterface>; ips: Map<string, PublicIPAddress> } | { ok: false; error: CollectionError };

async function networkIndex(ctx: AzureCollectContext): Promise<Index> {
  const network = ctx.client(NetworkManagementClient);
  const nics = new Map<string, NetworkInterface>();
  const ips = new Map<string, PublicIPAddress>();
  try {
    for await (const n of ctx.list('network', 'networkInterfaces.listAll', (token) => network.networkInterfaces.listAll().byPage({ continuationToken: token }))) if (n.id) nics.set(n.id.toLowerCase(), n);
    for await (const ip of ctx.list('network', 'publicIPAddresses.listAll', (token) => network.publicIPAddresses.listAll().byPage({ continuationToken: token }))) if (ip.id) ips.set(ip.id.toLowerCase(), ip);
  } catch (e) {
    if (e instanceof ListingFailed) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, nics, ips };
}

export const virtualMachinesCollector: AzureCollector = {
  id: 'azure.compute.virtual-machines',
  service: 'compute',
  types: [VM_TYPE],
  permissions: ['Microsoft.Compute/virtualMachines/read', 'Microsoft.Network/networkInterfaces/read', 'Microsoft.Network/publicIPAddresses/read'],
  async *collect(ctx) {
    const compute = ctx.client(ComputeManagementClient);
    const index = await networkIndex(ctx);
    for await (const vm of ctx.list('compute', 'virtualMachines.listAll', (token) => compute.virtualMachines.listAll().byPage({ continuationToken: token }))) {
      const a = ctx.asset({ id: vm.id ?? '', type: VM_TYPE, kind: 'compute.instance', name: vm.name ?? '', region: regionOf(vm.location), tags: vm.tags });
      ctx.aspect(a, 'vm', { ok: true, value: vm });
      if (index.ok) {
        const publicIps: PublicIPAddress[] = [];
        for (const ref of vm.networkProfile?.networkInterfaces ?? []) {
          const nic = ref.id ? index.nics.get(ref.id.toLowerCase()) : undefined;
          for (const cfg of nic?.ipConfigurations ?? []) {
            const ip = cfg.publicIPAddress?.id ? index.ips.get(cfg.publicIPAddress.id.toLowerCase()) : undefined;
            if (ip) publicIps.push(ip);
          }
        }
        ctx.aspect(a, 'publicIps', { ok: true, value: publicIps });
      } else ctx.aspect(a, 'publicIps', { ok: false, error: index.error });
      ctx.progress(1);
      yield a;
    }
  },
};
