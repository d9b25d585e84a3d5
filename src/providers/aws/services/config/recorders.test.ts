import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { SimRecorder } from '../../../../../sim/aws/services/config.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as enabled } from '../../../../rules/aws/config/recorder-enabled-in-region.js';
import { recordersCollector } from './recorders.js';

const ACCOUNT = '111111111111';
const estate = (byRegion: Record<string, SimRecorder[]>): Estate => ({
  accounts: [{ id: ACCOUNT, name: 'management', regions: ['us-east-1', 'eu-west-1'], global: {}, regional: Object.fromEntries(Object.entries(byRegion).map(([r, recorders]) => [r, { config: { recorders } }])) }],
});
const region = (r: string): Asset => ({ id: `arn:aws:::account/${ACCOUNT}/region/${r}`, provider: 'aws', account: ACCOUNT, region: r, type: 'AWS::::Region', kind: 'account.region', name: r, tags: {}, facets: {}, config: { optInStatus: 'opt-in-not-required' }, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00Z' });

const twoRegions = estate({
  'us-east-1': [{ name: 'default', roleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }],
  'eu-west-1': [{ name: 'default', recordingGroup: { allSupported: true }, status: { recording: false } }],
});

describe('aws.config.recorders collector', () => {
  it('collects the recorder and its status; the region rule passes where it records and fails where it is stopped', async () => {
    const east = await collectFrom(twoRegions, recordersCollector, { region: 'us-east-1' });
    const eu = await collectFrom(twoRegions, recordersCollector, { region: 'eu-west-1' });
    expect(east.errors).toEqual([]);
    const r = east.assets[0]!;
    expect(r).toMatchObject({ type: 'AWS::Config::ConfigurationRecorder', kind: 'config.recorder', name: 'default', region: 'us-east-1' });
    expect(r.id).toMatch(new RegExp(`^arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default/`));
    expect(r.config.recorder).toMatchObject({ recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } } });
    expect(r.config.status).toMatchObject({ name: 'default', recording: true, lastStatus: 'Success' });
    const ctx = fixtureContext([...east.assets, ...eu.assets]);
    expect(runRule(enabled, region('us-east-1'), ctx).status).toBe('pass');
    expect(runRule(enabled, region('eu-west-1'), ctx).status).toBe('fail');
  });

  it('a region without a recorder yields no asset, and the rule fails there', async () => {
    const out = await collectFrom(estate({}), recordersCollector);
    expect(out.assets).toEqual([]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.config.recorders', ok: true })]);
    expect(runRule(enabled, region('us-east-1'), fixtureContext(out.assets)).status).toBe('fail');
  });

  it('a denied status call leaves a gap naming the call, and the rule says unknown', async () => {
    const out = await collectFrom(twoRegions, recordersCollector, { faults: [{ effect: 'deny', service: 'config', operation: 'DescribeConfigurationRecorderStatus' }] });
    const r = out.assets[0]!;
    expect(r.gaps.status).toMatchObject({ provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'config', operation: 'DescribeConfigurationRecorderStatus', code: 'AccessDeniedException' });
    const v = runRule(enabled, region('us-east-1'), fixtureContext(out.assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeConfigurationRecorderStatus');
  });
});
