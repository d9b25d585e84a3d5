import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-access-logging-enabled.js';
import { bucketAsset, trailAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each<{ name: string; others: Asset[]; expect: Status; reason?: RegExp }>([
    { name: 'bucket logs to another bucket', others: [bucketAsset('trail-bucket', { LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'ct/' } })], expect: 'pass', reason: /access-logs/ },
    { name: 'bucket logging off (empty GetBucketLogging output)', others: [bucketAsset('trail-bucket', {})], expect: 'fail' },
    { name: 'other buckets only: the trail bucket is in a log archive account', others: [bucketAsset('unrelated', {})], expect: 'unknown', reason: /log archive/ },
    { name: 'GetBucketLogging denied', others: [bucketAsset('trail-bucket', undefined, { logging: deniedGap('s3', 'GetBucketLogging') })], expect: 'unknown', reason: /GetBucketLogging/ },
  ])('$name -> $expect', ({ others, expect: status, reason }) => {
    const v = runRule(rule, trailAsset(), fixtureContext(others));
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
  });

  it('puts the bucket\'s logging setting in the evidence', () => {
    const bucket = bucketAsset('trail-bucket', {});
    const v = runRule(rule, trailAsset(), fixtureContext([bucket]));
    expect(v.evidence).toContainEqual({ path: 'arn:aws:s3:::trail-bucket#config.logging.LoggingEnabled', observed: null, expected: 'a logging target' });
  });

  it('is unknown when the bucket listing is incomplete', () => {
    const v = runRule(rule, trailAsset(), fixtureContext([], { 'AWS::S3::Bucket': [deniedGap('s3', 'ListBuckets')] }));
    expect(v.status).toBe('unknown');
  });
});
