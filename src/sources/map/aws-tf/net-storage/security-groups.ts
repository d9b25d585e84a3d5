/**
 * `aws_security_group` / `aws_default_security_group` (inline `ingress` / `egress` blocks) together with the
 * separate rule resources that point at them (`aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`,
 * `aws_vpc_security_group_egress_rule`) → `AWS::EC2::SecurityGroup`, aspect `securityGroup` in the shape of a
 * DescribeSecurityGroups entry (`IpPermissions` / `IpPermissionsEgress`).
 *
 * Terraform removes the allow-all egress rule AWS adds to a new group, and `aws_default_security_group`
 * removes every rule of the adopted default group, so both hold exactly the rules the configuration writes.
 */
import type { IpPermission } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { AssetBuilder, blocks, iacId, knownString, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, compact, ifKnown, list, num, placement, ResourceIndex, str } from './common.js';

const GROUP_TYPES = ['aws_security_group', 'aws_default_security_group'];
const RULE_TYPES = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'];

/** Protocols as DescribeSecurityGroups reports them: names for TCP, UDP and ICMP, `-1` for all, numbers otherwise. */
const PROTOCOL_NAMES: Record<string, string> = { '-1': '-1', all: '-1', tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp', icmpv6: '58', '58': '58' };

export function sgProtocol(v: unknown): string | Unknown {
  const p = str(v, '-1');
  if (p === undefined) return '-1';
  if (isUnknown(p)) return p;
  return PROTOCOL_NAMES[p.toLowerCase()] ?? p.toLowerCase();
}

/** A group referenced as a peer: never an address range, so its id not being known yet changes no verdict. */
function groupPeer(v: unknown): string {
  return typeof v === 'string' ? v : '(security group known after apply)';
}

type Rule = { protocol: unknown; from: unknown; to: unknown; v4: unknown; v6: unknown; prefixLists: unknown; groups: unknown; self: unknown; description: unknown };

/** One rule (inline block or separate resource) as an IpPermission; Unknown CIDRs and ports stay Unknown. */
function permission(rule: Rule): IpPermission {
  const protocol = sgProtocol(rule.protocol);
  const description = ifKnown(str(rule.description)) || undefined;
  const withDescription = <T extends Record<string, unknown>>(o: T) => (description ? { ...o, Description: description } : o);
  const cidrs = (v: unknown, key: 'CidrIp' | 'CidrIpv6') => {
    const l = list(v);
    return isUnknown(l) ? [{ [key]: l }] : l.map((c) => withDescription({ [key]: c }));
  };
  const prefixLists = list(rule.prefixLists);
  const groups = list(rule.groups);
  const pairs = [
    ...(isUnknown(groups) ? [withDescription({ GroupId: groupPeer(groups) })] : groups.map((g) => withDescription({ GroupId: groupPeer(g) }))),
    ...(rule.self === true ? [withDescription({ GroupId: '(this security group)' })] : isUnknown(rule.self) ? [{ GroupId: rule.self }] : []),
  ];
  const perm: Record<string, unknown> = { IpProtocol: protocol };
  if (protocol !== '-1') {
    perm.FromPort = num(rule.from);
    perm.ToPort = num(rule.to);
  }
  perm.IpRanges = cidrs(rule.v4, 'CidrIp');
  perm.Ipv6Ranges = cidrs(rule.v6, 'CidrIpv6');
  perm.PrefixListIds = isUnknown(prefixLists) ? [{ PrefixListId: '(prefix list known after apply)' }] : prefixLists.map((p) => withDescription({ PrefixListId: typeof p === 'string' ? p : '(prefix list known after apply)' }));
  perm.UserIdGroupPairs = pairs;
  return compact(perm) as IpPermission;
}

function inlineRule(b: Record<string, unknown>): Rule {
  return { protocol: b.protocol, from: b.from_port, to: b.to_port, v4: b.cidr_blocks, v6: b.ipv6_cidr_blocks, prefixLists: b.prefix_list_ids, groups: b.security_groups, self: b.self, description: b.description };
}

/** A separate rule resource: its direction and its rule (Unknown direction stays Unknown). */
function ruleOf(r: IacResource): { direction: 'ingress' | 'egress' | Unknown; rule: Rule } {
  const v = r.values;
  if (r.type === 'aws_security_group_rule') {
    const t = v.type;
    const direction = t === 'ingress' || t === 'egress' ? t : isUnknown(t) ? t : new Unknown(`rule type ${JSON.stringify(t)}`);
    return { direction, rule: { protocol: v.protocol, from: v.from_port, to: v.to_port, v4: v.cidr_blocks, v6: v.ipv6_cidr_blocks, prefixLists: v.prefix_list_ids, groups: v.source_security_group_id, self: v.self, description: v.description } };
  }
  const one = (x: unknown) => (x === undefined || x === null ? [] : isUnknown(x) ? x : [x]);
  return {
    direction: r.type === 'aws_vpc_security_group_egress_rule' ? 'egress' : 'ingress',
    rule: { protocol: v.ip_protocol, from: v.from_port, to: v.to_port, v4: one(v.cidr_ipv4), v6: one(v.cidr_ipv6), prefixLists: one(v.prefix_list_id), groups: one(v.referenced_security_group_id), self: false, description: v.description },
  };
}

/**
 * Permissions merged the way AWS reports them: one entry per protocol and port range with all its peers.
 * Entries with an unknown protocol or port stay on their own.
 */
function merged(perms: IpPermission[]): IpPermission[] {
  const out: IpPermission[] = [];
  const byKey = new Map<string, IpPermission>();
  for (const p of perms) {
    const keyParts = [p.IpProtocol, p.FromPort, p.ToPort] as unknown[];
    if (isUnknown(p) || keyParts.some(isUnknown)) {
      out.push(p);
      continue;
    }
    const key = JSON.stringify(keyParts);
    const seen = byKey.get(key);
    if (!seen) {
      const copy = { ...p, IpRanges: [...(p.IpRanges ?? [])], Ipv6Ranges: [...(p.Ipv6Ranges ?? [])], PrefixListIds: [...(p.PrefixListIds ?? [])], UserIdGroupPairs: [...(p.UserIdGroupPairs ?? [])] };
      byKey.set(key, copy);
      out.push(copy);
      continue;
    }
    seen.IpRanges!.push(...(p.IpRanges ?? []));
    seen.Ipv6Ranges!.push(...(p.Ipv6Ranges ?? []));
    seen.PrefixListIds!.push(...(p.PrefixListIds ?? []));
    seen.UserIdGroupPairs!.push(...(p.UserIdGroupPairs ?? []));
  }
  return out;
}

function mapGroup(group: IacResource, rules: IacResource[], ctx: MapContext): Asset {
  const v = group.values;
  const { region, account } = placement(group);
  const isDefault = group.type === 'aws_default_security_group';
  const name = isDefault ? 'default' : knownString(v.name);
  const tags = awsTags(group);
  const b = new AssetBuilder({ provider: 'aws', id: iacId(group), type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule', name: name ?? group.address, account, region, tags }, group, ctx, 'ec2');
  b.aspect('securityGroup', () => {
    const ingress: unknown[] = isUnknown(v.ingress) ? [v.ingress] : blocks(v.ingress).map((x) => permission(inlineRule(x)));
    const egress: unknown[] = isUnknown(v.egress) ? [v.egress] : blocks(v.egress).map((x) => permission(inlineRule(x)));
    for (const r of rules) {
      const { direction, rule } = ruleOf(r);
      if (isUnknown(direction)) throw direction;
      (direction === 'ingress' ? ingress : egress).push(permission(rule));
    }
    return compact({
      GroupName: name,
      Description: isDefault ? 'default VPC security group' : ifKnown(str(v.description, 'Managed by Terraform')),
      VpcId: ifKnown(str(v.vpc_id)),
      IpPermissions: merged(ingress as IpPermission[]),
      IpPermissionsEgress: merged(egress as IpPermission[]),
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
    });
  });
  return b.build();
}

export const securityGroupMapper: IacMapper = {
  provider: 'aws',
  types: [...GROUP_TYPES, ...RULE_TYPES],
  map(resources, ctx) {
    const index = new ResourceIndex(resources);
    const rulesOf = index.children(RULE_TYPES, 'security_group_id', GROUP_TYPES, ['id']);
    return index
      .of(...GROUP_TYPES)
      .filter((g) => g.mode === 'managed')
      .map((g) => mapGroup(g, rulesOf.get(g) ?? [], ctx));
  },
};
