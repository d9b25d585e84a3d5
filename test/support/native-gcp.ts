/** GCP fixture assets with native aspects as docs/assets-azure-gcp.md describes them (REST JSON). */
import type { Asset } from '../../src/core/asset.js';
import { PROJECT, daysAgo, native } from './facet-fixtures.js';

export const PRIVATE_POLICY = { version: 3, bindings: [{ role: 'roles/storage.admin', members: ['group:admins@example.com'] }] };
export const publicBinding = (role: string, member = 'allUsers') => ({ version: 3, bindings: [...PRIVATE_POLICY.bindings, { role, members: [member] }] });

export function gcsBucket(over: { bucket?: Record<string, unknown>; iamPolicy?: unknown } = {}): Asset {
  return native('gcp', 'storage.googleapis.com/Bucket', 'storage.bucket', {
    bucket: { name: 'b1', location: 'EU', iamConfiguration: { publicAccessPrevention: 'inherited', uniformBucketLevelAccess: { enabled: true } }, versioning: { enabled: true }, logging: { logBucket: 'logs' }, ...over.bucket },
    iamPolicy: over.iamPolicy === undefined ? PRIVATE_POLICY : over.iamPolicy,
  }, { id: '//storage.googleapis.com/projects/_/buckets/b1', region: 'eu' });
}

export const firewall = (fw: Record<string, unknown>) =>
  native('gcp', 'compute.googleapis.com/Firewall', 'network.firewall-rule', { firewall: { name: 'fw1', network: 'default', direction: 'INGRESS', priority: 1000, disabled: false, ...fw } }, { id: `//compute.googleapis.com/projects/${PROJECT}/global/firewalls/fw1`, region: 'global' });

export const DEFAULT_SA = '123456789-compute@developer.gserviceaccount.com';
export const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
export const gceInstance = (instance: Record<string, unknown>) =>
  native('gcp', 'compute.googleapis.com/Instance', 'compute.instance', { instance: { name: 'vm1', zone: 'europe-west1-b', networkInterfaces: [{ network: 'default' }], ...instance } }, { id: `//compute.googleapis.com/projects/${PROJECT}/zones/europe-west1-b/instances/vm1` });
export const pd = (disk: Record<string, unknown>) =>
  native('gcp', 'compute.googleapis.com/Disk', 'storage.volume', { disk: { name: 'd1', users: ['instances/vm1'], ...disk } }, { id: `//compute.googleapis.com/projects/${PROJECT}/zones/europe-west1-b/disks/d1` });

export function cloudSql(settings: Record<string, unknown>, top: Record<string, unknown> = {}): Asset {
  return native('gcp', 'sqladmin.googleapis.com/Instance', 'database.instance', {
    instance: {
      name: 'sql1',
      databaseVersion: 'POSTGRES_16',
      settings: { ipConfiguration: { ipv4Enabled: false, authorizedNetworks: [], sslMode: 'ENCRYPTED_ONLY' }, backupConfiguration: { enabled: true, backupRetentionSettings: { retainedBackups: 7, retentionUnit: 'COUNT' } }, ...settings },
      ...top,
    },
  }, { id: `//cloudsql.googleapis.com/projects/${PROJECT}/instances/sql1` });
}

export const userKey = (ageDays: number, extra: Record<string, unknown> = {}) => ({ name: `projects/${PROJECT}/serviceAccounts/sa@x/keys/k${ageDays}`, keyType: 'USER_MANAGED', validAfterTime: daysAgo(ageDays), ...extra });
export const serviceAccount = (keys: unknown[]) =>
  native('gcp', 'iam.googleapis.com/ServiceAccount', 'identity.service-account', { serviceAccount: { email: `sa@${PROJECT}.iam.gserviceaccount.com` }, keys }, { id: `//iam.googleapis.com/projects/${PROJECT}/serviceAccounts/sa@${PROJECT}.iam.gserviceaccount.com`, region: 'global' });

export const cryptoKey = (key: Record<string, unknown>) =>
  native('gcp', 'cloudkms.googleapis.com/CryptoKey', 'crypto.key', { cryptoKey: { name: 'k1', purpose: 'ENCRYPT_DECRYPT', primary: { state: 'ENABLED' }, ...key }, iamPolicy: {} }, { id: `//cloudkms.googleapis.com/projects/${PROJECT}/locations/europe-west1/keyRings/r/cryptoKeys/k1` });

export const logSink = (sink: Record<string, unknown>) =>
  native('gcp', 'logging.googleapis.com/LogSink', 'logging.audit-trail', { sink: { name: 'all-logs', destination: 'storage.googleapis.com/audit-archive', ...sink } }, { id: `//logging.googleapis.com/projects/${PROJECT}/sinks/${String(sink.name ?? 'all-logs')}`, region: 'global' });
export const project = () => native('gcp', 'cloudresourcemanager.googleapis.com/Project', 'account', { project: { projectId: PROJECT } }, { id: '//cloudresourcemanager.googleapis.com/projects/123456789', region: 'global' });

export const gkeCluster = (cluster: Record<string, unknown>) =>
  native('gcp', 'container.googleapis.com/Cluster', 'container.cluster', {
    cluster: { name: 'gke1', currentMasterVersion: '1.31.1', privateClusterConfig: { enablePrivateEndpoint: true }, loggingService: 'logging.googleapis.com/kubernetes', ...cluster },
  }, { id: `//container.googleapis.com/projects/${PROJECT}/locations/europe-west1/clusters/gke1` });

export const gcpSecret = (secret: Record<string, unknown>) =>
  native('gcp', 'secretmanager.googleapis.com/Secret', 'secret', { secret: { name: `projects/${PROJECT}/secrets/s1`, ...secret } }, { id: `//secretmanager.googleapis.com/projects/${PROJECT}/secrets/s1`, region: 'global' });
