import type { VirtualMachine } from '@azure/arm-compute';
import { need, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { VM_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.compute.vm-encryption-at-host-enabled',
  title: 'Virtual machine encrypts temp disks and disk caches at the host (encryption at host)',
  severity: 'low',
  providers: ['azure'],
  types: [VM_TYPE],
  rationale: 'Server-side encryption covers managed disks at rest, but the temporary disk and the OS/data disk caches live on the host unencrypted unless encryption at host is on; data written there (page files, swap, scratch) is otherwise in clear text.',
  remediation: { steps: ['Register the EncryptionAtHost feature on the subscription if needed.', 'Stop (deallocate) the VM, enable encryption at host and start it again.'], cli: 'az vm deallocate -g <rg> -n <vm> && az vm update -g <rg> -n <vm> --set securityProfile.encryptionAtHost=true && az vm start -g <rg> -n <vm>', terraform: 'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  encryption_at_host_enabled = true\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#encryption-at-host---end-to-end-encryption-for-your-vm-data', 'https://learn.microsoft.com/en-us/azure/virtual-machines/linux/disks-enable-host-based-encryption-cli'],
  compliance: [mcsb('DP-4'), nist('SC-28')],
  version: 1,
  evaluate(asset) {
    const value = need<VirtualMachine>(asset, 'vm').securityProfile?.encryptionAtHost;
    // Documented: encryption at host is disabled unless set to true.
    const evidence = { path: 'config.vm.securityProfile.encryptionAtHost', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'Encryption at host is enabled', 'Encryption at host is disabled: temp disk and caches are not encrypted');
  },
};
