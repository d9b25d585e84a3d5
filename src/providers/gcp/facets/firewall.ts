import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets, type FirewallEntry, type PortRange } from '../../../core/facets.js';

/**
 * VPC firewall rule facets: one entry per allowed/denied protocol clause, with the rule's priority
 * (default 1000). An ingress rule with no source at all applies to 0.0.0.0/0.
 */
interface Firewall {
  name?: string;
  direction?: string;
  priority?: number;
  sourceRanges?: string[];
  destinationRanges?: string[];
  sourceTags?: string[];
  sourceServiceAccounts?: string[];
  allowed?: Array<{ IPProtocol?: string; ports?: string[] }>;
  denied?: Array<{ IPProtocol?: string; ports?: string[] }>;
  disabled?: boolean;
}

const PROTOCOLS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function ports(protocol: string, specs: string[] | undefined): PortRange[] {
  if (protocol !== 'all' && protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp') return [];
  if (!specs?.length) return [{ from: 0, to: 65535 }];
  return specs.map((s) => {
    const [from, to] = s.split('-').map(Number);
    return { from: from ?? 0, to: to ?? from ?? 65535 };
  });
}

export function firewallFacets(asset: Asset): Asset {
  const fw = (a: Asset) => aspectFor<Firewall>(a, 'firewall');
  return deriveFacets(asset, 'network.firewall-rule', {
    entries: (a) => {
      const f = fw(a);
      const ingress = (f.direction ?? 'INGRESS') === 'INGRESS';
      const sources = [...(f.sourceRanges ?? []), ...(f.sourceTags ?? []), ...(f.sourceServiceAccounts ?? [])];
      const peers = ingress ? (sources.length ? sources : ['0.0.0.0/0']) : f.destinationRanges?.length ? f.destinationRanges : ['0.0.0.0/0'];
      const clause = (action: 'allow' | 'deny') => (c: { IPProtocol?: string; ports?: string[] }, i: number): FirewallEntry => {
        const raw = (c.IPProtocol ?? 'all').toLowerCase();
        const protocol = PROTOCOLS[raw] ?? raw;
        return { direction: ingress ? 'ingress' : 'egress', action, protocol, ports: ports(protocol, c.ports), peers, priority: f.priority ?? 1000, ref: `${f.name ?? 'firewall'}.${action === 'allow' ? 'allowed' : 'denied'}[${i}]` };
      };
      return [...(f.allowed ?? []).map(clause('allow')), ...(f.denied ?? []).map(clause('deny'))];
    },
    disabled: (a) => fw(a).disabled === true,
  });
}
