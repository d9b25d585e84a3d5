import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './enabled-in-region.js';

const ACCOUNT = '111122223333';
const region = awsAsset({ id: `arn:aws:::account/${ACCOUNT}/region/us-east-1`, type: 'AWS::::Region', kind: 'account.region', account: ACCOUNT, region: 'us-east-1' });
const detector = (status: string | null, r = 'us-east-1', gap = false) =>
  awsAsset({
    id: `arn:aws:guardduty:${r}:${ACCOUNT}:detector/d1`,
    type: 'AWS::GuardDuty::Detector',
    account: ACCOUNT,
    region: r,
    name: 'd1',
    config: gap ? {} : { detector: status === null ? null : { Status: status, ServiceRole: 'arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty' } },
    gaps: gap ? { detector: deniedGap('guardduty', 'GetDetector', 'AccessDeniedException') } : {},
  });

describe(rule.id, () => {
  it.each<{ name: string; assets: Asset[]; expect: Status; reason?: RegExp }>([
    { name: 'enabled detector', assets: [detector('ENABLED')], expect: 'pass' },
    { name: 'suspended detector', assets: [detector('DISABLED')], expect: 'fail', reason: /DISABLED/ },
    { name: 'no detector', assets: [], expect: 'fail', reason: /No GuardDuty detector in us-east-1/ },
    { name: 'detector only in another region', assets: [detector('ENABLED', 'eu-west-1')], expect: 'fail' },
    { name: 'detector deleted between list and get', assets: [detector(null)], expect: 'fail' },
    { name: 'GetDetector denied', assets: [detector('ENABLED', 'us-east-1', true)], expect: 'unknown', reason: /GetDetector AccessDeniedException/ },
  ])('$name -> $expect', ({ assets, expect: status, reason }) => {
    const v = runRule(rule, region, fixtureContext(assets));
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
  });

  it('cites the detector status', () => {
    const v = runRule(rule, region, fixtureContext([detector('ENABLED')]));
    expect(v.evidence).toEqual([{ path: `arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/d1#config.detector.Status`, observed: 'ENABLED', expected: 'ENABLED' }]);
  });

  it('is unknown when ListDetectors failed', () => {
    const v = runRule(rule, region, fixtureContext([], { 'AWS::GuardDuty::Detector': [deniedGap('guardduty', 'ListDetectors')] }));
    expect(v.status).toBe('unknown');
  });
});
