import type { ResourceGenerator } from '../../generator.js';
import type { SimBucket } from './section.js';

/**
 * Benchmark buckets: a mix shaped like a real estate of a few years' growth. Most buckets are created with
 * today's defaults (block public access on, ACLs disabled, SSE-S3) and a minority predate them or were
 * loosened: roughly 10% without a block, 3% with a public ACL, 4% with a public policy, 3% granting
 * another account admin actions, 55% unversioned, 60% without access logs.
 */
const PURPOSES = ['app-data', 'logs', 'backups', 'static-site', 'analytics', 'ml-datasets', 'artifacts', 'exports', 'uploads', 'archive'];
const OTHER_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2'];
const NOW = Date.parse('2026-11-29T00:00:00Z');
const SIX_YEARS_MS = 6 * 365 * 24 * 3600 * 1000;
const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function denyInsecureTransport(arn: string) {
  return { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } };
}

function policyFor(rng: () => number, arn: string, partner: string): SimBucket['Policy'] {
  const r = rng();
  if (r < 0.4) return undefined;
  if (r < 0.75) return { Version: '2012-10-17', Statement: [denyInsecureTransport(arn)] };
  if (r < 0.87) return { Version: '2012-10-17', Statement: [denyInsecureTransport(arn), { Sid: 'PartnerRead', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${partner}:root` }, Action: ['s3:GetObject', 's3:ListBucket'], Resource: [arn, `${arn}/*`] }] };
  if (r < 0.91) return { Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn}/*` }] };
  if (r < 0.94) return { Version: '2012-10-17', Statement: [{ Sid: 'PartnerAdmin', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${partner}:root` }, Action: 's3:*', Resource: [arn, `${arn}/*`] }] };
  return { Version: '2012-10-17', Statement: [{ Sid: 'VpceOnly', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn}/*`, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f60718' } } }] };
}

export function generateBucket(i: number, accountId: string, homeRegion: string, rng: () => number): SimBucket {
  const Name = `${pick(rng, PURPOSES)}-${accountId}-${String(i).padStart(6, '0')}`;
  const arn = `arn:aws:s3:::${Name}`;
  const legacy = rng() < 0.25;
  const blockRoll = rng();
  const enforced = !legacy && rng() < 0.9;
  const aclRoll = rng();
  const versionRoll = rng();
  const kms = rng() < 0.38;
  return {
    Name,
    CreationDate: new Date(NOW - Math.floor(rng() * SIX_YEARS_MS)).toISOString(),
    Region: rng() < 0.7 ? homeRegion : pick(rng, OTHER_REGIONS),
    PublicAccessBlockConfiguration: blockRoll < 0.1 ? null : blockRoll < 0.16 ? { ...ALL_ON, IgnorePublicAcls: false, RestrictPublicBuckets: false } : ALL_ON,
    Policy: policyFor(rng, arn, '999988887777'),
    ...(enforced ? { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } } : legacy ? {} : { OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] } }),
    ...(!enforced && aclRoll < 0.12
      ? { Acl: { Grants: [{ Grantee: { Type: 'Group', URI: `http://acs.amazonaws.com/groups/global/${aclRoll < 0.1 ? 'AllUsers' : 'AuthenticatedUsers'}` }, Permission: 'READ' }] } }
      : {}),
    ...(kms ? { ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:${homeRegion}:${accountId}:alias/s3-data` }, BucketKeyEnabled: true }] } } : {}),
    ...(versionRoll < 0.4 ? { Versioning: { Status: 'Enabled', MFADelete: versionRoll < 0.02 ? 'Enabled' : 'Disabled' } } : versionRoll < 0.45 ? { Versioning: { Status: 'Suspended', MFADelete: 'Disabled' } } : {}),
    ...(rng() < 0.4 ? { Logging: { TargetBucket: `logs-${accountId}-access`, TargetPrefix: `${Name}/` } } : {}),
    ...(rng() < 0.8 ? { Tags: { env: pick(rng, ['prod', 'staging', 'dev']), team: pick(rng, ['payments', 'search', 'platform', 'data']) } } : {}),
  };
}

export const bucketsGenerator: ResourceGenerator = {
  service: 's3',
  scope: 'global',
  build(n, { accountId, region, rng }) {
    const buckets: SimBucket[] = [];
    for (let i = 0; i < n; i++) buckets.push(generateBucket(i, accountId, region, rng));
    return { section: { buckets }, assets: n };
  },
};
