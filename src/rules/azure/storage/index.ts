import type { Rule } from '../../../core/rule.js';
import { rule as accessKeysRotated } from './access-keys-rotated.js';
import { rule as blobAnonymousAccessDisabled } from './blob-anonymous-access-disabled.js';
import { rule as blobSoftDeleteEnabled } from './blob-soft-delete-enabled.js';
import { rule as blobVersioningEnabled } from './blob-versioning-enabled.js';
import { rule as containerSoftDeleteEnabled } from './container-soft-delete-enabled.js';
import { rule as crossTenantReplicationDisabled } from './cross-tenant-replication-disabled.js';
import { rule as customerManagedKeyEncryption } from './customer-managed-key-encryption.js';
import { rule as defaultNetworkAccessDeny } from './default-network-access-deny.js';
import { rule as defaultToEntraAuthorization } from './default-to-entra-authorization.js';
import { rule as geoRedundantStorage } from './geo-redundant-storage.js';
import { rule as infrastructureEncryptionEnabled } from './infrastructure-encryption-enabled.js';
import { rule as keyRotationReminderEnabled } from './key-rotation-reminder-enabled.js';
import { rule as minimumTls12 } from './minimum-tls-1-2.js';
import { rule as privateEndpointUsed } from './private-endpoint-used.js';
import { rule as publicNetworkAccessDisabled } from './public-network-access-disabled.js';
import { rule as secureTransferRequired } from './secure-transfer-required.js';
import { rule as sharedKeyAccessDisabled } from './shared-key-access-disabled.js';
import { rule as trustedServicesBypassEnabled } from './trusted-services-bypass-enabled.js';

export const rules: Rule[] = [
  secureTransferRequired,
  minimumTls12,
  blobAnonymousAccessDisabled,
  sharedKeyAccessDisabled,
  publicNetworkAccessDisabled,
  defaultNetworkAccessDeny,
  trustedServicesBypassEnabled,
  privateEndpointUsed,
  defaultToEntraAuthorization,
  crossTenantReplicationDisabled,
  blobSoftDeleteEnabled,
  containerSoftDeleteEnabled,
  blobVersioningEnabled,
  infrastructureEncryptionEnabled,
  customerManagedKeyEncryption,
  keyRotationReminderEnabled,
  accessKeysRotated,
  geoRedundantStorage,
];
