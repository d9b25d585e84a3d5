import type { Disk } from '@azure/arm-compute';
import { need, type Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { DISK_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.compute.disk-cmk-encrypted',
  title: 'Managed disk is encrypted with a customer-managed key',
  severity: 'low',
  providers: ['azure'],
  types: [DISK_TYPE],
  rationale: 'Disks holding sensitive data encrypted with your own key (through a disk encryption set) can be made unreadable by revoking the key, and every key use is logged in Key Vault; platform keys offer neither.',
  remediation: { steps: ['Create a disk encryption set that points at a Key Vault key (purge protection on).', 'Stop (deallocate) the VM that uses the disk.', 'Set the disk encryption to customer-managed key with that set.'], cli: 'az disk update --resource-group <rg> --name <disk> --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set <des-id>', terraform: 'resource "azurerm_managed_disk" "this" {\n  # ...\n  disk_encryption_set_id = azurerm_disk_encryption_set.this.id\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption', 'https://learn.microsoft.com/en-us/azure/virtual-machines/disks-enable-customer-managed-keys-portal'],
  compliance: [mcsb('DP-5'), nist('SC-12'), nist('SC-28(1)')],
  version: 1,
  evaluate(asset) {
    const type = need<Disk>(asset, 'disk').encryption?.type;
    // Documented default: EncryptionAtRestWithPlatformKey.
    const evidence = { path: 'config.disk.encryption.type', observed: type ?? null, expected: 'EncryptionAtRestWithCustomerKey or EncryptionAtRestWithPlatformAndCustomerKeys' };
    return check(/CustomerKey/i.test(type ?? ''), evidence, `Encrypted with a customer-managed key (${type})`, `Encrypted with platform-managed keys (${type ?? 'default'})`);
  },
};
