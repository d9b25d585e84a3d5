import type { Asset } from '../../../core/asset.js';
import { diskFacets } from './disk.js';
import { firewallFacets } from './firewall.js';
import { gkeClusterFacets } from './gke-cluster.js';
import { instanceFacets } from './instance.js';
import { kmsKeyFacets } from './kms-key.js';
import { logSinkFacets } from './log-sink.js';
import { secretFacets } from './secret.js';
import { serviceAccountFacets } from './service-account.js';
import { sqlInstanceFacets } from './sql-instance.js';
import { storageBucketFacets } from './storage-bucket.js';

const BY_TYPE: Record<string, (a: Asset) => Asset> = {
  'storage.googleapis.com/Bucket': storageBucketFacets,
  'compute.googleapis.com/Firewall': firewallFacets,
  'compute.googleapis.com/Instance': instanceFacets,
  'compute.googleapis.com/Disk': diskFacets,
  'sqladmin.googleapis.com/Instance': sqlInstanceFacets,
  'iam.googleapis.com/ServiceAccount': serviceAccountFacets,
  'cloudkms.googleapis.com/CryptoKey': kmsKeyFacets,
  'logging.googleapis.com/LogSink': logSinkFacets,
  'container.googleapis.com/Cluster': gkeClusterFacets,
  'secretmanager.googleapis.com/Secret': secretFacets,
};

/**
 * Fills `asset.facets` (src/core/facets.ts) from the asset's native configuration, by native type.
 * Pure; called by the gcp discovery runtime on every asset before it is stored. Types without a
 * derivation are left as they are.
 */
export function applyGcpFacets(asset: Asset): Asset {
  return BY_TYPE[asset.type]?.(asset) ?? asset;
}
