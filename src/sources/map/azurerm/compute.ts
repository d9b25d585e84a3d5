/**
 * Virtual machines (`azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine`, the legacy
 * `azurerm_virtual_machine`) with the public IPs their NICs attach, and managed disks, as the
 * `azure.compute.*` collectors store them (VirtualMachine / Disk models).
 */
import type { Asset } from '../../../core/asset.js';
import { Unknown, isUnknown, type IacResource } from '../../model.js';
import { block, blocks, iacId, knownString, tagMap, type MapContext } from '../kit.js';
import { builder, list, loose, or, subscriptionOf, type Graph } from './common.js';
import { nicPublicIps, publicIpAttachments } from './network.js';

export const VM_TYPE = 'Microsoft.Compute/virtualMachines';
export const DISK_TYPE = 'Microsoft.Compute/disks';

export const COMPUTE_TYPES = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine', 'azurerm_managed_disk', 'azurerm_virtual_machine_data_disk_attachment', 'azurerm_disk_encryption_set'] as const;
const VMS = ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine', 'azurerm_virtual_machine'];

function identity(v: unknown, g: Graph): unknown {
  const id = block(v);
  if (!id) return undefined;
  const ids = list(id.identity_ids);
  const type = typeof id.type === 'string' ? id.type.replace(/\s*,\s*/g, ', ') : id.type;
  return { type, ...(isUnknown(ids) ? { userAssignedIdentities: ids } : ids.length ? { userAssignedIdentities: Object.fromEntries(ids.map((x) => [String(g.refId(x)), {}])) } : {}) };
}

/** The fields every VirtualMachine model starts with: id, name, type, location, tags, identity. */
function vmHeader(v: Record<string, unknown>, g: Graph, id: string | undefined): Record<string, unknown> {
  return {
    ...(id ? { id } : {}),
    name: loose(v.name),
    type: VM_TYPE,
    location: loose(v.location),
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
    ...(v.identity !== undefined ? { identity: identity(v.identity, g) } : {}),
  };
}

/** The VirtualMachine model of a linux / windows VM resource. */
function modernVm(r: IacResource, g: Graph, id: string | undefined): Record<string, unknown> {
  const v = r.values;
  const linux = r.type === 'azurerm_linux_virtual_machine';
  const os = block(v.os_disk) ?? {};
  const img = block(v.source_image_reference);
  const secureBoot = or(v.secure_boot_enabled, false);
  const vtpm = or(v.vtpm_enabled, false);
  const confidential = os.security_encryption_type !== undefined;
  const securityProfile: Record<string, unknown> = {};
  // The provider sets TrustedLaunch when Secure Boot or vTPM is on (ConfidentialVM with a confidential OS disk).
  if (confidential) securityProfile.securityType = 'ConfidentialVM';
  else if (isUnknown(secureBoot) || isUnknown(vtpm)) securityProfile.securityType = isUnknown(secureBoot) ? secureBoot : vtpm;
  else if (secureBoot === true || vtpm === true) securityProfile.securityType = 'TrustedLaunch';
  if (securityProfile.securityType !== undefined) securityProfile.uefiSettings = { secureBootEnabled: secureBoot, vTpmEnabled: vtpm };
  if (v.encryption_at_host_enabled !== undefined) securityProfile.encryptionAtHost = v.encryption_at_host_enabled;
  const nics = list(v.network_interface_ids);
  return {
    ...vmHeader(v, g, id),
    ...(v.zone !== undefined ? { zones: [v.zone] } : {}),
    hardwareProfile: { vmSize: v.size },
    storageProfile: {
      ...(img ? { imageReference: { publisher: img.publisher, offer: img.offer, sku: img.sku, version: img.version } } : v.source_image_id !== undefined ? { imageReference: { id: g.refId(v.source_image_id) } } : {}),
      osDisk: {
        osType: linux ? 'Linux' : 'Windows',
        ...(os.name !== undefined ? { name: os.name } : {}),
        caching: os.caching,
        createOption: 'FromImage',
        ...(os.disk_size_gb !== undefined ? { diskSizeGB: os.disk_size_gb } : {}),
        managedDisk: { storageAccountType: os.storage_account_type, ...(os.disk_encryption_set_id !== undefined ? { diskEncryptionSet: { id: g.refId(os.disk_encryption_set_id) } } : {}) },
      },
      dataDisks: [],
    },
    osProfile: {
      computerName: loose(or(v.computer_name, v.name)),
      adminUsername: loose(v.admin_username),
      ...(linux
        ? { linuxConfiguration: { disablePasswordAuthentication: or(v.disable_password_authentication, true), provisionVMAgent: or(v.provision_vm_agent, true) } }
        : { windowsConfiguration: { provisionVMAgent: or(v.provision_vm_agent, true), enableAutomaticUpdates: or(v.automatic_updates_enabled ?? v.enable_automatic_updates, true) } }),
      allowExtensionOperations: or(v.allow_extension_operations ?? v.extension_operations_enabled, true),
    },
    networkProfile: { networkInterfaces: isUnknown(nics) ? nics : nics.map((n, i) => ({ id: g.refId(n), primary: i === 0 })) },
    ...(Object.keys(securityProfile).length ? { securityProfile } : {}),
    ...(block(v.boot_diagnostics) ? { diagnosticsProfile: { bootDiagnostics: { enabled: true, ...(block(v.boot_diagnostics)?.storage_account_uri ? { storageUri: block(v.boot_diagnostics)?.storage_account_uri } : {}) } } } : {}),
  };
}

