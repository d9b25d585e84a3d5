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

  it('is unknown when the trail record is missing', () => {
    const asset = trailAsset();
    delete asset.config.trail;
    asset.gaps.trail = deniedGap('cloudtrail', 'DescribeTrails');
    expect(runRule(rule, asset, fixtureContext([])).status).toBe('unknown');
  });
});
