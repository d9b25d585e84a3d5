import type { FlowLog } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/ec2/vpc-flow-logs-enabled.js';
import { ACCOUNT, byName, ec2Estate, ids, REGION } from './support/test-estate.js';
import { vpcsCollector } from './vpcs.js';

const flowLog = (FlowLogId: string, ResourceId: string, TrafficType: FlowLog['TrafficType']): FlowLog => ({ FlowLogId, ResourceId, TrafficType, FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS', LogDestinationType: 's3' });

describe('aws.ec2.vpcs collector', () => {
  it('joins one flow log listing onto every VPC across pages', async () => {
    const vpcIds = ids('vpc', 1100);
    // 1500 flow logs: one per VPC plus subnet-level ones that must not count for any VPC.
    const logs = [...vpcIds.map((v, i) => flowLog(`fl-${i}`, v, 'ALL')), ...ids('subnet', 400).map((s, i) => flowLog(`fl-s${i}`, s, 'ALL'))];
    const sim = await startSimulator({ estate: ec2Estate({ vpcs: vpcIds.map((VpcId) => ({ VpcId, CidrBlock: '10.0.0.0/16' })), flowLogs: logs }) });
    try {
      const out = await scanWith(sim, [vpcsCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(1100);
      expect(out.assets.every((a) => (a.config.flowLogs as FlowLog[]).length === 1)).toBe(true);
      const calls = sim.stats().byOperation;
      expect(calls['ec2:DescribeVpcs']).toBe(2);
      // Per region, not per VPC: two pages of 1000.
      expect(calls['ec2:DescribeFlowLogs']).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it('fills the vpc and its flow logs; the rule passes REJECT/ALL logs and fails ACCEPT-only or none', async () => {
    const out = await collectFrom(
      ec2Estate({
        vpcs: [{ VpcId: 'vpc-logged', IsDefault: true }, { VpcId: 'vpc-accept-only' }, { VpcId: 'vpc-bare' }],
        flowLogs: [flowLog('fl-1', 'vpc-logged', 'REJECT'), flowLog('fl-2', 'vpc-accept-only', 'ACCEPT')],
      }),
      vpcsCollector,
    );
    const logged = byName(out.assets, 'vpc-logged');
    expect(logged).toMatchObject({ id: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc/vpc-logged`, type: 'AWS::EC2::VPC', kind: 'network.vpc', config: { vpc: { VpcId: 'vpc-logged', IsDefault: true, OwnerId: ACCOUNT } } });
    expect(logged.config.flowLogs).toEqual([expect.objectContaining({ FlowLogId: 'fl-1', TrafficType: 'REJECT' })]);
    const ctx = fixtureContext(out.assets);
    expect(runRule(rule, logged, ctx).status).toBe('pass');
    expect(runRule(rule, byName(out.assets, 'vpc-accept-only'), ctx).status).toBe('fail');
    expect(runRule(rule, byName(out.assets, 'vpc-bare'), ctx).status).toBe('fail');
  });

  it('a denied DescribeFlowLogs leaves a flowLogs gap on every VPC, never "no flow logs"', async () => {
    const out = await collectFrom(ec2Estate({ vpcs: [{ VpcId: 'vpc-a' }, { VpcId: 'vpc-b' }], flowLogs: [flowLog('fl-1', 'vpc-a', 'ALL')] }), vpcsCollector, {
      faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeFlowLogs' }],
    });
    expect(out.assets).toHaveLength(2);
    const expected = { provider: 'aws', account: ACCOUNT, region: REGION, service: 'ec2', operation: 'DescribeFlowLogs', code: 'UnauthorizedOperation' };
    expect(out.errors).toEqual([expect.objectContaining(expected)]);
    for (const a of out.assets) {
      expect(a.gaps.flowLogs).toMatchObject(expected);
      expect(a.config).not.toHaveProperty('flowLogs');
      expect(runRule(rule, a, fixtureContext(out.assets)).status).toBe('unknown');
    }
  });
});