/** The VirtualMachine model of the legacy `azurerm_virtual_machine` (unmanaged VHD disks possible). */
function legacyVm(r: IacResource, g: Graph, id: string | undefined): Record<string, unknown> {
  const v = r.values;
  const os = block(v.storage_os_disk) ?? {};
  const disk = (d: Record<string, unknown>) => ({
    name: d.name,
    caching: d.caching,
    createOption: d.create_option,
    ...(d.disk_size_gb !== undefined ? { diskSizeGB: d.disk_size_gb } : {}),
    ...(d.vhd_uri !== undefined ? { vhd: { uri: d.vhd_uri } } : { managedDisk: { ...(d.managed_disk_id !== undefined ? { id: g.refId(d.managed_disk_id) } : {}), storageAccountType: d.managed_disk_type } }),
  });
  const img = block(v.storage_image_reference);
  const profile = block(v.os_profile);
  const linuxCfg = block(v.os_profile_linux_config);
  const winCfg = block(v.os_profile_windows_config);
  const nics = list(v.network_interface_ids);
  return {
    ...vmHeader(v, g, id),
    hardwareProfile: { vmSize: v.vm_size },
    storageProfile: {
      ...(img ? { imageReference: { publisher: img.publisher, offer: img.offer, sku: img.sku, version: img.version, ...(img.id !== undefined ? { id: img.id } : {}) } } : {}),
      osDisk: { ...(os.os_type !== undefined ? { osType: os.os_type } : {}), ...disk(os) },
      dataDisks: blocks(v.storage_data_disk).map((d) => ({ lun: d.lun, ...disk(d) })),
    },
    ...(profile
      ? {
          osProfile: {
            computerName: loose(profile.computer_name),
            adminUsername: loose(profile.admin_username),
            ...(linuxCfg ? { linuxConfiguration: { disablePasswordAuthentication: linuxCfg.disable_password_authentication } } : {}),
            ...(winCfg ? { windowsConfiguration: { provisionVMAgent: or(winCfg.provision_vm_agent, false), enableAutomaticUpdates: or(winCfg.enable_automatic_upgrades, false) } } : {}),
          },
        }
      : {}),
    networkProfile: { networkInterfaces: isUnknown(nics) ? nics : nics.map((n, i) => ({ id: g.refId(n), primary: v.primary_network_interface_id === undefined ? i === 0 : n === v.primary_network_interface_id })) },
  };
}

/** A VM's public IPs through its NICs; an Unknown when a NIC is not declared in this input. */
function vmPublicIps(r: IacResource, g: Graph, attachments: ReturnType<typeof publicIpAttachments>): unknown[] | Unknown {
  const ids = list(r.values.network_interface_ids);
  if (isUnknown(ids)) return ids;
  const out: unknown[] = [];
  for (const ref of ids) {
    const nics = g.targets(ref, ['azurerm_network_interface']);
    if (nics.length === 0) return isUnknown(ref) ? ref : new Unknown(`network interface ${String(ref)} is not in this configuration`);
    for (const nic of nics) {
      // An existing NIC (a data source): its ip configurations are not in this configuration.
      if (nic.mode !== 'managed') return new Unknown(`network interface ${nic.address} is read at apply`, [nic.address]);
      const ips = nicPublicIps(nic, g, attachments);
      if (isUnknown(ips)) return ips;
      out.push(...ips);
    }
  }
  return out;
}

/** The Disk model of `azurerm_managed_disk`, attached when a data disk attachment names it. */
function diskModel(d: IacResource, g: Graph, attachedTo: IacResource | undefined): Record<string, unknown> {
  const v = d.values;
  const des = g.targets(v.disk_encryption_set_id, ['azurerm_disk_encryption_set'])[0];
  const encType = v.disk_encryption_set_id === undefined ? 'EncryptionAtRestWithPlatformKey' : des ? or(des.values.encryption_type, 'EncryptionAtRestWithCustomerKey') : isUnknown(v.disk_encryption_set_id) ? v.disk_encryption_set_id : 'EncryptionAtRestWithCustomerKey';
  const enc = block(v.encryption_settings);
  return {
    ...(g.armId(d) ? { id: g.armId(d) } : {}),
    name: loose(v.name),
    type: DISK_TYPE,
    location: loose(v.location),
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
    ...(v.zone !== undefined ? { zones: [v.zone] } : {}),
    sku: { name: v.storage_account_type },
    ...(v.disk_size_gb !== undefined ? { diskSizeGB: v.disk_size_gb } : {}),
    creationData: { createOption: v.create_option, ...(v.source_resource_id !== undefined ? { sourceResourceId: g.refId(v.source_resource_id) } : {}) },
    encryption: { type: encType, ...(v.disk_encryption_set_id !== undefined ? { diskEncryptionSetId: g.refId(v.disk_encryption_set_id) } : {}) },
    ...(enc ? { encryptionSettingsCollection: { enabled: or(enc.enabled, true) } } : {}),
    networkAccessPolicy: or(v.network_access_policy, 'AllowAll'),
    ...(v.disk_access_id !== undefined ? { diskAccessId: g.refId(v.disk_access_id) } : {}),
    publicNetworkAccess: v.public_network_access_enabled === false ? 'Disabled' : isUnknown(v.public_network_access_enabled) ? v.public_network_access_enabled : 'Enabled',
    diskState: attachedTo ? 'Attached' : 'Unattached',
    ...(attachedTo ? { managedBy: g.id(attachedTo) } : {}),
  };
}

