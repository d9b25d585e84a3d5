import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './recorder-enabled-in-region.js';

const ACCOUNT = '111122223333';
const region = (r = 'us-east-1') => awsAsset({ id: `arn:aws:::account/${ACCOUNT}/region/${r}`, type: 'AWS::::Region', kind: 'account.region', account: ACCOUNT, region: r, config: { optInStatus: 'opt-in-not-required' } });
const ALL = { allSupported: true, includeGlobalResourceTypes: false, resourceTypes: [] };
const recorder = (over: { recorder?: Record<string, unknown>; status?: Record<string, unknown> | null; region?: string; statusGap?: boolean } = {}) =>
  awsAsset({
    id: `arn:aws:config:${over.region ?? 'us-east-1'}:${ACCOUNT}:configuration-recorder/default/abc`,
    type: 'AWS::Config::ConfigurationRecorder',
    account: ACCOUNT,
    region: over.region ?? 'us-east-1',
    name: 'default',
    config: { recorder: { name: 'default', recordingGroup: ALL, ...over.recorder }, ...(over.statusGap ? {} : { status: over.status === undefined ? { name: 'default', recording: true, lastStatus: 'Success' } : over.status }) },
    gaps: over.statusGap ? { status: deniedGap('config', 'DescribeConfigurationRecorderStatus') } : {},
  });

describe(rule.id, () => {
  it.each<{ name: string; assets: Asset[]; expect: Status; reason?: RegExp }>([
    { name: 'recording all types', assets: [recorder()], expect: 'pass' },
    { name: 'recording-strategy ALL_SUPPORTED without the legacy flag', assets: [recorder({ recorder: { recordingGroup: { allSupported: false, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } } } })], expect: 'pass' },
    { name: 'just started (Pending)', assets: [recorder({ status: { recording: true, lastStatus: 'Pending' } })], expect: 'pass' },
    { name: 'no recorder', assets: [], expect: 'fail', reason: /No configuration recorder in us-east-1/ },
    { name: 'recorder only in another region', assets: [recorder({ region: 'eu-west-1' })], expect: 'fail' },
    { name: 'recorder stopped', assets: [recorder({ status: { recording: false, lastStatus: 'Success' } })], expect: 'fail', reason: /stopped/ },
    { name: 'recorder failing delivery', assets: [recorder({ status: { recording: true, lastStatus: 'Failure', lastErrorCode: 'AccessDenied' } })], expect: 'fail', reason: /AccessDenied/ },
    { name: 'selected types only', assets: [recorder({ recorder: { recordingGroup: { allSupported: false, resourceTypes: ['AWS::EC2::Instance'] } } })], expect: 'fail', reason: /selected resource types/ },
    { name: 'only a service-linked recorder', assets: [recorder({ recorder: { name: 'AWSConfigurationRecorderForX', servicePrincipal: 'securitylake.amazonaws.com' } })], expect: 'fail' },
    { name: 'status denied', assets: [recorder({ statusGap: true })], expect: 'unknown', reason: /DescribeConfigurationRecorderStatus/ },
  ])('$name -> $expect', ({ assets, expect: status, reason }) => {
    const v = runRule(rule, region(), fixtureContext(assets));
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
  });

  it('cites the recorder settings it judged', () => {
    const v = runRule(rule, region(), fixtureContext([recorder({ status: { recording: false } })]));
    expect(v.evidence.map((e) => e.path)).toEqual([
      `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default/abc#config.recorder.recordingGroup`,
      `arn:aws:config:us-east-1:${ACCOUNT}:configuration-recorder/default/abc#config.status.recording`,
    ]);
  });

  it('is unknown when the region\'s recorder listing failed', () => {
    const v = runRule(rule, region(), fixtureContext([], { 'AWS::Config::ConfigurationRecorder': [deniedGap('config', 'DescribeConfigurationRecorders')] }));
    expect(v.status).toBe('unknown');
  });
});
