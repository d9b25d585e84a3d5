/**
 * Address, protocol and port arithmetic shared by the security group and network ACL rules. Pure: no
 * knowledge of assets or verdicts.
 */

/**
 * True when a CIDR spans its whole address family: the prefix length is 0. AWS canonicalises the base
 * address of a /0 to 0.0.0.0 or ::, but any "/0" covers every address, so we read the prefix, not the text.
 */
export function isWorldCidr(cidr: string | undefined | null): boolean {
  if (!cidr) return false;
  const slash = cidr.lastIndexOf('/');
  if (slash <= 0) return false;
  const prefix = cidr.slice(slash + 1);
  return /^\d+$/.test(prefix) && Number(prefix) === 0;
}

/** Protocols as the rules reason about them; `other` is ICMP, ESP, GRE ... which carry no ports. */
export type Protocol = 'tcp' | 'udp' | 'all' | 'other';

/**
 * Security groups report `tcp`/`udp`/`icmp`/`-1` or a protocol number; network ACLs always report a
 * number (`6`, `17`, `-1`). Both spellings map to the same value here.
 */
export function normalizeProtocol(protocol: string | undefined | null): Protocol | undefined {
  if (protocol === undefined || protocol === null) return undefined;
  switch (protocol.toLowerCase()) {
    case 'tcp':
    case '6':
      return 'tcp';
    case 'udp':
    case '17':
      return 'udp';
    case '-1':
    case 'all':
      return 'all';
    default:
      return 'other';
  }
}

export interface PortRange {
  from: number;
  to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/**
 * The ports a rule opens: every port for protocol "all", the given range for TCP/UDP (a missing or -1 bound
 * means every port, as the console shows "All"), and none for protocols without ports.
 */
export function portsOpened(protocol: Protocol | undefined, from: number | undefined, to: number | undefined): PortRange | null {
  if (protocol === 'all') return ALL_PORTS;
  if (protocol !== 'tcp' && protocol !== 'udp') return null;
  if (from === undefined || to === undefined || from === -1 || to === -1) return ALL_PORTS;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** The listed ports that fall inside a range. */
export function portsWithin(range: PortRange | null, ports: readonly number[]): number[] {
  if (!range) return [];
  return ports.filter((p) => p >= range.from && p <= range.to);
}

/** True when a rule for `protocol` also governs traffic of `wanted` (a rule for "all" covers TCP and UDP). */
export function protocolCovers(protocol: Protocol | undefined, wanted: 'tcp' | 'udp'): boolean {
  return protocol === 'all' || protocol === wanted;
}

export function describeRange(range: PortRange | null): string {
  if (!range) return 'no ports';
  if (range.from === 0 && range.to === 65535) return 'all ports';
  return range.from === range.to ? `port ${range.from}` : `ports ${range.from}-${range.to}`;
}
