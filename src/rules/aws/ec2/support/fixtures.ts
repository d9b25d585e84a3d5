/** Fixture builders for the EC2 rule tests (not collected by vitest: no .test suffix). */
import type { Instance, IpPermission, NetworkAclEntry, SecurityGroup } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../../core/asset.js';
import { runRule, type Rule, type RuleContext } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../../test/support/assets.js';

export function verdict(rule: Rule, asset: Asset, ctx: RuleContext = fixtureContext([])): Verdict {
  return runRule(rule, asset, ctx);
}

/** One inbound permission in the shape DescribeSecurityGroups returns. */
export function perm(protocol: string, from: number | undefined, to: number | undefined, sources: { v4?: string[]; v6?: string[]; groups?: string[] }): IpPermission {
  return {
    IpProtocol: protocol,
    ...(from === undefined ? {} : { FromPort: from }),
    ...(to === undefined ? {} : { ToPort: to }),
    IpRanges: (sources.v4 ?? []).map((CidrIp) => ({ CidrIp })),
    Ipv6Ranges: (sources.v6 ?? []).map((CidrIpv6) => ({ CidrIpv6 })),
    UserIdGroupPairs: (sources.groups ?? []).map((GroupId) => ({ GroupId, UserId: '111122223333' })),
    PrefixListIds: [],
  };
}

export function sgAsset(ingress: IpPermission[], more: Partial<SecurityGroup> = {}): Asset {
  const sg: SecurityGroup = { GroupId: 'sg-0123456789abcdef0', GroupName: 'web', VpcId: 'vpc-1', OwnerId: '111122223333', IpPermissions: ingress, IpPermissionsEgress: [perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] })], ...more };
  return awsAsset({ type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule', name: sg.GroupName, config: { securityGroup: sg } });
}

/** A security group whose description call was denied. */
export function sgGap(): Asset {
  return awsAsset({ type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule', gaps: { securityGroup: deniedGap('ec2', 'DescribeSecurityGroups', 'UnauthorizedOperation') } });
}

export function aclEntry(n: number, action: 'allow' | 'deny', protocol: string, cidr: { v4?: string; v6?: string }, ports?: [number, number], egress = false): NetworkAclEntry {
  return {
    RuleNumber: n,
    RuleAction: action,
    Protocol: protocol,
    Egress: egress,
    ...(cidr.v4 ? { CidrBlock: cidr.v4 } : {}),
    ...(cidr.v6 ? { Ipv6CidrBlock: cidr.v6 } : {}),
    ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
  };
}

export function aclAsset(entries: NetworkAclEntry[]): Asset {
  return awsAsset({ type: 'AWS::EC2::NetworkAcl', kind: 'network.acl', name: 'acl-1', config: { networkAcl: { NetworkAclId: 'acl-1', VpcId: 'vpc-1', IsDefault: false, Entries: entries } } });
}

export function instanceAsset(instance: Partial<Instance>, observedAt?: string): Asset {
  const full: Instance = { InstanceId: 'i-0abc', State: { Name: 'running', Code: 16 }, MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' }, ...instance };
  return awsAsset({ type: 'AWS::EC2::Instance', kind: 'compute.instance', name: full.InstanceId, config: { instance: full }, ...(observedAt ? { observedAt } : {}) });
}
