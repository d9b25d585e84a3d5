import type { FlowLog } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './vpc-flow-logs-enabled.js';
import { verdict } from './support/fixtures.js';

const vpc = (flowLogs: FlowLog[] | undefined, gap = false) =>
  awsAsset({
    type: 'AWS::EC2::VPC',
    kind: 'network.vpc',
    name: 'vpc-1',
    config: flowLogs === undefined ? { vpc: { VpcId: 'vpc-1' } } : { vpc: { VpcId: 'vpc-1' }, flowLogs },
    gaps: gap ? { flowLogs: deniedGap('ec2', 'DescribeFlowLogs', 'UnauthorizedOperation') } : {},
  });
const log = (more: Partial<FlowLog>): FlowLog => ({ FlowLogId: 'fl-1', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS', TrafficType: 'ALL', ...more });

describe(rule.id, () => {
  it.each([
    ['an active ALL flow log', [log({})], 'pass'],
    ['an active REJECT flow log', [log({ TrafficType: 'REJECT' })], 'pass'],
    ['an ACCEPT-only flow log plus a REJECT one', [log({ TrafficType: 'ACCEPT' }), log({ FlowLogId: 'fl-2', TrafficType: 'REJECT' })], 'pass'],
    ['no flow log', [], 'fail'],
    ['an ACCEPT-only flow log', [log({ TrafficType: 'ACCEPT' })], 'fail'],
    ['a flow log whose delivery fails', [log({ DeliverLogsStatus: 'FAILED' })], 'fail'],
  ])('%s -> %s', (_name, logs, status) => {
    expect(verdict(rule, vpc(logs)).status).toBe(status);
  });

  it('puts the flow logs it looked at in the evidence', () => {
    const v = verdict(rule, vpc([log({ TrafficType: 'ACCEPT' })]));
    expect(v.evidence[0]).toMatchObject({ path: 'config.flowLogs', observed: [{ FlowLogId: 'fl-1', TrafficType: 'ACCEPT' }] });
  });

  it('is unknown when DescribeFlowLogs was denied', () => {
    expect(verdict(rule, vpc(undefined, true)).status).toBe('unknown');
  });

  it('is unknown when flow logs were never collected', () => {
    expect(verdict(rule, vpc(undefined)).status).toBe('unknown');
  });
});
