import type { IpPermission, NetworkAcl, SecurityGroup } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { iacResource, mapContext, verdictOf, unknownRef as ref } from '../../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../../model.js';
import { networkMapper } from './network.js';
import { securityGroupMapper } from './security-groups.js';

const PROVIDER = { region: 'us-east-1' };
const res = (type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}) => iacResource(type, name, values, { providerConfig: PROVIDER, ...extra });
const ingress = (from: number, to: number, cidrs: string[], protocol = 'tcp', extra: Record<string, unknown> = {}) => ({ from_port: from, to_port: to, protocol, cidr_blocks: cidrs, ...extra });

function groups(resources: IacResource[]) {
  const ctx = mapContext();
  return securityGroupMapper.map(resources, ctx);
}
const sgOf = (a: { config: Record<string, unknown> }) => a.config.securityGroup as SecurityGroup & { IpPermissions: IpPermission[]; IpPermissionsEgress: IpPermission[] };

describe('security groups → AWS::EC2::SecurityGroup', () => {
  it('inline ingress to 22 from 0.0.0.0/0 fails the baseline and AWS admin-port rules; no egress written means none', () => {
    const [a] = groups([res('aws_security_group', 'ssh', { name: 'ssh', vpc_id: 'vpc-1', ingress: [ingress(22, 22, ['0.0.0.0/0'], 'tcp', { description: 'ssh' })] })]);
    expect(a).toMatchObject({ id: 'iac:.#aws_security_group.ssh', type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule', name: 'ssh', region: 'us-east-1' });
    expect(sgOf(a!)).toEqual({
      GroupName: 'ssh',
      Description: 'Managed by Terraform',
      VpcId: 'vpc-1',
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
      IpPermissionsEgress: [],
      Tags: [],
    });
    expect(verdictOf('baseline.network.no-ssh-from-internet', a!)).toBe('fail');
    expect(verdictOf('aws.ec2.security-group-admin-ports-closed-ipv4', a!)).toBe('fail');
    expect(verdictOf('baseline.network.no-rdp-from-internet', a!)).toBe('pass');
    expect(verdictOf('aws.ec2.default-security-group-restricts-all', a!)).toBe('not_applicable');
  });

  it('the same port from a private range passes', () => {
    const [a] = groups([res('aws_security_group', 'ssh', { name: 'ssh', ingress: [ingress(22, 22, ['10.0.0.0/8'])] })]);
    expect(verdictOf('baseline.network.no-ssh-from-internet', a!)).toBe('pass');
    expect(verdictOf('aws.ec2.security-group-admin-ports-closed-ipv4', a!)).toBe('pass');
  });

  it('protocol -1 / all carries no ports and opens everything', () => {
    const [a] = groups([res('aws_security_group', 'all', { ingress: [ingress(0, 0, [], '-1', { ipv6_cidr_blocks: ['::/0'] })], egress: [ingress(0, 0, ['0.0.0.0/0'], 'all')] })]);
    const sg = sgOf(a!);
    expect(sg.IpPermissions[0]).toEqual({ IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [{ CidrIpv6: '::/0' }], PrefixListIds: [], UserIdGroupPairs: [] });
    expect(sg.IpPermissionsEgress[0]?.IpProtocol).toBe('-1');
    expect(sg.GroupName).toBeUndefined();
    expect(verdictOf('aws.ec2.security-group-admin-ports-closed-ipv6', a!)).toBe('fail');
    expect(verdictOf('baseline.network.no-all-ports-from-internet', a!)).toBe('fail');
  });

  it('merges aws_security_group_rule and aws_vpc_security_group_*_rule resources through references', () => {
    const sg = 'aws_security_group.web';
    const { 0: a } = groups([
      res('aws_security_group', 'web', { name: 'web', ingress: [ingress(443, 443, ['0.0.0.0/0'])] }),
      res('aws_security_group_rule', 'rdp', { type: 'ingress', security_group_id: ref(sg), protocol: '6', from_port: 3389, to_port: 3389, cidr_blocks: ['0.0.0.0/0'] }),
      res('aws_security_group_rule', 'https6', { type: 'ingress', security_group_id: ref(sg), protocol: 'tcp', from_port: 443, to_port: 443, ipv6_cidr_blocks: ['::/0'] }),
      res('aws_vpc_security_group_ingress_rule', 'db', { security_group_id: ref(sg), ip_protocol: 'tcp', from_port: 5432, to_port: 5432, referenced_security_group_id: ref('aws_security_group.app') }),
      res('aws_vpc_security_group_egress_rule', 'out', { security_group_id: ref(sg), ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' }),
      res('aws_security_group_rule', 'other', { type: 'ingress', security_group_id: ref('aws_security_group.other'), protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }),
    ]);
    const g = sgOf(a!);
    // The two 443 grants share one permission, as DescribeSecurityGroups groups them.
    expect(g.IpPermissions).toHaveLength(3);
    expect(g.IpPermissions[0]).toMatchObject({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }] });
    expect(g.IpPermissions[1]).toMatchObject({ IpProtocol: 'tcp', FromPort: 3389, ToPort: 3389 });
    expect(g.IpPermissions[2]?.UserIdGroupPairs).toHaveLength(1);
    expect(g.IpPermissionsEgress).toEqual([{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }]);
    expect(verdictOf('baseline.network.no-rdp-from-internet', a!)).toBe('fail');
    expect(verdictOf('baseline.network.no-ssh-from-internet', a!)).toBe('pass');
    expect(verdictOf('baseline.network.no-database-ports-from-internet', a!)).toBe('pass');
  });

  it('rules join only groups of the same module', () => {
    const out = groups([
      res('aws_security_group', 'web', { name: 'mod-web' }, { module: 'module.a' }),
      res('aws_security_group', 'web', { name: 'root-web' }),
      res('aws_security_group_rule', 'ssh', { type: 'ingress', security_group_id: ref('module.a.aws_security_group.web'), protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }, { module: 'module.a' }),
    ]);
    const mod = out.find((x) => x.name === 'mod-web')!;
    const root = out.find((x) => x.name === 'root-web')!;
    expect(sgOf(mod).IpPermissions).toHaveLength(1);
    expect(sgOf(root).IpPermissions).toHaveLength(0);
    expect(verdictOf('baseline.network.no-ssh-from-internet', mod)).toBe('fail');
    expect(verdictOf('baseline.network.no-ssh-from-internet', root)).toBe('pass');
  });

  it('a CIDR list from a variable is a gap and the verdict is unknown; an unknown peer group is not', () => {
    const [a] = groups([res('aws_security_group', 'v', { ingress: [ingress(22, 22, new Unknown('variable var.cidrs has no value') as unknown as string[])] })]);
    expect(a!.gaps.securityGroup?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.network.no-ssh-from-internet', a!)).toBe('unknown');
    expect(verdictOf('aws.ec2.security-group-admin-ports-closed-ipv4', a!)).toBe('unknown');
    const [b] = groups([res('aws_security_group', 'g', { ingress: [{ from_port: 22, to_port: 22, protocol: 'tcp', security_groups: [ref('aws_security_group.bastion')] }] })]);
    expect(b!.gaps).toEqual({});
    expect(verdictOf('baseline.network.no-ssh-from-internet', b!)).toBe('pass');
  });

  it('aws_default_security_group holds only the rules written: empty passes, any rule fails', () => {
    const [empty] = groups([res('aws_default_security_group', 'd', { vpc_id: 'vpc-1' })]);
    expect(sgOf(empty!)).toMatchObject({ GroupName: 'default', IpPermissions: [], IpPermissionsEgress: [] });
    expect(verdictOf('aws.ec2.default-security-group-restricts-all', empty!)).toBe('pass');
    const [open] = groups([res('aws_default_security_group', 'd', { egress: [ingress(0, 0, ['0.0.0.0/0'], '-1')] })]);
    expect(verdictOf('aws.ec2.default-security-group-restricts-all', open!)).toBe('fail');
  });
});

describe('network ACLs → AWS::EC2::NetworkAcl', () => {
  const map = (r: IacResource[]) => networkMapper.map(r, mapContext());
  const aclOf = (a: { config: Record<string, unknown> }) => a.config.networkAcl as NetworkAcl;

  it('inline entries and aws_network_acl_rule resources, with numeric protocols and the trailing deny-all', () => {
    const [a] = map([
      res('aws_network_acl', 'pub', { vpc_id: 'vpc-1', ingress: [{ rule_no: 100, action: 'allow', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 22, to_port: 22 }], egress: [{ rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }] }),
      res('aws_network_acl_rule', 'rdp', { network_acl_id: ref('aws_network_acl.pub'), rule_number: 110, rule_action: 'allow', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 3389, to_port: 3389 }),
    ]);
    expect(a).toMatchObject({ type: 'AWS::EC2::NetworkAcl', kind: 'network.acl', id: 'iac:.#aws_network_acl.pub' });
    const entries = aclOf(a!).Entries!;
    expect(entries[0]).toEqual({ RuleNumber: 100, RuleAction: 'allow', Protocol: '6', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } });
    expect(entries[1]).toEqual({ RuleNumber: 100, RuleAction: 'allow', Protocol: '-1', Egress: true, CidrBlock: '0.0.0.0/0' });
    expect(entries[2]).toMatchObject({ RuleNumber: 110, Protocol: '6', Egress: false, PortRange: { From: 3389, To: 3389 } });
    expect(entries.filter((e) => e.RuleNumber === 32767)).toHaveLength(2);
    expect(verdictOf('aws.ec2.network-acl-admin-ports-closed', a!)).toBe('fail');
  });

  it('an ACL that denies admin ports first passes; an unknown CIDR is unknown', () => {
    const [ok] = map([res('aws_network_acl', 'p', { ingress: [{ rule_no: 50, action: 'deny', protocol: 'tcp', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 3389 }, { rule_no: 60, action: 'deny', protocol: 'udp', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 3389 }, { rule_no: 100, action: 'allow', protocol: '-1', cidr_block: '0.0.0.0/0', from_port: 0, to_port: 0 }] })]);
    expect(verdictOf('aws.ec2.network-acl-admin-ports-closed', ok!)).toBe('pass');
    const [unk] = map([res('aws_network_acl', 'p', { ingress: [{ rule_no: 100, action: 'allow', protocol: 'tcp', cidr_block: new Unknown('variable var.cidr has no value'), from_port: 22, to_port: 22 }] })]);
    expect(verdictOf('aws.ec2.network-acl-admin-ports-closed', unk!)).toBe('unknown');
  });
});

describe('VPCs and flow logs → AWS::EC2::VPC', () => {
  const map = (r: IacResource[]) => networkMapper.map(r, mapContext());

  it('a VPC with a REJECT/ALL flow log attached by reference passes; one without fails', () => {
    const out = map([
      res('aws_vpc', 'main', { cidr_block: '10.0.0.0/16', tags: { Name: 'main' } }),
      res('aws_vpc', 'bare', { cidr_block: '10.1.0.0/16' }),
      res('aws_flow_log', 'main', { vpc_id: ref('aws_vpc.main'), traffic_type: 'ALL', log_destination_type: 's3', log_destination: 'arn:aws:s3:::flow-logs' }),
    ]);
    const main = out.find((a) => a.name === 'main')!;
    const bare = out.find((a) => a.name === 'aws_vpc.bare')!;
    expect(main).toMatchObject({ type: 'AWS::EC2::VPC', kind: 'network.vpc' });
    expect(main.config.vpc).toMatchObject({ CidrBlock: '10.0.0.0/16', IsDefault: false });
    expect(main.config.flowLogs).toEqual([{ FlowLogStatus: 'ACTIVE', TrafficType: 'ALL', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::flow-logs', MaxAggregationInterval: 600, Tags: [] }]);
    expect(bare.config.flowLogs).toEqual([]);
    expect(verdictOf('aws.ec2.vpc-flow-logs-enabled', main)).toBe('pass');
    expect(verdictOf('aws.ec2.vpc-flow-logs-enabled', bare)).toBe('fail');
  });

  it('an ACCEPT-only flow log does not count; an unknown traffic type is unknown', () => {
    const [a] = map([res('aws_vpc', 'v', {}), res('aws_flow_log', 'f', { vpc_id: ref('aws_vpc.v'), traffic_type: 'ACCEPT' })]);
    expect(verdictOf('aws.ec2.vpc-flow-logs-enabled', a!)).toBe('fail');
    const [b] = map([res('aws_vpc', 'v', {}), res('aws_flow_log', 'f', { vpc_id: ref('aws_vpc.v'), traffic_type: new Unknown('variable var.t has no value') })]);
    expect(b!.gaps.flowLogs?.code).toBe('UnknownUntilApply');
    expect(verdictOf('aws.ec2.vpc-flow-logs-enabled', b!)).toBe('unknown');
  });
});
