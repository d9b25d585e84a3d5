import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * GCS bucket facets. Public when the IAM policy binds allUsers or allAuthenticatedUsers, unless public access
 * prevention is enforced on the bucket (then such bindings are not honoured). Prevention inherited from an
 * organization policy is not visible on the bucket: such a bucket is judged on its bindings. With uniform
 * bucket-level access off, object ACLs may also be public; they are not listed, so the answer is unknown.
 * GCS has no switch that refuses plain HTTP: `secureTransportOnly` is left out.
 */
interface Bucket {
  iamConfiguration?: { publicAccessPrevention?: string; uniformBucketLevelAccess?: { enabled?: boolean } };
  versioning?: { enabled?: boolean };
  logging?: { logBucket?: string };
  encryption?: { defaultKmsKeyName?: string };
}
interface Policy {
  bindings?: Array<{ role?: string; members?: string[] }>;
}

const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);
/** Predefined roles that let a member create, overwrite or delete objects. */
const WRITE_ROLES = new Set(['roles/storage.objectCreator', 'roles/storage.objectAdmin', 'roles/storage.objectUser', 'roles/storage.admin', 'roles/storage.legacyBucketWriter', 'roles/storage.legacyBucketOwner']);

/** Roles bound to the public. Any role counts for read: even listing or metadata access exposes the bucket. */
export function publicRoles(asset: Asset): string[] {
  const bucket = aspectFor<Bucket>(asset, 'bucket');
  if (bucket.iamConfiguration?.publicAccessPrevention === 'enforced') return [];
  const policy = aspectFor<Policy | null>(asset, 'iamPolicy');
  return (policy?.bindings ?? []).filter((b) => (b.members ?? []).some((m) => PUBLIC_MEMBERS.has(m))).map((b) => b.role ?? '');
}

export function storageBucketFacets(asset: Asset): Asset {
  const bucket = (a: Asset) => aspectFor<Bucket>(a, 'bucket');
  return deriveFacets(asset, 'storage.bucket', {
    publicRead: (a) => publicRoles(a).length > 0,
    publicWrite: (a) => publicRoles(a).some((r) => WRITE_ROLES.has(r)),
    encryptedAtRest: (a) => (bucket(a), true),
    customerManagedKey: (a) => Boolean(bucket(a).encryption?.defaultKmsKeyName),
    versioning: (a) => bucket(a).versioning?.enabled === true,
    accessLogging: (a) => Boolean(bucket(a).logging?.logBucket),
  });
}
