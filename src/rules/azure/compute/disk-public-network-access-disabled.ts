import type { Disk } from '@azure/arm-compute';
import { need, type Rule } from '../../../core/rule.js';
import { check, same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { DISK_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.compute.disk-public-network-access-disabled',
  title: 'Managed disk cannot be exported or imported from all networks',
  severity: 'medium',
  providers: ['azure'],
  types: [DISK_TYPE],
  rationale: "A disk whose network access policy is AllowAll can have a SAS export URL generated and downloaded from anywhere; restricting it to a disk access resource (private link) or denying it keeps disk contents from leaving through the internet.",
  remediation: { steps: ['Open the disk > Settings > Networking.', "Choose 'Disable public and private access', or 'Disable public access and enable private access' with a disk access resource.", 'Save.'], cli: 'az disk update --resource-group <rg> --name <disk> --network-access-policy DenyAll --public-network-access Disabled', terraform: 'resource "azurerm_managed_disk" "this" {\n  # ...\n  network_access_policy         = "DenyAll"\n  public_network_access_enabled = false\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-machines/disks-enable-private-links-for-import-export-portal'],
  compliance: [mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const policy = need<Disk>(asset, 'disk').networkAccessPolicy;
    // Documented default: AllowAll.
    const evidence = { path: 'config.disk.networkAccessPolicy', observed: policy ?? null, expected: 'DenyAll or AllowPrivate' };
    return check(same(policy, 'DenyAll') || same(policy, 'AllowPrivate'), evidence, `Network access policy is ${policy}`, `Export and import are open to all networks (${policy ?? 'AllowAll by default'})`);
  },
};
