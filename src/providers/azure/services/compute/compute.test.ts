import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { DISK_TYPE, disksCollector } from './disks.js';
import { VM_TYPE, virtualMachinesCollector } from './virtual-machines.js';

describe('azure compute collectors on the demo estate', () => {
  it('VMs with their profiles and the public IPs reached through their NICs', async () => {
    const out = await collectAzure(await demoEstate(), virtualMachinesCollector, { subscription: DEMO_PROD });
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['vm-app', 'vm-web']);
    const web = byName(out.assets, VM_TYPE, 'vm-web');
    expect(web).toMatchObject({ kind: 'compute.instance', region: 'westeurope', tags: { role: 'web' } });
    expect(web.config.vm).toMatchObject({ osProfile: { linuxConfiguration: { disablePasswordAuthentication: false } }, storageProfile: { osDisk: { name: 'vm-web-os' } } });
    expect(web.config.publicIps).toMatchObject([{ name: 'pip-vm-web', ipAddress: '20.105.10.24' }]);
    const app = byName(out.assets, VM_TYPE, 'vm-app');
    expect(app.config.vm).toMatchObject({ securityProfile: { securityType: 'TrustedLaunch', encryptionAtHost: true, uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } }, identity: { type: 'SystemAssigned' } });
    expect(app.config.publicIps).toEqual([]);
  });

  it('a denied NIC listing is a gap on publicIps, not "no public IP"', async () => {
    const out = await collectAzure(await demoEstate(), virtualMachinesCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', operation: 'Microsoft.Network/networkInterfaces.listAll' }] });
    const app = byName(out.assets, VM_TYPE, 'vm-app');
    expect(app.config.publicIps).toBeUndefined();
    expect(app.gaps.publicIps).toMatchObject({ provider: 'azure', service: 'network', operation: 'networkInterfaces.listAll', code: 'AuthorizationFailed' });
  });

  it('disks: platform key vs customer-managed key, attached vs orphaned', async () => {
    const out = await collectAzure(await demoEstate(), disksCollector, { subscription: DEMO_PROD });
    const cmk = byName(out.assets, DISK_TYPE, 'vm-app-os');
    expect(cmk).toMatchObject({ kind: 'storage.volume', region: 'westeurope' });
    expect(cmk.config.disk).toMatchObject({ encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: expect.stringContaining('des-parapet-demo') }, diskState: 'Attached', networkAccessPolicy: 'DenyAll', managedBy: expect.stringContaining('vm-app') });
    const orphan = byName(out.assets, DISK_TYPE, 'data-orphaned');
    expect(orphan.config.disk).toMatchObject({ encryption: { type: 'EncryptionAtRestWithPlatformKey' }, diskState: 'Unattached', networkAccessPolicy: 'AllowAll', timeCreated: '2023-01-09T08:00:00.000Z' });
  });
});
