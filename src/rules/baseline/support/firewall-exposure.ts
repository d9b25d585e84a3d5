import type { FirewallEntry, FirewallFacets, PortRange } from '../../../core/facets.js';

/**
 * Which allow entries of a firewall let the internet in, after deny entries of higher priority (lower
 * number: Azure NSG, GCP firewall) are taken into account. Pure.
 */

export const INTERNET = new Set(['0.0.0.0/0', '::/0']);

const fromInternet = (e: FirewallEntry) => e.direction === 'ingress' && e.peers.some((p) => INTERNET.has(p));
const protocolCovers = (outer: string, inner: string) => outer === 'all' || outer === inner;
const rangeCovers = (ranges: PortRange[], r: PortRange) => ranges.some((x) => x.from <= r.from && x.to >= r.to);

/** Whether a higher-priority internet-wide deny covers this allow entry's protocol and port range. */
function shadowed(allow: FirewallEntry, range: PortRange, protocol: string, entries: FirewallEntry[]): boolean {
  if (allow.priority === undefined) return false;
  return entries.some(
    (d) => d.action === 'deny' && fromInternet(d) && d.priority !== undefined && d.priority < (allow.priority as number) && protocolCovers(d.protocol, protocol) && rangeCovers(d.ports, range),
  );
}

export interface Exposure {
  entry: FirewallEntry;
  protocol: string;
}

/** Allow entries that admit the internet to a TCP (or UDP) port, not shadowed by a higher-priority deny. */
export function exposedPort(fw: FirewallFacets, port: number, protocols: string[] = ['tcp']): Exposure[] {
  if (fw.disabled) return [];
  const out: Exposure[] = [];
  for (const e of fw.entries) {
    if (e.action !== 'allow' || !fromInternet(e)) continue;
    const protocol = protocols.find((p) => protocolCovers(e.protocol, p));
    if (!protocol || !e.ports.some((r) => r.from <= port && r.to >= port)) continue;
    if (!shadowed(e, { from: port, to: port }, protocol, fw.entries)) out.push({ entry: e, protocol });
  }
  return out;
}

/** Allow entries that admit the internet on every protocol, or on every TCP or UDP port. */
export function exposedAllPorts(fw: FirewallFacets): Exposure[] {
  if (fw.disabled) return [];
  const all: PortRange = { from: 0, to: 65535 };
  return fw.entries
    .filter((e) => e.action === 'allow' && fromInternet(e))
    .filter((e) => e.protocol === 'all' || ((e.protocol === 'tcp' || e.protocol === 'udp') && rangeCovers(e.ports, { from: 1, to: 65535 })))
    .filter((e) => !shadowed(e, all, e.protocol, fw.entries) && !(e.protocol !== 'all' && shadowed(e, { from: 1, to: 65535 }, e.protocol, fw.entries)))
    .map((e) => ({ entry: e, protocol: e.protocol }));
}

export function describeExposure(x: Exposure): string {
  return `${x.entry.ref} (${x.protocol}${x.entry.priority !== undefined ? `, priority ${x.entry.priority}` : ''})`;
}
