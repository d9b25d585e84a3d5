import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './trail-kms-encrypted.js';
import { trailAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it('passes with a KMS key', () => {
    const v = runRule(rule, trailAsset({ trail: { KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1' } }), fixtureContext([]));
    expect(v.status).toBe('pass');
    expect(v.evidence[0]).toMatchObject({ path: 'config.trail.KmsKeyId', observed: 'arn:aws:kms:us-east-1:111122223333:key/k1' });
  });

  it('fails with SSE-S3 only (no KmsKeyId)', () => {
    expect(runRule(rule, trailAsset(), fixtureContext([])).status).toBe('fail');
  });

  it('is not applicable to an organization trail seen from a member account (judged in its owner account)', () => {
    const asset = trailAsset({ trail: { TrailARN: 'arn:aws:cloudtrail:us-east-1:999999999999:trail/org', IsOrganizationTrail: true } });
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe('not_applicable');
    expect(v.reason).toContain('999999999999');
  });

  it('is unknown when the trail record is missing', () => {
    const asset = trailAsset();
    delete asset.config.trail;
    asset.gaps.trail = deniedGap('cloudtrail', 'DescribeTrails');
    expect(runRule(rule, asset, fixtureContext([])).status).toBe('unknown');
  });
});
