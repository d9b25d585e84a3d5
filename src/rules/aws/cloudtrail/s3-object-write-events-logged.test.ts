import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './s3-object-write-events-logged.js';
import { accountAsset, ALL_MANAGEMENT, bucketAsset, trailAsset } from './support/fixtures.js';

const withS3 = (values: string[], rw = 'All') => ({ EventSelectors: [...ALL_MANAGEMENT.EventSelectors!, { ReadWriteType: rw as 'All', IncludeManagementEvents: false, DataResources: [{ Type: 'AWS::S3::Object', Values: values }] }] });

describe(rule.id, () => {
  it.each<{ name: string; assets: Asset[]; expect: Status; reason?: RegExp }>([
    { name: 'all buckets, all events', assets: [trailAsset({ eventSelectors: withS3(['arn:aws:s3']) })], expect: 'pass', reason: /all buckets/ },
    { name: 'all buckets, write only', assets: [trailAsset({ eventSelectors: withS3(['arn:aws:s3'], 'WriteOnly') })], expect: 'pass' },
    { name: 'all buckets, read only', assets: [trailAsset({ eventSelectors: withS3(['arn:aws:s3'], 'ReadOnly') })], expect: 'fail' },
    { name: 'management events only', assets: [trailAsset()], expect: 'fail' },
    { name: 'all buckets but trail is single-region', assets: [trailAsset({ trail: { IsMultiRegionTrail: false }, eventSelectors: withS3(['arn:aws:s3']) })], expect: 'fail', reason: /not multi-region/ },
    { name: 'all buckets but trail stopped', assets: [trailAsset({ status: { IsLogging: false }, eventSelectors: withS3(['arn:aws:s3']) })], expect: 'fail' },
    {
      name: 'every bucket named',
      assets: [trailAsset({ eventSelectors: withS3(['arn:aws:s3:::a/', 'arn:aws:s3:::b/']) }), bucketAsset('a'), bucketAsset('b')],
      expect: 'pass',
      reason: /Every bucket \(2\)/,
    },
    {
      name: 'one bucket not named',
      assets: [trailAsset({ eventSelectors: withS3(['arn:aws:s3:::a/']) }), bucketAsset('a'), bucketAsset('b')],
      expect: 'fail',
      reason: /1 of 2 buckets: b/,
    },
    { name: 'selectors denied', assets: [trailAsset({ eventSelectors: undefined, gaps: { eventSelectors: deniedGap('cloudtrail', 'GetEventSelectors') } })], expect: 'unknown', reason: /GetEventSelectors/ },
  ])('$name -> $expect', ({ assets, expect: status, reason }) => {
    const v = runRule(rule, accountAsset(), fixtureContext(assets));
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
  });

  it('is unknown when per-bucket coverage cannot be checked because the bucket listing failed', () => {
    const ctx = fixtureContext([trailAsset({ eventSelectors: withS3(['arn:aws:s3:::a/']) })], { 'AWS::S3::Bucket': [deniedGap('s3', 'ListBuckets')] });
    expect(runRule(rule, accountAsset(), ctx).status).toBe('unknown');
  });
});
