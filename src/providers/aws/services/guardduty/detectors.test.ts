import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { SimDetector } from '../../../../../sim/aws/services/guardduty.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as enabled } from '../../../../rules/aws/guardduty/enabled-in-region.js';
import { detectorsCollector } from './detectors.js';

const ACCOUNT = '111111111111';
const D1 = '6cc0bfe3a9d74a3a9f2e2b5c1d0e4f11';
const estate = (byRegion: Record<string, SimDetector[]>): Estate => ({
  accounts: [{ id: ACCOUNT, name: 'management', regions: ['us-east-1', 'eu-west-1'], global: {}, regional: Object.fromEntries(Object.entries(byRegion).map(([r, detectors]) => [r, { guardduty: { detectors } }])) }],
});
const region = (r: string): Asset => ({ id: `arn:aws:::account/${ACCOUNT}/region/${r}`, provider: 'aws', account: ACCOUNT, region: r, type: 'AWS::::Region', kind: 'account.region', name: r, tags: {}, facets: {}, config: {}, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00Z' });

describe('aws.guardduty.detectors collector', () => {
  it('collects the detector with GetDetector; enabled passes, suspended fails', async () => {
    const e = estate({ 'us-east-1': [{ DetectorId: D1, Tags: { owner: 'security' } }], 'eu-west-1': [{ DetectorId: 'b'.repeat(32), Status: 'DISABLED' }] });
    const east = await collectFrom(e, detectorsCollector, { region: 'us-east-1' });
    const eu = await collectFrom(e, detectorsCollector, { region: 'eu-west-1' });
    expect(east.errors).toEqual([]);
    const d = east.assets[0]!;
    expect(d).toMatchObject({ id: `arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/${D1}`, type: 'AWS::GuardDuty::Detector', kind: 'security.detector', tags: { owner: 'security' } });
    expect(d.config.detector).toMatchObject({ Status: 'ENABLED', FindingPublishingFrequency: 'SIX_HOURS' });
    expect(d.config.detector).not.toHaveProperty('$metadata');
    const ctx = fixtureContext([...east.assets, ...eu.assets]);
    expect(runRule(enabled, region('us-east-1'), ctx).status).toBe('pass');
    expect(runRule(enabled, region('eu-west-1'), ctx).status).toBe('fail');
  });

  it('no detector: no asset, and the region fails', async () => {
    const out = await collectFrom(estate({}), detectorsCollector);
    expect(out.assets).toEqual([]);
    expect(runRule(enabled, region('us-east-1'), fixtureContext(out.assets)).status).toBe('fail');
  });

  it('a denied GetDetector leaves a gap naming the call, and the rule says unknown', async () => {
    const out = await collectFrom(estate({ 'us-east-1': [{ DetectorId: D1 }] }), detectorsCollector, { faults: [{ effect: 'deny', service: 'guardduty', operation: 'GetDetector' }] });
    expect(out.assets[0]!.gaps.detector).toMatchObject({ provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'guardduty', operation: 'GetDetector', code: 'AccessDeniedException', resource: D1 });
    const v = runRule(enabled, region('us-east-1'), fixtureContext(out.assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetDetector');
  });
});
