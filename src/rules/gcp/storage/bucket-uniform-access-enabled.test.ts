import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { deniedGap, gcpAsset } from '../../../../test/support/gcp-assets.js';
import { GCP } from '../support/types.js';
import { rule } from './bucket-uniform-access-enabled.js';

const bucket = (bucket?: unknown) =>
  gcpAsset({ type: GCP.bucket, kind: 'storage.bucket', region: 'eu', config: bucket === undefined ? {} : { bucket }, gaps: bucket === undefined ? { bucket: deniedGap('storage', 'storage.buckets.list') } : {} });

describe(rule.id, () => {
  it.each([
    ['uniform access on', bucket({ iamConfiguration: { uniformBucketLevelAccess: { enabled: true } } }), 'pass'],
    ['fine-grained', bucket({ iamConfiguration: { uniformBucketLevelAccess: { enabled: false } } }), 'fail'],
    ['no iamConfiguration', bucket({}), 'fail'],
    ['listing failed', bucket(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
