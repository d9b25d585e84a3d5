import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './log-file-validation-enabled.js';
import { trailAsset } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [undefined, 'unknown'],
  ] as const)('LogFileValidationEnabled=%s -> %s', (flag, status) => {
    const v = runRule(rule, trailAsset({ trail: { LogFileValidationEnabled: flag } }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]).toEqual({ path: 'config.trail.LogFileValidationEnabled', observed: flag ?? null, expected: true });
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
