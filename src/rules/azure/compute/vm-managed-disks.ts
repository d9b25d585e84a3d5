import type { VirtualMachine } from '@azure/arm-compute';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mcsb, nist } from '../support/frameworks.js';
import { VM_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.compute.vm-managed-disks',
  title: 'Virtual machine uses managed disks only',
  severity: 'medium',
  providers: ['azure'],
  types: [VM_TYPE],
  rationale: 'Unmanaged disks are page blobs in a storage account, exposed to anyone with that account key or a SAS and outside disk-level encryption, RBAC and backup controls; managed disks are encrypted by default and governed as Azure resources.',
  remediation: { steps: ['Stop (deallocate) the VM.', 'Convert it: in the portal Disks > Migrate to managed disks, or with the CLI below.', 'Delete the old VHD blobs once the VM runs from managed disks.'], cli: 'az vm deallocate --resource-group <rg> --name <vm> && az vm convert --resource-group <rg> --name <vm>', terraform: 'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  os_disk {\n    caching              = "ReadWrite"\n    storage_account_type = "Premium_LRS" # managed disk\n  }\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-machines/managed-disks-overview', 'https://learn.microsoft.com/en-us/azure/virtual-machines/windows/convert-unmanaged-to-managed-disks'],
  compliance: [mcsb('DP-4'), nist('SC-28')],
  version: 1,
  evaluate(asset) {
    const storage = need<VirtualMachine>(asset, 'vm').storageProfile;
    const disks = [{ name: storage?.osDisk?.name ?? 'os disk', unmanaged: !!storage?.osDisk?.vhd }, ...(storage?.dataDisks ?? []).map((d) => ({ name: d.name ?? `lun ${d.lun}`, unmanaged: !!d.vhd }))];
    const unmanaged = disks.filter((d) => d.unmanaged).map((d) => d.name);
    const evidence = [{ path: 'config.vm.storageProfile', observed: { unmanaged }, expected: 'no disk with a vhd (page blob) URI' }];
    return unmanaged.length ? fail(`Unmanaged (VHD) disks: ${unmanaged.join(', ')}`, evidence) : pass(`All ${disks.length} disk(s) are managed`, evidence);
  },
};
