/**
 * Cloud Storage: `google_storage_bucket` (+ `google_storage_bucket_iam_*`, `google_storage_bucket_acl`) →
 * `storage.googleapis.com/Bucket` as gcp.storage.buckets stores it: `bucket` (buckets.list item, projection
 * full) and `iamPolicy` (buckets.getIamPolicy).
 *
 * The IAM policy of a bucket with no `google_storage_bucket_iam_policy` starts from the policy Cloud Storage
 * gives every new bucket: the project convenience bindings (owners and editors → legacyBucketOwner, viewers →
 * legacyBucketReader, and with uniform bucket-level access also legacyObjectOwner / legacyObjectReader). Those
 * members name the project id, so they are included only when the project is known; they grant nothing to
 * the public, so leaving them out otherwise changes no verdict (every rule on bucket policies looks for
 * allUsers / allAuthenticatedUsers and write roles of those).
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { knownString } from '../kit.js';
import { kmsKeyRef } from './kms.js';
import { blk, bool, builder, compact, i64, iamPartsBy, labelsOf, mergeBindings, nameOf, or, policyDocument, projectOf, refName, str, strMap, strs, type Binding, type Index, type Obj } from './util.js';

export const BUCKET_TYPE = 'storage.googleapis.com/Bucket';
export const STORAGE_TYPES = ['google_storage_bucket', 'google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding', 'google_storage_bucket_iam_policy', 'google_storage_bucket_acl'];

/** `bucket` arguments accept `b/<name>` as well as `<name>`. */
const bucketName = (v: unknown): unknown => (typeof v === 'string' ? v.replace(/^b\//, '') : v);

function bucketsOf(idx: Index, r: IacResource): IacResource[] {
  return idx.find(bucketName(r.values.bucket), 'google_storage_bucket', 'name', (b) => nameOf(b), r.module);
}

/** The bindings a new bucket has (see the header). */
function defaultBindings(project: string | undefined, uniform: unknown): Binding[] {
  if (!project) return [];
  const owners = [`projectEditor:${project}`, `projectOwner:${project}`];
  const viewers = [`projectViewer:${project}`];
  const out: Binding[] = [
    { role: 'roles/storage.legacyBucketOwner', members: owners },
    { role: 'roles/storage.legacyBucketReader', members: viewers },
  ];
  if (uniform === true) out.push({ role: 'roles/storage.legacyObjectOwner', members: owners }, { role: 'roles/storage.legacyObjectReader', members: viewers });
  return out;
}

/** Predefined ACLs that reach the public (`google_storage_bucket_acl.predefined_acl`), as their ACL entries. */
const PUBLIC_PREDEFINED: Record<string, Array<{ entity: string; role: string }>> = {
  publicRead: [{ entity: 'allUsers', role: 'READER' }],
  publicReadWrite: [{ entity: 'allUsers', role: 'WRITER' }],
  authenticatedRead: [{ entity: 'allAuthenticatedUsers', role: 'READER' }],
};

/**
 * The bucket ACL from `google_storage_bucket_acl` (`role_entity` "READER:allUsers", or a predefined ACL). Entries
 * naming the project team by number cannot be known and are left out: rules read only public entities.
 */
function aclOf(acl: IacResource | undefined, name: unknown): unknown[] | undefined {
  if (!acl) return undefined;
  const predefined = str(acl.values.predefined_acl);
  if (isUnknown(predefined)) throw predefined;
  const entries = predefined ? (PUBLIC_PREDEFINED[predefined] ?? []) : [];
  const roleEntity = strs(acl.values.role_entity);
  if (isUnknown(roleEntity)) throw roleEntity;
  for (const re of roleEntity ?? []) {
    if (isUnknown(re)) throw re;
    const i = re.indexOf(':');
    if (i > 0) entries.push({ role: re.slice(0, i), entity: re.slice(i + 1) });
  }
  return entries.map((e) => ({ kind: 'storage#bucketAccessControl', bucket: name, ...e }));
}

function bucketAspect(idx: Index, r: IacResource, uniform: unknown, acl: IacResource | undefined): Obj {
  const v = r.values;
  const name = str(v.name);
  const location = str(v.location);
  const versioning = blk(v.versioning);
  const logging = blk(v.logging);
  const encryption = blk(v.encryption);
  const retention = blk(v.retention_policy);
  const labels = strMap(v.labels);
  return compact({
    kind: 'storage#bucket',
    id: name,
    name,
    // The API reports locations upper-case (EU, US-CENTRAL1).
    location: typeof location === 'string' ? location.toUpperCase() : location,
    storageClass: or(str(v.storage_class), 'STANDARD'),
    labels: labels && Object.keys(labels).length ? labels : undefined,
    iamConfiguration: {
      // Provider/API defaults for a new bucket: fine-grained access, prevention inherited from the org policy.
      uniformBucketLevelAccess: { enabled: uniform },
      bucketPolicyOnly: { enabled: uniform },
      publicAccessPrevention: or(str(v.public_access_prevention), 'inherited'),
    },
    // Absent block: versioning was never configured, and the API then omits the field.
    versioning: versioning ? { enabled: or(bool(versioning.enabled), false) } : undefined,
    logging: logging ? compact({ logBucket: refName(idx, logging.log_bucket, ['google_storage_bucket']), logObjectPrefix: or(str(logging.log_object_prefix), name) }) : undefined,
    encryption: encryption ? { defaultKmsKeyName: kmsKeyRef(idx, encryption.default_kms_key_name) } : undefined,
    retentionPolicy: retention ? compact({ retentionPeriod: i64(retention.retention_period), isLocked: or(bool(retention.is_locked), false) }) : undefined,
    defaultEventBasedHold: bool(v.default_event_based_hold),
    acl: aclOf(acl, name),
  });
}

export function mapStorage(idx: Index): Asset[] {
  const iam = iamPartsBy(idx, 'google_storage_bucket_iam', (r) => bucketsOf(idx, r).map((b) => b.address));
  // An ACL resource that may apply to several buckets is applied to each: its public entries are not lost.
  const acls = new Map<string, IacResource>();
  for (const a of idx.of('google_storage_bucket_acl')) for (const b of bucketsOf(idx, a)) acls.set(b.address, a);
  const out: Asset[] = [];
  for (const r of idx.of('google_storage_bucket')) {
    const name = nameOf(r);
    const location = knownString(r.values.location);
    const project = projectOf(r);
    const b = builder(r, idx.ctx, 'storage', {
      liveId: name ? `//storage.googleapis.com/projects/_/buckets/${name}` : undefined,
      type: BUCKET_TYPE,
      kind: 'storage.bucket',
      name: name ?? r.name,
      account: project,
      region: location?.toLowerCase(),
      tags: labelsOf(r.values.labels),
    });
    const uniform = or(bool(r.values.uniform_bucket_level_access), false);
    b.aspect('bucket', () => bucketAspect(idx, r, uniform, acls.get(r.address)));
    b.aspect('iamPolicy', () => {
      const merged = mergeBindings(idx, iam.get(r.address) ?? { policies: [], bindings: [], members: [] }, defaultBindings(project, uniform));
      return policyDocument(merged.bindings, { kind: 'storage#policy', ...(name ? { resourceId: `projects/_/buckets/${name}` } : {}) });
    });
    out.push(b.build());
  }
  return out;
}
