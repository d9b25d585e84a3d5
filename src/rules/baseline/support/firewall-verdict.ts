import type { Asset } from '../../../core/asset.js';
import { needFacet, optionalFacet, type FirewallFacets } from '../../../core/facets.js';
import { fail, pass } from '../../../core/rule.js';
import type { Verdict } from '../../../core/verdict.js';
import { describeExposure, exposedPort } from './firewall-exposure.js';

/** The firewall facets a rule needs: entries (unknown if not derived) and whether the rule is disabled. */
export function firewallOf(asset: Asset): FirewallFacets {
  const disabled = optionalFacet(asset, 'network.firewall-rule', 'disabled');
  return { entries: needFacet(asset, 'network.firewall-rule', 'entries'), ...(disabled !== undefined ? { disabled } : {}) };
}

/** Fail naming every entry that admits the internet to one of `ports`; pass otherwise. */
export function portsClosedVerdict(asset: Asset, ports: number[], what: string, protocols: string[] = ['tcp']): Verdict {
  const fw = firewallOf(asset);
  const hits = ports.flatMap((port) => exposedPort(fw, port, protocols).map((x) => ({ port, x })));
  const expected = `no ingress from 0.0.0.0/0 or ::/0 to ${what}`;
  if (hits.length === 0) return pass(`No rule admits the internet to ${what}${fw.disabled ? ' (the rule is disabled)' : ''}`, [{ path: 'facets.entries', observed: `${fw.entries.length} entries, none open to the internet on ${what}`, expected }]);
  const evidence = hits.map(({ port, x }) => ({ path: `facets.entries[${x.entry.ref}]`, observed: { port, peers: x.entry.peers, protocol: x.entry.protocol, priority: x.entry.priority ?? null }, expected }));
  const ports_ = [...new Set(hits.map((h) => h.port))].join(', ');
  return fail(`The internet can reach port ${ports_} through ${[...new Set(hits.map((h) => describeExposure(h.x)))].join(', ')}`, evidence);
}
