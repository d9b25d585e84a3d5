import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets, type Direction, type FirewallEntry } from '../../../core/facets.js';

/** Security group facets: each permission becomes one allow entry (security groups have no deny, no order). */

const PROTOCOLS: Record<string, string> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function entry(p: IpPermission, direction: Direction, index: number): FirewallEntry {
  const protocol = PROTOCOLS[p.IpProtocol ?? '-1'] ?? (p.IpProtocol ?? 'all').toLowerCase();
  const ports = protocol === 'all' ? [{ from: 0, to: 65535 }] : protocol === 'tcp' || protocol === 'udp' ? [{ from: p.FromPort ?? 0, to: p.ToPort ?? 65535 }] : [];
  const peers = [
    ...(p.IpRanges ?? []).map((r) => r.CidrIp ?? ''),
    ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6 ?? ''),
    ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? ''),
    ...(p.PrefixListIds ?? []).map((l) => l.PrefixListId ?? ''),
  ].filter(Boolean);
  return { direction, action: 'allow', protocol, ports, peers, ref: `${direction === 'ingress' ? 'IpPermissions' : 'IpPermissionsEgress'}[${index}]` };
}

export function securityGroupFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'network.firewall-rule', {
    entries: (a) => {
      const g = aspectFor<SecurityGroup>(a, 'securityGroup');
      return [...(g.IpPermissions ?? []).map((p, i) => entry(p, 'ingress', i)), ...(g.IpPermissionsEgress ?? []).map((p, i) => entry(p, 'egress', i))];
    },
  });
}
