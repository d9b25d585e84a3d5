import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { Unknown, type IacResource } from '../../model.js';
import { iacResource, mapContext, verdictOf, unknownRef as ref, oneOfType as one } from '../../../../test/support/iac.js';
import { mapAzurerm } from './index.js';

const SUB = '00000000-0000-0000-0000-0000000000bb';
const PC = { providerConfig: { subscription_id: SUB } };
const RG = `/subscriptions/${SUB}/resourceGroups/rg-net/providers`;
const res = (type: string, name: string, values: Record<string, unknown>) => iacResource(type, name, { resource_group_name: 'rg-net', location: 'northeurope', ...values }, PC);

const rule = (name: string, priority: number, port: string, source = 'Internet', extra: Record<string, unknown> = {}) => ({
  name,
  priority,
  direction: 'Inbound',
  access: 'Allow',
  protocol: 'Tcp',
  source_port_range: '*',
  destination_port_range: port,
  source_address_prefix: source,
  destination_address_prefix: '*',
  ...extra,
});
const nsg = (rules: unknown) => res('azurerm_network_security_group', 'web', { name: 'nsg-web', security_rule: rules });

function map(...rs: IacResource[]): Asset[] {
  return mapAzurerm(rs, mapContext());
}
const NSG = 'Microsoft.Network/networkSecurityGroups';

