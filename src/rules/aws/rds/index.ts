import type { Rule } from '../../../core/rule.js';
import { rule as clusterDeletionProtection } from './cluster-deletion-protection.js';
import { rule as clusterMultiAz } from './cluster-multi-az.js';
import { rule as clusterStorageEncrypted } from './cluster-storage-encrypted.js';
import { rule as instanceAutoMinorVersionUpgrade } from './instance-auto-minor-version-upgrade.js';
import { rule as instanceBackupRetention } from './instance-backup-retention.js';
import { rule as instanceDeletionProtection } from './instance-deletion-protection.js';
import { rule as instanceMultiAz } from './instance-multi-az.js';
import { rule as instanceNotPubliclyAccessible } from './instance-not-publicly-accessible.js';
import { rule as instanceStorageEncrypted } from './instance-storage-encrypted.js';
import { rule as snapshotEncrypted } from './snapshot-encrypted.js';
import { rule as snapshotNotPublic } from './snapshot-not-public.js';

export const rules: Rule[] = [
  instanceStorageEncrypted,
  instanceAutoMinorVersionUpgrade,
  instanceNotPubliclyAccessible,
  instanceMultiAz,
  instanceDeletionProtection,
  instanceBackupRetention,
  clusterStorageEncrypted,
  clusterDeletionProtection,
  clusterMultiAz,
  snapshotNotPublic,
  snapshotEncrypted,
];
