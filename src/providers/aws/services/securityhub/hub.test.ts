import { describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { SecurityHubSection } from '../../../../../sim/aws/services/securityhub.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import type { Asset } from '../../../../core/asset.js';
import { runRule } from '../../../../core/rule.js';
import { rule as enabled } from '../../../../rules/aws/securityhub/enabled-in-region.js';
import { hubCollector, isNotSubscribed } from './hub.js';

const ACCOUNT = '111111111111';
const HUB = `arn:aws:securityhub:us-east-1:${ACCOUNT}:hub/default`;
const estate = (section: SecurityHubSection): Estate => ({
  accounts: [{ id: ACCOUNT, name: 'management', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { securityhub: section } } }],
});
const region: Asset = { id: `arn:aws:::account/${ACCOUNT}/region/us-east-1`, provider: 'aws', account: ACCOUNT, region: 'us-east-1', type: 'AWS::::Region', kind: 'account.region', name: 'us-east-1', tags: {}, facets: {}, config: {}, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00Z' };

describe('aws.securityhub.hub collector', () => {
  it('collects the hub of a subscribed region; the region passes', async () => {
    const out = await collectFrom(estate({ hub: { SubscribedAt: '2024-02-03T04:05:06.000Z' } }), hubCollector);
    expect(out.errors).toEqual([]);
    const a = out.assets[0]!;
    expect(a).toMatchObject({ id: HUB, type: 'AWS::SecurityHub::Hub', kind: 'security.hub', region: 'us-east-1' });
    expect(a.config.hub).toEqual({ HubArn: HUB, SubscribedAt: '2024-02-03T04:05:06.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' });
    expect(runRule(enabled, region, fixtureContext(out.assets)).status).toBe('pass');
  });

  it('"not subscribed" (InvalidAccessException) is a value, not an error: the hub is null and the region fails', async () => {
    const out = await collectFrom(estate({}), hubCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets).toHaveLength(1);
    expect(out.assets[0]!.config.hub).toBeNull();
    expect(out.assets[0]!.gaps).toEqual({});
    expect(runRule(enabled, region, fixtureContext(out.assets)).status).toBe('fail');
  });

  it('a denied DescribeHub is a gap naming the call, never "disabled": the region is unknown', async () => {
    const out = await collectFrom(estate({}), hubCollector, { faults: [{ effect: 'deny', service: 'securityhub', operation: 'DescribeHub' }] });
    const expected = { provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'securityhub', operation: 'DescribeHub', code: 'AccessDeniedException' };
    expect(out.errors).toEqual([expect.objectContaining(expected)]);
    expect(out.assets[0]!.gaps.hub).toMatchObject(expected);
    expect(out.assets[0]!.config).not.toHaveProperty('hub');
    const v = runRule(enabled, region, fixtureContext(out.assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeHub');
  });

  it('an InvalidAccessException about something else than the subscription is a gap too', async () => {
    const out = await collectFrom(estate({}), hubCollector, { faults: [{ effect: 'deny', service: 'securityhub', operation: 'DescribeHub', code: 'InvalidAccessException', status: 401 }] });
    expect(out.assets[0]!.gaps.hub).toMatchObject({ code: 'InvalidAccessException', operation: 'DescribeHub' });
    expect(runRule(enabled, region, fixtureContext(out.assets)).status).toBe('unknown');
  });
});

describe('isNotSubscribed', () => {
  it.each([
    [{ name: 'InvalidAccessException', message: 'Account 111111111111 is not subscribed to AWS Security Hub' }, true],
    [{ name: 'InvalidAccessException', Code: 'InvalidAccessException', message: 'Account 111111111111 is not subscribed to AWS Security Hub' }, true],
    [{ name: 'InvalidAccessException', message: 'Account 111111111111 is not an administrator for this organization' }, false],
    [{ name: 'AccessDeniedException', message: 'User is not authorized; account is not subscribed' }, false],
  ])('%o -> %s', (err, expected) => {
    expect(isNotSubscribed(err)).toBe(expected);
  });
});
