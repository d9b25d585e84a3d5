import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './enabled-in-region.js';

const ACCOUNT = '111122223333';
const region = awsAsset({ id: `arn:aws:::account/${ACCOUNT}/region/us-east-1`, type: 'AWS::::Region', kind: 'account.region', account: ACCOUNT, region: 'us-east-1' });
const hubArn = (r: string) => `arn:aws:securityhub:${r}:${ACCOUNT}:hub/default`;
const hub = (value: Record<string, unknown> | null | 'denied', r = 'us-east-1'): Asset =>
  awsAsset({
    id: hubArn(r),
    type: 'AWS::SecurityHub::Hub',
    kind: 'security.hub',
    account: ACCOUNT,
    region: r,
    name: 'hub/default',
    config: value === 'denied' ? {} : { hub: value },
    gaps: value === 'denied' ? { hub: deniedGap('securityhub', 'DescribeHub', 'AccessDeniedException') } : {},
  });
const ENABLED = { HubArn: hubArn('us-east-1'), SubscribedAt: '2023-06-14T08:21:37.000Z', AutoEnableControls: true };

describe(rule.id, () => {
  it.each<{ name: string; assets: Asset[]; expect: Status; reason: RegExp }>([
    { name: 'subscribed', assets: [hub(ENABLED)], expect: 'pass', reason: /enabled in us-east-1 since 2023-06-14/ },
    { name: 'not subscribed', assets: [hub(null)], expect: 'fail', reason: /not enabled in us-east-1/ },
    { name: 'subscribed only in another region', assets: [hub(null), hub({ ...ENABLED, HubArn: hubArn('eu-west-1') }, 'eu-west-1')], expect: 'fail', reason: /not enabled in us-east-1/ },
    { name: 'DescribeHub denied', assets: [hub('denied')], expect: 'unknown', reason: /DescribeHub AccessDeniedException/ },
    { name: 'region never collected', assets: [hub(ENABLED, 'eu-west-1')], expect: 'unknown', reason: /not collected in us-east-1/ },
  ])('$name -> $expect', ({ assets, expect: status, reason }) => {
    const v = runRule(rule, region, fixtureContext(assets));
    expect(v.status).toBe(status);
    expect(v.reason).toMatch(reason);
  });

  it('is unknown when the listing itself failed', () => {
    expect(runRule(rule, region, fixtureContext([hub(ENABLED)], { 'AWS::SecurityHub::Hub': [deniedGap('securityhub', 'DescribeHub')] })).status).toBe('unknown');
  });

  it('cites the hub ARN, or its absence', () => {
    expect(runRule(rule, region, fixtureContext([hub(ENABLED)])).evidence).toEqual([{ path: `${hubArn('us-east-1')}#config.hub.HubArn`, observed: hubArn('us-east-1'), expected: 'a hub (subscribed)' }]);
    expect(runRule(rule, region, fixtureContext([hub(null)])).evidence[0]?.observed).toBeNull();
  });
});
