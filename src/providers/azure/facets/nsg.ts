import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets, type FirewallEntry, type PortRange } from '../../../core/facets.js';

/**
 * Network security group facets: custom and default rules alike, with their priorities (lower wins), so
 * a Deny at a higher priority shadows a later Allow. Azure's words for "anywhere" become 0.0.0.0/0.
 */
interface SecurityRule {
  name?: string;
  protocol?: string;
  access?: string;
  direction?: string;
  priority?: number;
  sourceAddressPrefix?: string;
  sourceAddressPrefixes?: string[];
  destinationAddressPrefix?: string;
  destinationAddressPrefixes?: string[];
  destinationPortRange?: string;
  destinationPortRanges?: string[];
}
interface Nsg {
  securityRules?: SecurityRule[];
  defaultSecurityRules?: SecurityRule[];
  networkInterfaces?: unknown[];
  subnets?: unknown[];
}

const ANYWHERE = new Set(['*', 'internet', 'any', '0.0.0.0/0', '0.0.0.0']);

export function normalizePeer(p: string): string {
  return ANYWHERE.has(p.toLowerCase()) ? '0.0.0.0/0' : p;
}

export function parsePorts(specs: string[]): PortRange[] {
  return specs.map((s) => {
    if (s === '*') return { from: 0, to: 65535 };
    const [from, to] = s.split('-').map((x) => Number(x.trim()));
    return { from: from ?? 0, to: to ?? from ?? 65535 };
  });
}

function entry(r: SecurityRule, ref: string): FirewallEntry {
  const inbound = r.direction !== 'Outbound';
  const peers = inbound ? [r.sourceAddressPrefix, ...(r.sourceAddressPrefixes ?? [])] : [r.destinationAddressPrefix, ...(r.destinationAddressPrefixes ?? [])];
  const protocol = !r.protocol || r.protocol === '*' ? 'all' : r.protocol.toLowerCase();
  const portSpecs = [r.destinationPortRange, ...(r.destinationPortRanges ?? [])].filter((x): x is string => Boolean(x));
  return {
    direction: inbound ? 'ingress' : 'egress',
    action: r.access === 'Deny' ? 'deny' : 'allow',
    protocol,
    ports: protocol === 'icmp' ? [] : parsePorts(portSpecs.length ? portSpecs : ['*']),
    peers: peers.filter((x): x is string => Boolean(x)).map(normalizePeer),
    ...(r.priority !== undefined ? { priority: r.priority } : {}),
    ref,
  };
}

export function nsgFacets(asset: Asset): Asset {
  const nsg = (a: Asset) => aspectFor<Nsg>(a, 'nsg');
  return deriveFacets(asset, 'network.firewall-rule', {
    entries: (a) => [
      ...(nsg(a).securityRules ?? []).map((r, i) => entry(r, `securityRules[${i}] ${r.name ?? ''}`.trim())),
      ...(nsg(a).defaultSecurityRules ?? []).map((r, i) => entry(r, `defaultSecurityRules[${i}] ${r.name ?? ''}`.trim())),
    ],
    inUse: (a) => (nsg(a).networkInterfaces ?? []).length + (nsg(a).subnets ?? []).length > 0,
  });
}
