import type { Asset } from '../../../core/asset.js';
import { fail, need, pass } from '../../../core/rule.js';
import type { Verdict } from '../../../core/verdict.js';

export interface IpFirewallRule {
  name?: string;
  startIpAddress?: string;
  endIpAddress?: string;
}

const toNum = (ip: string | undefined): number => (ip ?? '').split('.').reduce((n, o) => n * 256 + Number(o), 0);

/** What a server-level IP rule opens: the 0.0.0.0 pair means "any Azure service, any tenant". */
export function classify(r: IpFirewallRule): 'azure-services' | 'internet' | 'wide' | null {
  if (r.startIpAddress === '0.0.0.0' && r.endIpAddress === '0.0.0.0') return 'azure-services';
  const size = toNum(r.endIpAddress) - toNum(r.startIpAddress) + 1;
  if (r.startIpAddress === '0.0.0.0' && r.endIpAddress === '255.255.255.255') return 'internet';
  // Anything wider than a /8 is as good as open.
  return size > 2 ** 24 ? 'wide' : null;
}

const LABEL = { 'azure-services': 'allows every Azure service (any tenant)', internet: 'allows the whole internet', wide: 'allows a range wider than /8' };

/** Fails on server firewall rules that open the server to all Azure services or to (most of) the internet. */
export function judgeFirewallRules(asset: Asset): Verdict {
  const rules = need<IpFirewallRule[] | null>(asset, 'firewallRules') ?? [];
  const open = rules.map((r) => ({ r, kind: classify(r) })).filter((x) => x.kind !== null);
  const evidence = [{ path: 'config.firewallRules', observed: open.map(({ r }) => ({ name: r.name ?? null, start: r.startIpAddress ?? null, end: r.endIpAddress ?? null })), expected: 'no 0.0.0.0 rule and no internet-wide range' }];
  if (!open.length) return pass(`None of ${rules.length} firewall rule(s) opens the server to all Azure services or the internet`, evidence);
  return fail(open.map(({ r, kind }) => `${r.name ?? 'a rule'} (${r.startIpAddress}-${r.endIpAddress}) ${LABEL[kind!]}`).join('; '), evidence);
}
