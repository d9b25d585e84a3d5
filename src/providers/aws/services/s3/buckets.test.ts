import { describe, expect, it } from 'vitest';
import { evidenceSources } from '../../../../core/provenance.js';
import { runRule } from '../../../../core/rule.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { awsAsset, fixtureContext } from '../../../../../test/support/assets.js';
import { rule as notPubliclyReadable } from '../../../../rules/aws/s3/bucket-not-publicly-readable.js';
import { rule as versioningEnabled } from '../../../../rules/aws/s3/bucket-versioning-enabled.js';
import { bucketsCollector, bucketsCollectorWith, regionFromLocation } from './buckets.js';
import { ACCOUNT, hardenedBucket, legacyBucket, s3Estate } from './test-estate.js';

const PUBLIC_READ_ACL = {
  Grants: [
    { Grantee: { Type: 'CanonicalUser' as const, ID: 'owner' }, Permission: 'FULL_CONTROL' as const },
    { Grantee: { Type: 'Group' as const, URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' as const },
  ],
};

describe('aws.s3.buckets', () => {
  it('fills every aspect of a configured bucket, in the SDK shape', async () => {
    const { assets, errors } = await collectFrom(s3Estate([hardenedBucket('prod-data', 'eu-west-1')]), bucketsCollector);
    expect(errors).toEqual([]);
    const [a] = assets;
    expect(a).toMatchObject({ id: 'arn:aws:s3:::prod-data', type: 'AWS::S3::Bucket', kind: 'storage.bucket', region: 'eu-west-1', account: ACCOUNT, tags: { env: 'prod', team: 'platform' } });
    expect(a!.config.publicAccessBlock).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });
    expect((a!.config.policy as any).Statement[0].Condition).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
    expect(a!.config.policyStatus).toEqual({ IsPublic: false });
    expect((a!.config.acl as any).Grants).toHaveLength(1);
    expect((a!.config.encryption as any).Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
    expect(a!.config.versioning).toEqual({ Status: 'Enabled', MFADelete: 'Enabled' });
    expect(a!.config.logging).toEqual({ LoggingEnabled: { TargetBucket: 'central-access-logs', TargetPrefix: 'prod-data/' } });
    expect(a!.config.ownershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(a!.gaps).toEqual({});
    // Each aspect names the call that produced it; the listing's own `bucket` aspect names the listing.
    expect(a!.provenance).toEqual({
      bucket: 'aws:s3:ListBuckets',
      publicAccessBlock: 'aws:s3:GetPublicAccessBlock',
      policy: 'aws:s3:GetBucketPolicy',
      policyStatus: 'aws:s3:GetBucketPolicyStatus',
      acl: 'aws:s3:GetBucketAcl',
      encryption: 'aws:s3:GetBucketEncryption',
      versioning: 'aws:s3:GetBucketVersioning',
      logging: 'aws:s3:GetBucketLogging',
      ownershipControls: 'aws:s3:GetBucketOwnershipControls',
      tags: 'aws:s3:GetBucketTagging',
    });
  });

  it('records "not configured" as null, not as an error, and a never-versioned bucket with no Status', async () => {
    const { assets, errors } = await collectFrom(s3Estate([legacyBucket('old-bucket', 'us-east-1', { ServerSideEncryptionConfiguration: null })]), bucketsCollector);
    expect(errors).toEqual([]);
    const c = assets[0]!.config;
    expect(c.publicAccessBlock).toBeNull();
    expect(c.policy).toBeNull();
    expect(c.policyStatus).toBeNull();
    expect(c.encryption).toBeNull();
    expect(c.ownershipControls).toBeNull();
    expect(c.tags).toBeNull();
    expect(c.versioning).toEqual({});
    expect(c.logging).toEqual({});
    expect(assets[0]!.tags).toEqual({});
  });

  it('asks for the policy status only when the bucket has a policy, or its policy could not be read', async () => {
    const estate = s3Estate([legacyBucket('no-policy', 'us-east-1'), hardenedBucket('with-policy', 'eu-west-1'), legacyBucket('hidden-policy', 'eu-west-1')]);
    const sim = await startSimulator({ estate: { ...estate, faults: [{ service: 's3', operation: 'GetBucketPolicy', resource: 'hidden-policy', effect: 'deny' }] } });
    try {
      const { assets } = await scanWith(sim, [bucketsCollector]);
      const byName = Object.fromEntries(assets.map((a) => [a.name, a]));
      // S3 would answer NoSuchBucketPolicy again: the null status is GetBucketPolicy's answer, and says so.
      expect(byName['no-policy']!.config.policyStatus).toBeNull();
      expect(byName['no-policy']!.provenance?.policyStatus).toBe('aws:s3:GetBucketPolicy');
      expect(byName['with-policy']!.config.policyStatus).toEqual({ IsPublic: false });
      expect(byName['with-policy']!.provenance?.policyStatus).toBe('aws:s3:GetBucketPolicyStatus');
      // A denied policy read does not stand for "no policy": the status call still runs.
      expect(byName['hidden-policy']!.gaps.policy).toMatchObject({ operation: 'GetBucketPolicy', code: 'AccessDenied' });
      expect(byName['hidden-policy']!.gaps.policyStatus).toBeUndefined();
      expect(byName['hidden-policy']!.provenance?.policyStatus).toBe('aws:s3:GetBucketPolicyStatus');
      expect(sim.stats().byOperation['s3:GetBucketPolicy']).toBe(3);
      expect(sim.stats().byOperation['s3:GetBucketPolicyStatus']).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it('lists every bucket across several pages and calls each in its own region', async () => {
    const buckets = Array.from({ length: 7 }, (_, i) => legacyBucket(`bucket-${i}`, i % 2 ? 'eu-west-1' : 'us-east-1'));
    const sim = await startSimulator({ estate: s3Estate(buckets) });
    try {
      const { assets, errors } = await scanWith(sim, [bucketsCollectorWith({ pageSize: 2, inFlight: 3 })]);
      expect(errors).toEqual([]);
      expect(assets.map((a) => a.name).sort()).toEqual(buckets.map((b) => b.Name).sort());
      expect(assets.find((a) => a.name === 'bucket-1')?.region).toBe('eu-west-1');
      expect(sim.stats().byOperation['s3:ListBuckets']).toBe(4);
      expect(sim.stats().byOperation['s3:GetBucketAcl']).toBe(7);
    } finally {
      await sim.close();
    }
  });

  it('turns a denied GetBucketAcl into a gap naming the call, and the public-read rule into unknown', async () => {
    const estate = s3Estate([legacyBucket('secret-bucket', 'eu-west-1', { Acl: PUBLIC_READ_ACL })]);
    const { assets, errors } = await collectFrom(estate, bucketsCollector, { faults: [{ service: 's3', operation: 'GetBucketAcl', resource: 'secret-bucket', effect: 'deny' }] });
    const a = assets[0]!;
    expect(a.config.acl).toBeUndefined();
    expect(a.gaps.acl).toMatchObject({ provider: 'aws', account: ACCOUNT, region: 'eu-west-1', service: 's3', operation: 'GetBucketAcl', code: 'AccessDenied', resource: 'secret-bucket' });
    expect(errors).toEqual([a.gaps.acl]);
    expect(a.provenance?.acl).toBe('aws:s3:GetBucketAcl');
    const noAccountBlock = fixtureContext([]);
    const v = runRule(notPubliclyReadable, a, noAccountBlock);
    expect(v.status).toBe('unknown');
    expect(evidenceSources(a, v)).toContain('aws:s3:GetBucketAcl');
  });

  it('gives the public-read rule fail on a public ACL and pass on its private twin', async () => {
    const estate = s3Estate([legacyBucket('public-assets', 'us-east-1', { Acl: PUBLIC_READ_ACL }), hardenedBucket('private-assets')]);
    const { assets: buckets } = await collectFrom(estate, bucketsCollector);
    // The account never configured a block (as S3 Control reports it), so only the bucket's own settings count.
    const ctx = fixtureContext([awsAsset({ type: 'AWS::S3::AccountPublicAccessBlock', account: ACCOUNT, region: 'global', config: { publicAccessBlock: null } })]);
    const byName = Object.fromEntries(buckets.map((a) => [a.name, a]));
    const publicRead = runRule(notPubliclyReadable, byName['public-assets']!, ctx);
    expect(publicRead.status).toBe('fail');
    // The evidence names the ACL read that showed the AllUsers grant.
    expect(evidenceSources(byName['public-assets']!, publicRead)).toContain('aws:s3:GetBucketAcl');
    const versioning = runRule(versioningEnabled, byName['public-assets']!, ctx);
    expect(evidenceSources(byName['public-assets']!, versioning)).toEqual(['aws:s3:GetBucketVersioning']);
    expect(runRule(notPubliclyReadable, byName['private-assets']!, ctx).status).toBe('pass');
    expect(runRule(versioningEnabled, byName['public-assets']!, ctx).status).toBe('fail');
    expect(runRule(versioningEnabled, byName['private-assets']!, ctx).status).toBe('pass');
  });

  it('reads GetBucketLocation answers as regions', () => {
    expect(regionFromLocation(undefined)).toBe('us-east-1');
    expect(regionFromLocation('')).toBe('us-east-1');
    expect(regionFromLocation('EU')).toBe('eu-west-1');
    expect(regionFromLocation('ap-south-1')).toBe('ap-south-1');
  });
});
