import type { NetworkSecurityGroup, SecurityRule } from '@azure/arm-network';

/** An inclusive port range. */
export type PortRange = [number, number];

/** An allow rule that lets internet traffic through, with the ports it opens that no earlier deny closes. */
export interface Exposure {
  rule: SecurityRule;
  ports: PortRange[];
}

const ALL_PORTS: PortRange = [0, 65535];

/** Source prefixes that mean "anyone on the internet" (service tag, wildcard or a /0 network). */
export function isInternetSource(prefix: string | undefined): boolean {
  if (!prefix) return false;
  const p = prefix.trim().toLowerCase();
  return p === '*' || p === 'internet' || p === 'any' || p === '0.0.0.0' || p.endsWith('/0');
}

export function portsOf(rule: SecurityRule): PortRange[] {
  const specs = [rule.destinationPortRange, ...(rule.destinationPortRanges ?? [])].filter((s): s is string => !!s);
  return specs.map((s) => {
    if (s.trim() === '*') return ALL_PORTS;
    const [a, b] = s.split('-').map((n) => Number(n.trim()));
    return [a ?? 0, b ?? a ?? 0] as PortRange;
  });
}

/** Ranges of `from` not covered by any of `minus`. */
export function subtract(from: PortRange[], minus: PortRange[]): PortRange[] {
  let out = from;
  for (const [lo, hi] of minus) {
    out = out.flatMap(([a, b]): PortRange[] => {
      if (hi < a || lo > b) return [[a, b]];
      const parts: PortRange[] = [];
      if (a < lo) parts.push([a, lo - 1]);
      if (b > hi) parts.push([hi + 1, b]);
      return parts;
    });
  }
  return out;
}

export function intersect(ranges: PortRange[], with_: PortRange[]): PortRange[] {
  return ranges.flatMap(([a, b]) => with_.flatMap(([c, d]): PortRange[] => (Math.max(a, c) <= Math.min(b, d) ? [[Math.max(a, c), Math.min(b, d)]] : [])));
}

const coversProtocol = (ruleProtocol: string | undefined, protocol: 'Tcp' | 'Udp'): boolean => ruleProtocol === '*' || (ruleProtocol ?? '').toLowerCase() === protocol.toLowerCase();
const fromInternet = (r: SecurityRule): boolean => [r.sourceAddressPrefix, ...(r.sourceAddressPrefixes ?? [])].some(isInternetSource);

/**
 * Inbound internet exposure for one protocol, as Azure evaluates it: rules (custom and default) in
 * priority order, first match wins. Only internet-wide rules decide: a deny for specific sources does not
 * stop the rest of the internet, and an allow for specific sources does not open to it.
 */
export function internetExposures(nsg: NetworkSecurityGroup, protocol: 'Tcp' | 'Udp', only: PortRange[] = [ALL_PORTS]): Exposure[] {
  const inbound = [...(nsg.securityRules ?? []), ...(nsg.defaultSecurityRules ?? [])]
    .filter((r) => (r.direction ?? '').toLowerCase() === 'inbound' && coversProtocol(r.protocol, protocol) && fromInternet(r))
    .sort((a, b) => (a.priority ?? 65535) - (b.priority ?? 65535));
  const denied: PortRange[] = [];
  const out: Exposure[] = [];
  for (const r of inbound) {
    const ports = intersect(portsOf(r), only);
    if ((r.access ?? '').toLowerCase() === 'deny') denied.push(...ports);
    else {
      const open = subtract(ports, denied);
      if (open.length) out.push({ rule: r, ports: open });
    }
  }
  return out;
}

export const describePorts = (ports: PortRange[]): string => ports.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
