import type { NetworkAcl, NetworkAclEntry } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../../core/asset.js';
import { MissingData, need } from '../../../../core/rule.js';
import { ALL_PORTS, isWorldCidr, normalizeProtocol, protocolCovers, type PortRange } from './network.js';

export const NACL_ASPECT = 'networkAcl';

type CompleteEntry = NetworkAclEntry & { Egress: boolean; RuleNumber: number; RuleAction: string };

/** The ACL's entries; every entry must say its direction, number and action or the ACL cannot be evaluated. */
export function needAclEntries(asset: Asset): CompleteEntry[] {
  const acl = need<NetworkAcl | null>(asset, NACL_ASPECT);
  if (!acl || !Array.isArray(acl.Entries))
    throw new MissingData('network ACL entries were not returned', [{ path: `config.${NACL_ASPECT}.Entries`, observed: acl?.Entries ?? null, expected: 'a list of entries' }]);
  acl.Entries.forEach((e, i) => {
    if (typeof e.Egress !== 'boolean' || typeof e.RuleNumber !== 'number' || !e.RuleAction)
      throw new MissingData(`network ACL entry ${i} is incomplete`, [{ path: `config.${NACL_ASPECT}.Entries[${i}]`, observed: e, expected: 'Egress, RuleNumber and RuleAction' }]);
  });
  return acl.Entries as CompleteEntry[];
}

export interface AclDecision {
  family: 'ipv4' | 'ipv6';
  protocol: 'tcp' | 'udp';
  port: number;
  /** `implicit` when no entry matched (the ACL's trailing "*" entry denies). */
  action: 'allow' | 'deny' | 'implicit';
  /** Index into `Entries` of the deciding entry. */
  index?: number;
  entry?: NetworkAclEntry;
}

function entryPorts(e: NetworkAclEntry): PortRange {
  const proto = normalizeProtocol(e.Protocol);
  if (proto === 'all' || !e.PortRange || e.PortRange.From === undefined || e.PortRange.To === undefined) return ALL_PORTS;
  return { from: e.PortRange.From, to: e.PortRange.To };
}

/**
 * What the ACL does with inbound traffic from an arbitrary internet address to `port`: network ACLs are
 * evaluated in ascending RuleNumber order and the first matching entry decides. Only entries whose source
 * spans the whole internet (a /0) decide for every internet address; a narrower entry (allow or deny) only
 * covers part of it, so it neither exposes nor shadows the port for the internet at large.
 */
export function decideWorldIngress(entries: CompleteEntry[], family: 'ipv4' | 'ipv6', protocol: 'tcp' | 'udp', port: number): AclDecision {
  const inbound = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => !entry.Egress)
    .sort((a, b) => a.entry.RuleNumber - b.entry.RuleNumber);
  for (const { entry, index } of inbound) {
    const source = family === 'ipv4' ? entry.CidrBlock : entry.Ipv6CidrBlock;
    if (!isWorldCidr(source)) continue;
    if (!protocolCovers(normalizeProtocol(entry.Protocol), protocol)) continue;
    const range = entryPorts(entry);
    if (port < range.from || port > range.to) continue;
    return { family, protocol, port, action: entry.RuleAction === 'allow' ? 'allow' : 'deny', index, entry };
  }
  return { family, protocol, port, action: 'implicit' };
}
