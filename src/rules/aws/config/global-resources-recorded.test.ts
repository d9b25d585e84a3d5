import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './global-resources-recorded.js';

const ACCOUNT = '111122223333';
const account = awsAsset({ id: `arn:aws:::account/${ACCOUNT}`, type: 'AWS::::Account', kind: 'account', account: ACCOUNT, region: 'global', config: { regions: ['us-east-1', 'eu-west-1'] } });
const recorder = (region: string, group: Record<string, unknown>, extra: Record<string, unknown> = {}, status: Record<string, unknown> | 'gap' = { recording: true }) =>
  awsAsset({
    id: `arn:aws:config:${region}:${ACCOUNT}:configuration-recorder/default/${region}`,
    type: 'AWS::Config::ConfigurationRecorder',
    account: ACCOUNT,
    region,
    name: 'default',
    config: { recorder: { name: 'default', recordingGroup: group, ...extra }, ...(status === 'gap' ? {} : { status }) },
    gaps: status === 'gap' ? { status: deniedGap('config', 'DescribeConfigurationRecorderStatus') } : {},
  });

describe(rule.id, () => {
  it('passes when one region records global types', () => {
    const v = runRule(rule, account, fixtureContext([recorder('us-east-1', { allSupported: true, includeGlobalResourceTypes: true }), recorder('eu-west-1', { allSupported: true, includeGlobalResourceTypes: false })]));
    expect(v.status).toBe('pass');
    expect(v.reason).toContain('us-east-1');
  });

  it('passes when IAM types are listed explicitly', () => {
    const v = runRule(rule, account, fixtureContext([recorder('us-east-1', { allSupported: false, resourceTypes: ['AWS::IAM::Role', 'AWS::IAM::User'] })]));
    expect(v.status).toBe('pass');
  });

  it('fails when no recorder includes global types', () => {
    const v = runRule(rule, account, fixtureContext([recorder('us-east-1', { allSupported: true, includeGlobalResourceTypes: false })]));
    expect(v.status).toBe('fail');
    expect(v.evidence[0]).toMatchObject({ observed: false });
  });

  it('does not count a service-linked recorder', () => {
    const v = runRule(rule, account, fixtureContext([recorder('us-east-1', { includeGlobalResourceTypes: true }, { servicePrincipal: 'securitylake.amazonaws.com' })]));
    expect(v.status).toBe('fail');
  });

  it('fails when the recorder including global types is stopped', () => {
    const v = runRule(rule, account, fixtureContext([recorder('us-east-1', { allSupported: true, includeGlobalResourceTypes: true }, {}, { recording: false })]));
    expect(v.status).toBe('fail');
    expect(v.evidence).toContainEqual({ path: `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default/us-east-1#config.status.recording`, observed: false, expected: true });
  });

  it('is unknown when that recorder\'s status could not be collected', () => {
    const v = runRule(rule, account, fixtureContext([recorder('us-east-1', { allSupported: true, includeGlobalResourceTypes: true }, {}, 'gap')]));
    expect(v.status).toBe('unknown');
  });

  it('fails when there are no recorders', () => {
    expect(runRule(rule, account, fixtureContext([])).status).toBe('fail');
  });

  it('is unknown when a region listing failed', () => {
    const v = runRule(rule, account, fixtureContext([], { 'AWS::Config::ConfigurationRecorder': [deniedGap('config', 'DescribeConfigurationRecorders')] }));
    expect(v.status).toBe('unknown');
  });
});
