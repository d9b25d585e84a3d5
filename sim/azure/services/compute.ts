/**
 * Microsoft.Compute: virtual machines and managed disks.
 *
 * Sections (wire JSON; `id` may be left out when `resourceGroup` and `name` are given):
 *   `virtualMachines`: VirtualMachine (`properties.storageProfile`, `osProfile`, `securityProfile`,
 *     `networkProfile.networkInterfaces[].id` pointing at `networkInterfaces` of the network service).
 *   `disks`: Disk (`properties.encryption.type`, `diskState`, `networkAccessPolicy`; `managedBy` on top).
 */
import type { AzureSimService } from '../service.js';
import { wire } from './arm-resource.js';
import { generateCompute } from './compute-generate.js';

export const computeService: AzureSimService = {
  name: 'compute',
  routes: [
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/virtualMachines',
      operation: 'Microsoft.Compute/virtualMachines.listAll',
      kind: 'list',
      handler: (ctx) =>
        ctx.section('virtualMachines').map((v) => {
          const out = wire(ctx.subscription.subscriptionId, v, 'Microsoft.Compute/virtualMachines');
          return { ...out, properties: { provisioningState: 'Succeeded', ...(out.properties ?? {}) } };
        }),
    },
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/providers/Microsoft.Compute/disks',
      operation: 'Microsoft.Compute/disks.list',
      kind: 'list',
      handler: (ctx) =>
        ctx.section('disks').map((d) => {
          const out = wire(ctx.subscription.subscriptionId, d, 'Microsoft.Compute/disks');
          return { ...out, properties: { provisioningState: 'Succeeded', encryption: { type: 'EncryptionAtRestWithPlatformKey' }, ...(out.properties ?? {}) } };
        }),
    },
  ],
  generate: generateCompute,
};
