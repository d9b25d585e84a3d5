import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './cloudwatch-logs-integrated.js';
import { trailAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it('passes when the trail names a log group', () => {
    const arn = 'arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*';
    const v = runRule(rule, trailAsset({ trail: { CloudWatchLogsLogGroupArn: arn } }), fixtureContext([]));
    expect(v.status).toBe('pass');
    expect(v.reason).toContain(arn);
  });

  it('fails when it does not', () => {
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
