import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../../core/asset.js';
import { MissingData, need } from '../../../../core/rule.js';
import type { Evidence } from '../../../../core/verdict.js';
import { describeRange, isWorldCidr, normalizeProtocol, portsOpened, portsWithin, type PortRange, type Protocol } from './network.js';

export const SG_ASPECT = 'securityGroup';

/**
 * The collected security group with its rule lists. A group always has both lists (empty when it has no
 * rules); a missing list means the description was incomplete, so the rule cannot conclude.
 */
export function needSecurityGroup(asset: Asset): SecurityGroup & { IpPermissions: IpPermission[]; IpPermissionsEgress: IpPermission[] } {
  const sg = need<SecurityGroup | null>(asset, SG_ASPECT);
  if (!sg) throw new MissingData('security group description is empty', [{ path: `config.${SG_ASPECT}`, observed: sg, expected: 'a security group' }]);
  for (const list of ['IpPermissions', 'IpPermissionsEgress'] as const) {
    if (!Array.isArray(sg[list]))
      throw new MissingData(`security group ${list} was not returned`, [{ path: `config.${SG_ASPECT}.${list}`, observed: sg[list] ?? null, expected: 'a list of rules' }]);
  }
  return sg as SecurityGroup & { IpPermissions: IpPermission[]; IpPermissionsEgress: IpPermission[] };
}

/** One inbound grant to the whole internet: a 0.0.0.0/0 or ::/0 source on one permission. */
export interface WorldIngress {
  /** Where it sits in the asset, for evidence. */
  path: string;
  family: 'ipv4' | 'ipv6';
  source: string;
  protocol: Protocol | undefined;
  /** Raw protocol as AWS reported it, for evidence. */
  ipProtocol: string | undefined;
  ports: PortRange | null;
}

/** Every inbound grant from an internet-wide CIDR, IPv4 and IPv6, with the ports it opens. */
export function worldIngress(permissions: IpPermission[]): WorldIngress[] {
  const out: WorldIngress[] = [];
  permissions.forEach((perm, i) => {
    const protocol = normalizeProtocol(perm.IpProtocol);
    const ports = portsOpened(protocol, perm.FromPort, perm.ToPort);
    const base = `config.${SG_ASPECT}.IpPermissions[${i}]`;
    (perm.IpRanges ?? []).forEach((r, j) => {
      if (isWorldCidr(r.CidrIp)) out.push({ path: `${base}.IpRanges[${j}].CidrIp`, family: 'ipv4', source: r.CidrIp!, protocol, ipProtocol: perm.IpProtocol, ports });
    });
    (perm.Ipv6Ranges ?? []).forEach((r, j) => {
      if (isWorldCidr(r.CidrIpv6)) out.push({ path: `${base}.Ipv6Ranges[${j}].CidrIpv6`, family: 'ipv6', source: r.CidrIpv6!, protocol, ipProtocol: perm.IpProtocol, ports });
    });
  });
  return out;
}

export interface PortExposure {
  grant: WorldIngress;
  ports: number[];
}

/** The world grants that open any of `ports` over one of `protocols` (a rule for "all" always counts). */
export function exposedPorts(grants: WorldIngress[], ports: readonly number[], protocols: ReadonlyArray<'tcp' | 'udp'>): PortExposure[] {
  const out: PortExposure[] = [];
  for (const grant of grants) {
    if (grant.protocol !== 'all' && !protocols.includes(grant.protocol as 'tcp' | 'udp')) continue;
    const hit = portsWithin(grant.ports, ports);
    if (hit.length) out.push({ grant, ports: hit });
  }
  return out;
}

/** Evidence for one exposure: the source field, what it opens, and what should hold instead. */
export function exposureEvidence(e: PortExposure, expected: string): Evidence {
  return {
    path: e.grant.path,
    observed: { source: e.grant.source, IpProtocol: e.grant.ipProtocol ?? null, opens: describeRange(e.grant.ports), ports: e.ports },
    expected,
  };
}

export function listPorts(ports: number[]): string {
  return ports.join(', ');
}