/**
 * The OS disk a VM creates implicitly: a managed disk the live disks collector lists like any other
 * (attached to its VM). Its id needs its name, which Azure generates when `os_disk.name` is not set.
 */
function osDiskAsset(r: IacResource, g: Graph, ctx: MapContext): Asset | undefined {
  const legacy = r.type === 'azurerm_virtual_machine';
  const os = block(legacy ? r.values.storage_os_disk : r.values.os_disk);
  if (!os || (legacy && os.vhd_uri !== undefined)) return undefined;
  const name = knownString(os.name);
  const sub = subscriptionOf(r);
  const rg = knownString(r.values.resource_group_name);
  const id = name && sub && rg ? `/subscriptions/${sub}/resourceGroups/${rg}/providers/${DISK_TYPE}/${name}` : iacId({ root: r.root, address: `${r.address}.os_disk` });
  const desRef = os.disk_encryption_set_id;
  const des = g.targets(desRef, ['azurerm_disk_encryption_set'])[0];
  const encType = desRef === undefined || desRef === null ? 'EncryptionAtRestWithPlatformKey' : des ? or(des.values.encryption_type, 'EncryptionAtRestWithCustomerKey') : isUnknown(desRef) ? desRef : 'EncryptionAtRestWithCustomerKey';
  const b = builder(r, g, ctx, { type: DISK_TYPE, kind: 'storage.volume', service: 'compute', id, name: name ?? `${r.address}.os_disk` });
  b.aspect('disk', () => ({
    ...(id.startsWith('/') ? { id } : {}),
    ...(name ? { name } : {}),
    type: DISK_TYPE,
    location: r.values.location,
    sku: { name: legacy ? os.managed_disk_type : os.storage_account_type },
    ...(os.disk_size_gb !== undefined ? { diskSizeGB: os.disk_size_gb } : {}),
    osType: legacy ? os.os_type : r.type === 'azurerm_linux_virtual_machine' ? 'Linux' : 'Windows',
    creationData: { createOption: legacy ? os.create_option : 'FromImage' },
    encryption: { type: encType, ...(desRef !== undefined && desRef !== null ? { diskEncryptionSetId: g.refId(desRef) } : {}) },
    networkAccessPolicy: 'AllowAll',
    publicNetworkAccess: 'Enabled',
    diskState: 'Attached',
    managedBy: g.id(r),
  }));
  return b.build();
}

export function mapCompute(g: Graph, ctx: MapContext): Asset[] {
  const out: Asset[] = [];
  const vms = VMS.flatMap((t) => g.of(t));
  const disks = g.of('azurerm_managed_disk');
  if (vms.length + disks.length === 0) return out;
  const attachments = publicIpAttachments(g);
  for (const r of vms) {
    const id = g.armId(r);
    const b = builder(r, g, ctx, { type: VM_TYPE, kind: 'compute.instance', service: 'compute' });
    b.aspect('vm', () => (r.type === 'azurerm_virtual_machine' ? legacyVm(r, g, id) : modernVm(r, g, id)));
    b.aspect('publicIps', () => vmPublicIps(r, g, attachments));
    out.push(b.build());
    const os = osDiskAsset(r, g, ctx);
    if (os) out.push(os);
  }
  const attachedTo = new Map<IacResource, IacResource>();
  for (const a of g.of('azurerm_virtual_machine_data_disk_attachment')) {
    const vm = g.targets(a.values.virtual_machine_id, VMS)[0];
    for (const d of g.targets(a.values.managed_disk_id, ['azurerm_managed_disk'])) if (vm) attachedTo.set(d, vm);
  }
  for (const r of g.of('azurerm_virtual_machine')) {
    for (const dd of blocks(r.values.storage_data_disk)) for (const d of g.targets(dd.managed_disk_id, ['azurerm_managed_disk'])) attachedTo.set(d, r);
  }
  for (const d of disks) {
    const b = builder(d, g, ctx, { type: DISK_TYPE, kind: 'storage.volume', service: 'compute' });
    b.aspect('disk', () => diskModel(d, g, attachedTo.get(d)));
    out.push(b.build());
  }
  return out;
}
