/**
 * AWS::S3::Bucket (+ AWS::S3::BucketPolicy) → the asset the S3 collector builds (bucket-aspects.ts:
 * publicAccessBlock, policy, policyStatus, acl, encryption, versioning, logging, ownershipControls, tags).
 * Aspects the template does not set get what S3 reports for a new bucket: Block Public Access all on,
 * BucketOwnerEnforced and SSE-S3 (documented defaults since April 2023 / January 2023).
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { tagMap } from '../kit.js';
import { assetIdOf, bool, builder, compact, isObj, list, nameOf, policyDocument, standIn, where, type Template } from './support.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

const group = (URI: string, Permission: string) => ({ Grantee: { Type: 'Group', URI }, Permission });

/** The grants S3 writes for a canned ACL on a bucket (the owner's FULL_CONTROL first). */
export function cannedAclGrants(acl: string): Array<Record<string, unknown>> | undefined {
  const owner = { Grantee: { Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' };
  switch (acl) {
    case 'Private':
    case 'BucketOwnerRead':
    case 'BucketOwnerFullControl':
    case 'AwsExecRead':
      return [owner];
    case 'PublicRead':
      return [owner, group(ALL_USERS, 'READ')];
    case 'PublicReadWrite':
      return [owner, group(ALL_USERS, 'READ'), group(ALL_USERS, 'WRITE')];
    case 'AuthenticatedRead':
      return [owner, group(AUTHENTICATED_USERS, 'READ')];
    case 'LogDeliveryWrite':
      return [owner, group(LOG_DELIVERY, 'WRITE'), group(LOG_DELIVERY, 'READ_ACP')];
  }
  return undefined;
}

export function mapBucket(r: IacResource, t: Template): Asset[] {
  const v = r.values;
  const w = where(r);
  const name = nameOf(r);
  const id = assetIdOf(r);
  const b = builder(r, t, { id, type: 'AWS::S3::Bucket', kind: 'storage.bucket', name: name ?? r.name, tags: tagMap(v.Tags) }, 's3');
  b.aspect('bucket', () => ({ Name: name ?? null, CreationDate: null, BucketRegion: w.region ?? null }));

  if (v.PublicAccessBlockConfiguration === undefined) {
    b.defaulted('publicAccessBlock', { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });
  } else {
    b.aspect('publicAccessBlock', () => {
      const p = v.PublicAccessBlockConfiguration;
      if (!isObj(p)) return p;
      return {
        BlockPublicAcls: bool(p.BlockPublicAcls, false),
        IgnorePublicAcls: bool(p.IgnorePublicAcls, false),
        BlockPublicPolicy: bool(p.BlockPublicPolicy, false),
        RestrictPublicBuckets: bool(p.RestrictPublicBuckets, false),
      };
    });
  }

  if (v.OwnershipControls === undefined) b.defaulted('ownershipControls', { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
  else {
    b.aspect('ownershipControls', () => {
      const oc = v.OwnershipControls;
      if (!isObj(oc)) return oc;
      return { Rules: list(oc.Rules).map((x) => (isObj(x) ? compact({ ObjectOwnership: x.ObjectOwnership }) : x)) };
    });
  }

  const canned = v.AccessControl ?? 'Private';
  const grants = typeof canned === 'string' ? cannedAclGrants(canned) : undefined;
  if (grants) b.aspect('acl', () => ({ Grants: grants }));
  else if (isUnknown(canned)) b.aspect('acl', () => canned);
  else b.setGap('acl', 'UnsupportedValue', `${r.address}: AccessControl ${JSON.stringify(canned)} is not a canned ACL, at ${r.file}:${r.line}`);

  if (v.BucketEncryption === undefined) {
    b.defaulted('encryption', { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] });
  } else {
    b.aspect('encryption', () => {
      const e = v.BucketEncryption;
      if (!isObj(e)) return e;
      return {
        Rules: list(e.ServerSideEncryptionConfiguration).map((rule) => {
          if (!isObj(rule)) return rule;
          const d = rule.ServerSideEncryptionByDefault;
          return compact({
            ApplyServerSideEncryptionByDefault: isObj(d) ? compact({ SSEAlgorithm: d.SSEAlgorithm, KMSMasterKeyID: d.KMSMasterKeyID }) : d,
            BucketKeyEnabled: bool(rule.BucketKeyEnabled, false),
          });
        }),
      };
    });
  }

  b.aspect('versioning', () => {
    const vc = v.VersioningConfiguration;
    if (vc === undefined) return {};
    if (!isObj(vc)) return vc;
    return compact({ Status: vc.Status });
  });

  b.aspect('logging', () => {
    const l = v.LoggingConfiguration;
    if (l === undefined) return {};
    if (!isObj(l)) return l;
    // Without DestinationBucketName, S3 delivers the logs to the bucket itself.
    return { LoggingEnabled: compact({ TargetBucket: standIn(t, l.DestinationBucketName, 'AWS::S3::Bucket') ?? name ?? id, TargetPrefix: l.LogFilePrefix ?? '' }) };
  });

  // The last bucket policy naming the bucket is the one in force (PutBucketPolicy replaces).
  const policies = t.parts(r, 'AWS::S3::BucketPolicy', 'Bucket', 'BucketName');
  const policy = policies[policies.length - 1];
  if (!policy) {
    b.aspect('policy', () => null);
    b.aspect('policyStatus', () => null);
  } else {
    b.aspect('policy', () => policyDocument(policy.values.PolicyDocument));
  }
  b.aspect('tags', () => tagMap(v.Tags));
  return [b.build()];
}
