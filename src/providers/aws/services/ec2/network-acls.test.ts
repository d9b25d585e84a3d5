import type { NetworkAcl } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/ec2/network-acl-admin-ports-closed.js';
import { networkAclsCollector } from './network-acls.js';
import { ACCOUNT, byName, ec2Estate, ids, REGION } from './support/test-estate.js';

const star = [
  { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny' as const, Egress: false, CidrBlock: '0.0.0.0/0' },
  { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny' as const, Egress: true, CidrBlock: '0.0.0.0/0' },
];
const acl = (NetworkAclId: string, entries: NetworkAcl['Entries'] = []): NetworkAcl => ({ NetworkAclId, VpcId: 'vpc-1', IsDefault: false, Entries: [...(entries ?? []), ...star] });

describe('aws.ec2.network-acls collector', () => {
  it('lists every ACL across pages', async () => {
    const sim = await startSimulator({ estate: ec2Estate({ networkAcls: ids('acl', 1001).map((id) => acl(id)) }) });
    try {
      const out = await scanWith(sim, [networkAclsCollector]);
      expect(out.assets).toHaveLength(1001);
      expect(sim.stats().byOperation['ec2:DescribeNetworkAcls']).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it('collects entries with rule numbers and port ranges that the ACL rule evaluates in order', async () => {
    const out = await collectFrom(
      ec2Estate({
        networkAcls: [
          acl('acl-open', [{ RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' }]),
          acl('acl-shadowed', [
            { RuleNumber: 200, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
            { RuleNumber: 10, Protocol: '6', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
            { RuleNumber: 11, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
          ]),
        ],
      }),
      networkAclsCollector,
    );
    const open = byName(out.assets, 'acl-open');
    expect(open).toMatchObject({ id: `arn:aws:ec2:${REGION}:${ACCOUNT}:network-acl/acl-open`, type: 'AWS::EC2::NetworkAcl', kind: 'network.acl' });
    const ctx = fixtureContext(out.assets);
    expect(runRule(rule, open, ctx).status).toBe('fail');
    expect(runRule(rule, byName(out.assets, 'acl-shadowed'), ctx).status).toBe('pass');
  });

  it('a denied listing is recorded with the call that failed', async () => {
    const out = await collectFrom(ec2Estate({ networkAcls: [acl('acl-1')] }), networkAclsCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeNetworkAcls' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'ec2', operation: 'DescribeNetworkAcls', code: 'UnauthorizedOperation' })]);
  });
});
