import { GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketPolicyStatusCommand, GetBucketTaggingCommand, GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import { seededRng } from '../../rng.js';
import { bucketsGenerator } from './generator.js';
import type { SimBucket } from './section.js';

const buckets = [
  { Name: 'zeta-logs', CreationDate: '2020-01-01T00:00:00.000Z', Region: 'eu-west-1', ServerSideEncryptionConfiguration: null },
  { Name: 'alpha-data', CreationDate: '2021-05-05T00:00:00.000Z', Versioning: { Status: 'Suspended' as const, MFADelete: 'Disabled' as const } },
  { Name: 'mid-site', CreationDate: '2022-02-02T00:00:00.000Z', Policy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::mid-site/*' }] } },
];

describe('simulated S3', () => {
  let sim: Simulator;
  let s3: S3Client;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate({ global: { s3: { buckets } } }) });
    s3 = new S3Client({ ...sdkConfig(sim), forcePathStyle: true });
  });
  afterAll(async () => sim.close());

  it('lists buckets by name; unpaginated answers carry no BucketRegion, paginated ones do', async () => {
    const all = await s3.send(new ListBucketsCommand({}));
    expect(all.Buckets?.map((b) => b.Name)).toEqual(['alpha-data', 'mid-site', 'zeta-logs']);
    expect(all.Buckets?.[0]?.BucketRegion).toBeUndefined();
    expect(all.Buckets?.[0]?.CreationDate).toBeInstanceOf(Date);
    const first = await s3.send(new ListBucketsCommand({ MaxBuckets: 2 }));
    expect(first.Buckets?.map((b) => [b.Name, b.BucketRegion])).toEqual([['alpha-data', 'us-east-1'], ['mid-site', 'us-east-1']]);
    const rest = await s3.send(new ListBucketsCommand({ MaxBuckets: 2, ContinuationToken: first.ContinuationToken }));
    expect(rest.Buckets?.map((b) => b.Name)).toEqual(['zeta-logs']);
    expect(rest.ContinuationToken).toBeUndefined();
  });

  it('rejects a MaxBuckets outside 1..10000', async () => {
    expect((await failure(s3.send(new ListBucketsCommand({ MaxBuckets: 0 })))).name).toBe('InvalidArgument');
  });

  it('redirects per-bucket calls signed for another region, but answers GetBucketLocation anywhere', async () => {
    expect((await failure(s3.send(new GetBucketVersioningCommand({ Bucket: 'zeta-logs' })))).name).toBe('PermanentRedirect');
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: 'zeta-logs' }))).LocationConstraint).toBe('eu-west-1');
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: 'alpha-data' }))).LocationConstraint).toBeUndefined();
  });

  it('answers AWS errors for missing configurations', async () => {
    const eu = new S3Client({ ...sdkConfig(sim, 'eu-west-1'), forcePathStyle: true });
    expect((await failure(eu.send(new GetBucketEncryptionCommand({ Bucket: 'zeta-logs' })))).name).toBe('ServerSideEncryptionConfigurationNotFoundError');
    expect((await failure(s3.send(new GetBucketPolicyStatusCommand({ Bucket: 'alpha-data' })))).name).toBe('NoSuchBucketPolicy');
    expect((await failure(s3.send(new GetBucketTaggingCommand({ Bucket: 'alpha-data' })))).name).toBe('NoSuchTagSet');
    expect((await failure(s3.send(new GetBucketVersioningCommand({ Bucket: 'no-such-bucket' })))).name).toBe('NoSuchBucket');
  });

  it('defaults to SSE-S3, reports versioning as set, and derives policy status', async () => {
    const enc = await s3.send(new GetBucketEncryptionCommand({ Bucket: 'alpha-data' }));
    expect(enc.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm).toBe('AES256');
    expect(await s3.send(new GetBucketVersioningCommand({ Bucket: 'alpha-data' }))).toMatchObject({ Status: 'Suspended', MFADelete: 'Disabled' });
    expect((await s3.send(new GetBucketPolicyStatusCommand({ Bucket: 'mid-site' }))).PolicyStatus?.IsPublic).toBe(true);
  });
});

describe('benchmark buckets', () => {
  const build = (n: number, seed: number) => bucketsGenerator.build(n, { accountId: MGMT, region: 'eu-west-1', rng: seededRng(seed) });

  it('are deterministic for a seed and name each bucket uniquely', () => {
    expect(build(200, 7)).toEqual(build(200, 7));
    expect(build(200, 7)).not.toEqual(build(200, 8));
    const { section, assets } = build(200, 7);
    expect(assets).toBe(200);
    expect(new Set(section.buckets.map((b: SimBucket) => b.Name)).size).toBe(200);
  });

  it('mix a realistic minority of misconfigured buckets into mostly hardened ones', () => {
    const list: SimBucket[] = build(2000, 1).section.buckets;
    const share = (f: (b: SimBucket) => boolean) => list.filter(f).length / list.length;
    expect(share((b) => !b.PublicAccessBlockConfiguration)).toBeGreaterThan(0.05);
    expect(share((b) => !b.PublicAccessBlockConfiguration)).toBeLessThan(0.2);
    expect(share((b) => (b.Acl?.Grants ?? []).some((g) => g.Grantee?.URI?.endsWith('/AllUsers')))).toBeGreaterThan(0.005);
    expect(share((b) => b.Versioning?.Status === 'Enabled')).toBeGreaterThan(0.3);
    expect(share((b) => b.Region === 'eu-west-1')).toBeGreaterThan(0.6);
  });
});
