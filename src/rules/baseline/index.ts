import type { Rule } from '../../core/rule.js';
import { rule as computeInstanceIdentityNotBroad } from './compute/instance-identity-not-broad.js';
import { rule as computeInstanceNoPublicIp } from './compute/instance-no-public-ip.js';
import { rule as computeInstanceSecureBoot } from './compute/instance-secure-boot.js';
import { rule as containerClusterApiNotPublic } from './container/cluster-api-not-public.js';
import { rule as containerClusterAuditLogging } from './container/cluster-audit-logging.js';
import { rule as containerClusterSecretsEncrypted } from './container/cluster-secrets-encrypted.js';
import { rule as cryptoKeyExpirySet } from './crypto/key-expiry-set.js';
import { rule as cryptoKeyRotationEnabled } from './crypto/key-rotation-enabled.js';
import { rule as databaseBackupRetention7Days } from './database/backup-retention-7-days.js';
import { rule as databaseEncryptedAtRest } from './database/encrypted-at-rest.js';
import { rule as databaseNotPubliclyAccessible } from './database/not-publicly-accessible.js';
import { rule as databaseTlsRequired } from './database/tls-required.js';
import { rule as identityLongLivedKeysRotated } from './identity/long-lived-keys-rotated.js';
import { rule as identityUnusedKeysRemoved } from './identity/unused-keys-removed.js';
import { rule as loggingAuditTrailAllRegions } from './logging/audit-trail-all-regions.js';
import { rule as networkNoAllPortsFromInternet } from './network/no-all-ports-from-internet.js';
import { rule as networkNoDatabasePortsFromInternet } from './network/no-database-ports-from-internet.js';
import { rule as networkNoRdpFromInternet } from './network/no-rdp-from-internet.js';
import { rule as networkNoSshFromInternet } from './network/no-ssh-from-internet.js';
import { rule as secretsSecretExpirySet } from './secrets/secret-expiry-set.js';
import { rule as secretsSecretRotationEnabled } from './secrets/secret-rotation-enabled.js';
import { rule as storageBucketAccessLoggingEnabled } from './storage/bucket-access-logging-enabled.js';
import { rule as storageBucketCustomerManagedKey } from './storage/bucket-customer-managed-key.js';
import { rule as storageBucketNotPubliclyReadable } from './storage/bucket-not-publicly-readable.js';
import { rule as storageBucketNotPubliclyWritable } from './storage/bucket-not-publicly-writable.js';
import { rule as storageBucketSecureTransportOnly } from './storage/bucket-secure-transport-only.js';
import { rule as storageBucketVersioningEnabled } from './storage/bucket-versioning-enabled.js';
import { rule as storageVolumeCustomerManagedKey } from './storage/volume-customer-managed-key.js';
import { rule as storageVolumeEncrypted } from './storage/volume-encrypted.js';

/** Baseline rules: written once against facets (src/core/facets.ts), applied on AWS, Azure and GCP. */
export const baselineRules: Rule[] = [
  computeInstanceIdentityNotBroad,
  computeInstanceNoPublicIp,
  computeInstanceSecureBoot,
  containerClusterApiNotPublic,
  containerClusterAuditLogging,
  containerClusterSecretsEncrypted,
  cryptoKeyExpirySet,
  cryptoKeyRotationEnabled,
  databaseBackupRetention7Days,
  databaseEncryptedAtRest,
  databaseNotPubliclyAccessible,
  databaseTlsRequired,
  identityLongLivedKeysRotated,
  identityUnusedKeysRemoved,
  loggingAuditTrailAllRegions,
  networkNoAllPortsFromInternet,
  networkNoDatabasePortsFromInternet,
  networkNoRdpFromInternet,
  networkNoSshFromInternet,
  secretsSecretExpirySet,
  secretsSecretRotationEnabled,
  storageBucketAccessLoggingEnabled,
  storageBucketCustomerManagedKey,
  storageBucketNotPubliclyReadable,
  storageBucketNotPubliclyWritable,
  storageBucketSecureTransportOnly,
  storageBucketVersioningEnabled,
  storageVolumeCustomerManagedKey,
  storageVolumeEncrypted,
];
