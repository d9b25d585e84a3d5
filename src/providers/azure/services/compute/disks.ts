/** Managed disks: encryption type (platform or customer-managed key), attachment, network access. */
import { ComputeManagementClient } from '@azure/arm-compute';
import type { AzureCollector } from '../../collector.js';
import { regionOf } from '../../arm-ids.js';

export const DISK_TYPE = 'Microsoft.Compute/disks';

export const disksCollector: AzureCollector = {
  id: 'azure.compute.disks',
  service: 'compute',
  types: [DISK_TYPE],
  permissions: ['Microsoft.Compute/disks/read'],
  async *collect(ctx) {
    const compute = ctx.client(ComputeManagementClient);
    for await (const disk of ctx.list('compute', 'disks.list', (token) => compute.disks.list().byPage({ continuationToken: token }))) {
      const a = ctx.asset({ id: disk.id ?? '', type: DISK_TYPE, kind: 'storage.volume', name: disk.name ?? '', region: regionOf(disk.location), tags: disk.tags });
      ctx.aspect(a, 'disk', { ok: true, value: disk });
      ctx.progress(1);
      yield a;
    }
  },
};
