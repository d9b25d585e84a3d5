import type { Rule } from '../../../core/rule.js';
import { rule as diskCmkEncrypted } from './disk-cmk-encrypted.js';
import { rule as diskPublicNetworkAccessDisabled } from './disk-public-network-access-disabled.js';
import { rule as vmEncryptionAtHostEnabled } from './vm-encryption-at-host-enabled.js';
import { rule as vmManagedDisks } from './vm-managed-disks.js';
import { rule as vmTrustedLaunchEnabled } from './vm-trusted-launch-enabled.js';

export const rules: Rule[] = [
  diskCmkEncrypted,
  diskPublicNetworkAccessDisabled,
  vmEncryptionAtHostEnabled,
  vmManagedDisks,
  vmTrustedLaunchEnabled,
];
