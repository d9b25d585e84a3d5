import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './multi-region-trail-logging.js';
import { accountAsset, trailAsset } from './support/fixtures.js';

const run = (trails: Asset[], errors = {}) => runRule(rule, accountAsset(), fixtureContext(trails, errors));

describe(rule.id, () => {
  it.each<{ name: string; trails: Asset[]; expect: Status; reason?: RegExp }>([
    { name: 'multi-region trail, logging, all management events', trails: [trailAsset()], expect: 'pass', reason: /main is multi-region/ },
    { name: 'multi-region trail in another region still counts', trails: [trailAsset({ region: 'eu-west-1', name: 'eu' })], expect: 'pass' },
    { name: 'no trails at all', trails: [], expect: 'fail', reason: /No multi-region/ },
    { name: 'only a single-region trail', trails: [trailAsset({ trail: { IsMultiRegionTrail: false } })], expect: 'fail', reason: /single-region/ },
    { name: 'multi-region trail stopped', trails: [trailAsset({ status: { IsLogging: false } })], expect: 'fail', reason: /not logging/ },
    { name: 'multi-region trail, write-only management events', trails: [trailAsset({ eventSelectors: { EventSelectors: [{ ReadWriteType: 'WriteOnly' }] } })], expect: 'fail', reason: /only write/ },
    { name: 'one bad, one good trail', trails: [trailAsset({ name: 'old', trail: { IsMultiRegionTrail: false } }), trailAsset({ name: 'good' })], expect: 'pass', reason: /good/ },
    {
      name: 'candidate whose status was denied: could have qualified',
      trails: [trailAsset({ status: undefined, gaps: { status: deniedGap('cloudtrail', 'GetTrailStatus') } })],
      expect: 'unknown',
      reason: /GetTrailStatus/,
    },
    {
      name: 'denied status on a single-region trail does not matter',
      trails: [trailAsset({ trail: { IsMultiRegionTrail: false }, status: undefined, gaps: { status: deniedGap('cloudtrail', 'GetTrailStatus') } })],
      expect: 'fail',
    },
  ])('$name -> $expect', ({ trails, expect: status, reason }) => {
    const v = run(trails);
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
  });

  it('points the evidence at the trail that passed', () => {
    const v = run([trailAsset({ name: 'good' })]);
    expect(v.evidence.map((e) => e.path)).toEqual([
      'arn:aws:cloudtrail:us-east-1:111122223333:trail/good#config.trail.IsMultiRegionTrail',
      'arn:aws:cloudtrail:us-east-1:111122223333:trail/good#config.status.IsLogging',
      'arn:aws:cloudtrail:us-east-1:111122223333:trail/good#config.eventSelectors',
    ]);
  });

  it('is unknown, never a fail, when a region\'s trail listing failed', () => {
    const v = run([], { 'AWS::CloudTrail::Trail': [deniedGap('cloudtrail', 'DescribeTrails')] });
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeTrails');
  });
});