describe('azurerm_network_security_group', () => {
  it('becomes the NSG asset with SDK-shaped rules and the default rules Azure adds', () => {
    const a = one(map(nsg([rule('rdp', 100, '3389')])), NSG);
    expect(a).toMatchObject({ id: `${RG}/Microsoft.Network/networkSecurityGroups/nsg-web`, kind: 'network.firewall-rule', name: 'nsg-web', region: 'northeurope', account: SUB });
    const model = a.config.nsg as { securityRules: unknown[]; defaultSecurityRules: Array<{ name: string }> };
    expect(model.securityRules).toEqual([
      expect.objectContaining({ name: 'rdp', id: `${RG}/Microsoft.Network/networkSecurityGroups/nsg-web/securityRules/rdp`, protocol: 'Tcp', sourceAddressPrefix: 'Internet', destinationPortRange: '3389', sourcePortRanges: [], access: 'Allow', priority: 100, direction: 'Inbound' }),
    ]);
    expect(model.defaultSecurityRules.map((r) => r.name)).toEqual(['AllowVnetInBound', 'AllowAzureLoadBalancerInBound', 'DenyAllInBound', 'AllowVnetOutBound', 'AllowInternetOutBound', 'DenyAllOutBound']);
    expect(a.config.flowLogs).toEqual([]);
  });

  it('RDP open to the Internet fails the baseline and CIS rules; a private source passes', () => {
    const open = one(map(nsg([rule('rdp', 100, '3389')])), NSG);
    expect(verdictOf('baseline.network.no-rdp-from-internet', open)).toBe('fail');
    expect(verdictOf('azure.network.nsg-rdp-restricted-from-internet', open)).toBe('fail');
    const closed = one(map(nsg([rule('rdp', 100, '3389', '10.0.0.0/8')])), NSG);
    expect(verdictOf('baseline.network.no-rdp-from-internet', closed)).toBe('pass');
    expect(verdictOf('azure.network.nsg-rdp-restricted-from-internet', closed)).toBe('pass');
  });

  it('joins standalone azurerm_network_security_rule by NSG name and resource group', () => {
    const standalone = res('azurerm_network_security_rule', 'ssh', { ...rule('ssh', 200, '22', '*'), network_security_group_name: 'nsg-web' });
    const other = res('azurerm_network_security_rule', 'elsewhere', { ...rule('x', 300, '22'), network_security_group_name: 'nsg-other' });
    const a = one(map(nsg([]), standalone, other), NSG);
    expect((a.config.nsg as { securityRules: Array<{ name: string }> }).securityRules.map((r) => r.name)).toEqual(['ssh']);
    expect(verdictOf('baseline.network.no-ssh-from-internet', a)).toBe('fail');
  });

  it('a standalone rule whose NSG is not known may belong to any NSG of its module: their rules are unknown', () => {
    const stray = res('azurerm_network_security_rule', 'rdp', { ...rule('rdp', 100, '3389'), network_security_group_name: new Unknown('variable var.nsg has no value') });
    const a = one(map(nsg([]), stray), NSG);
    expect(a.gaps.nsg?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.network.no-rdp-from-internet', a)).toBe('unknown');
    // In another module it cannot be this NSG's.
    const elsewhere = iacResource('azurerm_network_security_rule', 'rdp', { ...rule('rdp', 100, '3389'), resource_group_name: 'rg-net', network_security_group_name: new Unknown('variable var.nsg has no value') }, { ...PC, module: 'module.other' });
    expect(verdictOf('baseline.network.no-rdp-from-internet', one(map(nsg([]), elsewhere), NSG))).toBe('pass');
  });

  it('an unknown rule value makes the rules a gap and the verdict unknown', () => {
    const a = one(map(nsg([rule('rdp', 100, '3389', new Unknown('variable source') as unknown as string)])), NSG);
    expect(a.gaps.nsg?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.network.no-rdp-from-internet', a)).toBe('unknown');
  });

  it('records subnet and NIC associations and the flow logs that target it', () => {
    const assoc = res('azurerm_subnet_network_security_group_association', 'a', { subnet_id: ref('azurerm_subnet.app'), network_security_group_id: ref('azurerm_network_security_group.web') });
    const flow = iacResource(
      'azurerm_network_watcher_flow_log',
      'fl',
      { name: 'fl-web', network_watcher_name: 'NetworkWatcher_northeurope', resource_group_name: 'NetworkWatcherRG', network_security_group_id: ref('azurerm_network_security_group.web'), storage_account_id: ref('azurerm_storage_account.logs'), enabled: true, retention_policy: [{ enabled: true, days: 90 }] },
      PC,
    );
    const watcher = iacResource('azurerm_network_watcher', 'nw', { name: 'NetworkWatcher_northeurope', resource_group_name: 'NetworkWatcherRG', location: 'northeurope' }, PC);
    const assets = map(nsg([]), assoc, flow, watcher);
    const a = one(assets, NSG);
    expect(a.config.nsg).toMatchObject({ subnets: [{ id: 'iac:.#azurerm_subnet.app' }] });
    expect(a.facets['network.firewall-rule']).toBeUndefined(); // facets are the pipeline's job
    expect(a.config.flowLogs).toEqual([expect.objectContaining({ name: 'fl-web', enabled: true, retentionPolicy: { enabled: true, days: 90 }, targetResourceId: `${RG}/Microsoft.Network/networkSecurityGroups/nsg-web` })]);
    expect(verdictOf('azure.network.nsg-flow-log-retention-90-days', a)).toBe('pass');
    const f = one(assets, 'Microsoft.Network/networkWatchers/flowLogs');
    expect(f).toMatchObject({ id: `/subscriptions/${SUB}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_northeurope/flowLogs/fl-web`, kind: 'logging.flow-log', region: 'northeurope' });
    // NSG flow logs are judged on their NSG, not as VNet flow logs (as for the live asset).
    expect(verdictOf('azure.network.vnet-flow-log-retention-90-days', f)).toBe('not_applicable');
    expect(verdictOf('azure.network.nsg-flow-log-retention-90-days', one(map(nsg([])), NSG))).toBe('fail');
  });

  it('a VNet flow log (v4 target_resource_id) without location takes its watcher\'s region and is judged', () => {
    const vnet = res('azurerm_virtual_network', 'main', { name: 'vnet-main', address_space: ['10.0.0.0/16'] });
    const watcher = iacResource('azurerm_network_watcher', 'nw', { name: 'nw-ne', resource_group_name: 'NetworkWatcherRG', location: 'North Europe' }, PC);
    const flow = (days: number) => iacResource('azurerm_network_watcher_flow_log', 'fl', { name: 'fl-vnet', network_watcher_name: 'nw-ne', resource_group_name: 'NetworkWatcherRG', target_resource_id: ref('azurerm_virtual_network.main'), storage_account_id: ref('azurerm_storage_account.logs'), retention_policy: [{ enabled: true, days }] }, PC);
    const good = one(map(vnet, watcher, flow(120)), 'Microsoft.Network/networkWatchers/flowLogs');
    expect(good.region).toBe('northeurope');
    expect(good.config.flowLog).toMatchObject({ enabled: true, targetResourceId: `${RG}/Microsoft.Network/virtualNetworks/vnet-main` });
    expect(verdictOf('azure.network.vnet-flow-log-retention-90-days', good)).toBe('pass');
    expect(verdictOf('azure.network.vnet-flow-log-retention-90-days', one(map(vnet, watcher, flow(30)), 'Microsoft.Network/networkWatchers/flowLogs'))).toBe('fail');
  });
});

describe('public IPs and virtual machines', () => {
  const ip = res('azurerm_public_ip', 'pip', { name: 'pip-vm', allocation_method: 'Static', sku: 'Standard' });
  const nic = (withIp: boolean) => res('azurerm_network_interface', 'nic', { name: 'nic-vm', ip_configuration: [{ name: 'internal', subnet_id: ref('azurerm_subnet.app'), private_ip_address_allocation: 'Dynamic', ...(withIp ? { public_ip_address_id: ref('azurerm_public_ip.pip') } : {}) }] });
  const vm = (values: Record<string, unknown> = {}) =>
    res('azurerm_linux_virtual_machine', 'vm', { name: 'vm-app', size: 'Standard_B2s', admin_username: 'azureuser', network_interface_ids: [ref('azurerm_network_interface.nic')], os_disk: [{ caching: 'ReadWrite', storage_account_type: 'Premium_LRS' }], ...values });

  it('a public IP attached through a NIC is associated, and the VM carries it', () => {
    const assets = map(ip, nic(true), vm({ secure_boot_enabled: true, vtpm_enabled: true, identity: [{ type: 'SystemAssigned' }] }));
    const p = one(assets, 'Microsoft.Network/publicIPAddresses');
    expect(p).toMatchObject({ id: `${RG}/Microsoft.Network/publicIPAddresses/pip-vm`, kind: 'network.public-ip' });
    expect(p.config.publicIp).toMatchObject({ publicIPAllocationMethod: 'Static', sku: { name: 'Standard' }, ipConfiguration: { id: `${RG}/Microsoft.Network/networkInterfaces/nic-vm/ipConfigurations/internal` } });
    expect(verdictOf('azure.network.public-ip-associated', p)).toBe('pass');
    const v = one(assets, 'Microsoft.Compute/virtualMachines');
    expect(v).toMatchObject({ id: `${RG}/Microsoft.Compute/virtualMachines/vm-app`, kind: 'compute.instance', region: 'northeurope' });
    expect(v.config.vm).toMatchObject({
      hardwareProfile: { vmSize: 'Standard_B2s' },
      identity: { type: 'SystemAssigned' },
      securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } },
      osProfile: { linuxConfiguration: { disablePasswordAuthentication: true } },
      networkProfile: { networkInterfaces: [{ id: `${RG}/Microsoft.Network/networkInterfaces/nic-vm`, primary: true }] },
    });
    expect(v.config.publicIps).toHaveLength(1);
    expect(verdictOf('baseline.compute.instance-no-public-ip', v)).toBe('fail');
    expect(verdictOf('azure.compute.vm-trusted-launch-enabled', v)).toBe('pass');
    expect(verdictOf('baseline.compute.instance-secure-boot', v)).toBe('pass');
  });

  it('a VM without a public IP passes; an unattached IP fails the association rule', () => {
    const assets = map(ip, nic(false), vm());
    const v = one(assets, 'Microsoft.Compute/virtualMachines');
    expect(v.config.publicIps).toEqual([]);
    expect(verdictOf('baseline.compute.instance-no-public-ip', v)).toBe('pass');
    expect(v.config.vm).not.toHaveProperty('securityProfile');
    expect(verdictOf('azure.compute.vm-trusted-launch-enabled', v)).toBe('fail');
    expect(verdictOf('azure.network.public-ip-associated', one(assets, 'Microsoft.Network/publicIPAddresses'))).toBe('fail');
  });

  it('a NIC outside the configuration leaves the public IPs unknown', () => {
    const v = one(map(vm({ network_interface_ids: [ref('module.net.azurerm_network_interface.nic')] })), 'Microsoft.Compute/virtualMachines');
    expect(v.gaps.publicIps?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.compute.instance-no-public-ip', v)).toBe('unknown');
    const existing = iacResource('azurerm_network_interface', 'nic', { name: 'nic-old', resource_group_name: 'rg-net' }, { ...PC, mode: 'data', address: 'data.azurerm_network_interface.nic' });
    const w = one(map(existing, vm({ network_interface_ids: [ref('data.azurerm_network_interface.nic')] })), 'Microsoft.Compute/virtualMachines');
    expect(w.config.vm).toMatchObject({ networkProfile: { networkInterfaces: [{ id: `${RG}/Microsoft.Network/networkInterfaces/nic-old` }] } });
    expect(verdictOf('baseline.compute.instance-no-public-ip', w)).toBe('unknown');
  });

  it('a named OS disk with a disk encryption set gets its ARM id and counts as CMK-encrypted', () => {
    const des = res('azurerm_disk_encryption_set', 'des', { name: 'des1', key_vault_key_id: ref('azurerm_key_vault_key.k'), encryption_type: 'EncryptionAtRestWithPlatformAndCustomerKeys' });
    const assets = map(des, nic(false), vm({ os_disk: [{ name: 'vm-app-os', caching: 'ReadWrite', storage_account_type: 'Premium_LRS', disk_encryption_set_id: ref('azurerm_disk_encryption_set.des') }] }));
    const os = one(assets, 'Microsoft.Compute/disks');
    expect(os.id).toBe(`${RG}/Microsoft.Compute/disks/vm-app-os`);
    expect(os.config.disk).toMatchObject({ name: 'vm-app-os', encryption: { type: 'EncryptionAtRestWithPlatformAndCustomerKeys', diskEncryptionSetId: `${RG}/Microsoft.Compute/diskEncryptionSets/des1` } });
    expect(verdictOf('baseline.storage.volume-customer-managed-key', os)).toBe('pass');
    expect(verdictOf('azure.compute.disk-cmk-encrypted', os)).toBe('pass');
  });

  it('the legacy azurerm_virtual_machine reports unmanaged VHD disks', () => {
    const legacy = res('azurerm_virtual_machine', 'old', { name: 'vm-old', vm_size: 'Standard_A1', network_interface_ids: [], storage_os_disk: [{ name: 'osdisk', vhd_uri: 'https://st.blob.core.windows.net/vhds/os.vhd', caching: 'ReadWrite', create_option: 'FromImage' }] });
    const v = one(map(legacy), 'Microsoft.Compute/virtualMachines');
    expect(v.config.vm).toMatchObject({ storageProfile: { osDisk: { vhd: { uri: 'https://st.blob.core.windows.net/vhds/os.vhd' } } } });
    expect(verdictOf('azure.compute.vm-managed-disks', v)).toBe('fail');
    expect(verdictOf('azure.compute.vm-managed-disks', one(map(ip, nic(false), vm()), 'Microsoft.Compute/virtualMachines'))).toBe('pass');
  });

  it('managed disks: platform key by default, CMK through a disk encryption set, attached by an attachment', () => {
    const des = res('azurerm_disk_encryption_set', 'des', { name: 'des1', key_vault_key_id: ref('azurerm_key_vault_key.k') });
    const cmk = res('azurerm_managed_disk', 'data', { name: 'disk-data', storage_account_type: 'Premium_LRS', create_option: 'Empty', disk_size_gb: 64, disk_encryption_set_id: ref('azurerm_disk_encryption_set.des'), network_access_policy: 'DenyAll' });
    const plain = res('azurerm_managed_disk', 'plain', { name: 'disk-plain', storage_account_type: 'Standard_LRS', create_option: 'Empty', disk_size_gb: 32 });
    const attach = res('azurerm_virtual_machine_data_disk_attachment', 'att', { managed_disk_id: ref('azurerm_managed_disk.data'), virtual_machine_id: ref('azurerm_linux_virtual_machine.vm'), lun: 0, caching: 'None' });
    const assets = map(des, cmk, plain, attach, ip, nic(false), vm());
    const disks = assets.filter((a) => a.type === 'Microsoft.Compute/disks');
    // The VM's implicit OS disk is a disk asset too; Azure names it on apply, so its id is an iac id.
    expect(disks.map((d) => d.id)).toEqual(['iac:.#azurerm_linux_virtual_machine.vm.os_disk', `${RG}/Microsoft.Compute/disks/disk-data`, `${RG}/Microsoft.Compute/disks/disk-plain`]);
    const [os, d1, d2] = disks as [Asset, Asset, Asset];
    expect(os).toMatchObject({ kind: 'storage.volume', name: 'azurerm_linux_virtual_machine.vm.os_disk', region: 'northeurope', account: SUB });
    expect(os.config.disk).toMatchObject({ sku: { name: 'Premium_LRS' }, osType: 'Linux', encryption: { type: 'EncryptionAtRestWithPlatformKey' }, diskState: 'Attached', managedBy: `${RG}/Microsoft.Compute/virtualMachines/vm-app` });
    expect(verdictOf('baseline.storage.volume-encrypted', os)).toBe('pass');
    expect(d1.config.disk).toMatchObject({ encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: `${RG}/Microsoft.Compute/diskEncryptionSets/des1` }, diskState: 'Attached', managedBy: `${RG}/Microsoft.Compute/virtualMachines/vm-app`, networkAccessPolicy: 'DenyAll' });
    expect(d2.config.disk).toMatchObject({ encryption: { type: 'EncryptionAtRestWithPlatformKey' }, diskState: 'Unattached', networkAccessPolicy: 'AllowAll' });
    expect(verdictOf('baseline.storage.volume-customer-managed-key', d1)).toBe('pass');
    expect(verdictOf('baseline.storage.volume-customer-managed-key', d2)).toBe('fail');
    expect(verdictOf('azure.compute.disk-public-network-access-disabled', d1)).toBe('pass');
    expect(verdictOf('azure.compute.disk-public-network-access-disabled', d2)).toBe('fail');
  });
});
