/**
 * Benchmark compute: VMs, each with a NIC (not an asset), an OS disk (an asset) and, for a quarter of
 * them, a public IP (an asset): a VM counts 2 or 3 resources.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { armId } from './arm-resource.js';
import { pick, push, tag } from './generate-util.js';

export function generateCompute(sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number {
  const s = sub.subscriptionId;
  const vms: any[] = [];
  const disks: any[] = [];
  const nics: any[] = [];
  const ips: any[] = [];
  let made = 0;
  for (let i = 0; made < count; i++) {
    const location = pick(rand, locations);
    const rg = `rg-bench-${i % 20}`;
    const name = `vm-${tag(i)}`;
    const cmk = rand() < 0.5;
    const withIp = made + 3 <= count && rand() < 0.25;
    const nicId = armId(s, rg, 'Microsoft.Network/networkInterfaces', `${name}-nic`);
    const diskId = armId(s, rg, 'Microsoft.Compute/disks', `${name}-os`);
    const vmId = armId(s, rg, 'Microsoft.Compute/virtualMachines', name);
    const ipId = armId(s, rg, 'Microsoft.Network/publicIPAddresses', `${name}-pip`);
    if (made + 2 > count) {
      disks.push({ name: `disk-${tag(i)}`, resourceGroup: rg, location, sku: { name: 'Standard_LRS' }, properties: { diskSizeGB: 32, diskState: 'Unattached', creationData: { createOption: 'Empty' }, encryption: { type: 'EncryptionAtRestWithPlatformKey' } } });
      made++;
      continue;
    }
    vms.push({
      name,
      resourceGroup: rg,
      location,
      properties: {
        vmId: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
        hardwareProfile: { vmSize: 'Standard_B2s' },
        storageProfile: { imageReference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' }, osDisk: { osType: 'Linux', name: `${name}-os`, createOption: 'FromImage', managedDisk: { id: diskId, storageAccountType: 'Premium_LRS' } }, dataDisks: [] },
        osProfile: { computerName: name, adminUsername: 'azureuser', linuxConfiguration: { disablePasswordAuthentication: rand() < 0.7 } },
        networkProfile: { networkInterfaces: [{ id: nicId, properties: { primary: true } }] },
        securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } },
      },
    });
    disks.push({ name: `${name}-os`, resourceGroup: rg, location, managedBy: vmId, sku: { name: 'Premium_LRS', tier: 'Premium' }, properties: { osType: 'Linux', diskSizeGB: 30, diskState: 'Attached', creationData: { createOption: 'FromImage' }, encryption: cmk ? { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: armId(s, rg, 'Microsoft.Compute/diskEncryptionSets', 'des-bench') } : { type: 'EncryptionAtRestWithPlatformKey' }, networkAccessPolicy: 'DenyAll' } });
    nics.push({ name: `${name}-nic`, resourceGroup: rg, location, properties: { virtualMachine: { id: vmId }, ipConfigurations: [{ name: 'ipconfig1', id: `${nicId}/ipConfigurations/ipconfig1`, properties: { privateIPAddress: `10.1.${(i >> 8) % 250}.${i % 250}`, privateIPAllocationMethod: 'Dynamic', primary: true, ...(withIp ? { publicIPAddress: { id: ipId } } : {}) } }] } });
    if (withIp) ips.push({ name: `${name}-pip`, resourceGroup: rg, location, sku: { name: 'Standard', tier: 'Regional' }, properties: { ipAddress: `52.${i % 250}.${(i >> 8) % 250}.${i % 200}`, publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4', ipConfiguration: { id: `${nicId}/ipConfigurations/ipconfig1` } } });
    made += withIp ? 3 : 2;
  }
  push(sub.resources, 'virtualMachines', vms);
  push(sub.resources, 'disks', disks);
  push(sub.resources, 'networkInterfaces', nics);
  push(sub.resources, 'publicIPAddresses', ips);
  return made;
}
