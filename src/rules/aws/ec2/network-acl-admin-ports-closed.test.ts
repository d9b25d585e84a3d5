import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './network-acl-admin-ports-closed.js';
import { aclAsset, aclEntry, verdict } from './support/fixtures.js';

/** The trailing entries every ACL has. */
const star = [aclEntry(32767, 'deny', '-1', { v4: '0.0.0.0/0' }), aclEntry(32768, 'deny', '-1', { v6: '::/0' })];
const allowAllOut = aclEntry(100, 'allow', '-1', { v4: '0.0.0.0/0' }, undefined, true);

describe(rule.id, () => {
  it.each([
    ['the default ACL (allow all in)', [aclEntry(100, 'allow', '-1', { v4: '0.0.0.0/0' }), ...star], 'fail'],
    ['allow TCP 22 from 0.0.0.0/0', [aclEntry(100, 'allow', '6', { v4: '0.0.0.0/0' }, [22, 22]), ...star], 'fail'],
    ['allow UDP 3389 from 0.0.0.0/0', [aclEntry(100, 'allow', '17', { v4: '0.0.0.0/0' }, [3389, 3389]), ...star], 'fail'],
    ['allow 0-65535 TCP from ::/0', [aclEntry(100, 'allow', '6', { v6: '::/0' }, [0, 65535]), ...star], 'fail'],
    ['a DENY for 22 numbered after the ALLOW does not help', [aclEntry(100, 'allow', '6', { v4: '0.0.0.0/0' }, [0, 1024]), aclEntry(200, 'deny', '6', { v4: '0.0.0.0/0' }, [22, 22]), ...star], 'fail'],
    ['a DENY for a narrow range does not shadow the world ALLOW', [aclEntry(50, 'deny', '-1', { v4: '203.0.113.0/24' }), aclEntry(100, 'allow', '-1', { v4: '0.0.0.0/0' }), ...star], 'fail'],
    ['only HTTPS allowed', [aclEntry(100, 'allow', '6', { v4: '0.0.0.0/0' }, [443, 443]), ...star], 'pass'],
    ['SSH only from the office', [aclEntry(100, 'allow', '6', { v4: '198.51.100.0/24' }, [22, 22]), ...star], 'pass'],
    ['ICMP from anywhere', [aclEntry(100, 'allow', '1', { v4: '0.0.0.0/0' }), ...star], 'pass'],
    ['an allow-all egress entry does not count as ingress', [allowAllOut, ...star], 'pass'],
    [
      'earlier DENY entries for 22 and 3389 (TCP and UDP, both families) shadow a later ALLOW all',
      [
        aclEntry(10, 'deny', '-1', { v4: '0.0.0.0/0' }, undefined),
        aclEntry(11, 'deny', '-1', { v6: '::/0' }, undefined),
        aclEntry(100, 'allow', '-1', { v4: '0.0.0.0/0' }),
        aclEntry(101, 'allow', '-1', { v6: '::/0' }),
        ...star,
      ],
      'pass',
    ],
    [
      'entries listed out of order are evaluated by RuleNumber',
      [aclEntry(100, 'allow', '6', { v4: '0.0.0.0/0' }, [0, 65535]), aclEntry(90, 'deny', '6', { v4: '0.0.0.0/0' }, [0, 65535]), ...star],
      'pass',
    ],
  ])('%s -> %s', (_name, entries, status) => {
    expect(verdict(rule, aclAsset(entries)).status).toBe(status);
  });

  it('names the deciding entry by rule number, protocol and port', () => {
    const v = verdict(rule, aclAsset([aclEntry(120, 'allow', '6', { v4: '0.0.0.0/0' }, [20, 30]), ...star]));
    expect(v.status).toBe('fail');
    expect(v.reason).toContain('tcp/22 from 0.0.0.0/0 (rule 120)');
    expect(v.evidence[0]).toMatchObject({ path: 'config.networkAcl.Entries[0]', observed: { RuleNumber: 120, RuleAction: 'allow' }, expected: 'deny' });
  });

  it('is unknown when the ACL could not be described', () => {
    const asset = awsAsset({ type: 'AWS::EC2::NetworkAcl', gaps: { networkAcl: deniedGap('ec2', 'DescribeNetworkAcls', 'UnauthorizedOperation') } });
    expect(verdict(rule, asset).status).toBe('unknown');
  });

  it('is unknown when an entry does not say its rule number', () => {
    expect(verdict(rule, aclAsset([{ RuleAction: 'allow', Protocol: '-1', Egress: false, CidrBlock: '0.0.0.0/0' }])).status).toBe('unknown');
  });
});
