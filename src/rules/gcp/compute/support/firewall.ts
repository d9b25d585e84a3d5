/** Does an ingress firewall rule admit the internet on a TCP port? (compute.firewalls.list item) */
import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { fail, need, pass, type Rule } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';
import { mappings } from '../../support/compliance.js';
import { GCP } from '../../support/types.js';

export type Firewall = compute_v1.Schema$Firewall;

const ANYWHERE = ['0.0.0.0/0', '::/0'];

/** A `ports` entry ("22", "20-30") contains the port; no ports means all ports of the protocol. */
function portMatches(ports: string[] | null | undefined, port: number): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    const [lo, hi] = p.split('-').map((n) => Number(n));
    return lo !== undefined && !Number.isNaN(lo) && port >= lo && port <= (hi ?? lo);
  });
}

/** Which `allowed` entries open the TCP port (protocol tcp, all, or its IANA number 6). */
export function allowsTcpPort(fw: Firewall, port: number): number[] {
  return (fw.allowed ?? []).flatMap((a, i) => {
    const proto = (a.IPProtocol ?? '').toLowerCase();
    return (proto === 'tcp' || proto === 'all' || proto === '6') && portMatches(a.ports, port) ? [i] : [];
  });
}

/** The verdict of "port N is not open to 0.0.0.0/0" for one firewall rule. */
export function judgeInternetPort(asset: Asset, port: number, service: string): Verdict {
  const fw = need<Firewall>(asset, 'firewall');
  // API defaults: direction INGRESS, disabled false.
  const direction = fw.direction ?? 'INGRESS';
  const open = (fw.sourceRanges ?? []).filter((r) => ANYWHERE.includes(r));
  const hits = allowsTcpPort(fw, port);
  const ev = [
    { path: 'config.firewall.direction', observed: direction, expected: 'any' },
    { path: 'config.firewall.sourceRanges', observed: fw.sourceRanges ?? [], expected: `no ${ANYWHERE.join(' / ')}` },
    { path: 'config.firewall.allowed', observed: fw.allowed ?? [], expected: `not tcp:${port}` },
    { path: 'config.firewall.disabled', observed: fw.disabled ?? false, expected: 'any' },
  ];
  if (direction !== 'INGRESS') return pass('Egress rule', ev);
  if (fw.disabled === true) return pass('The rule is disabled', ev);
  if (open.length === 0 || hits.length === 0) return pass(`The rule does not admit ${service} (tcp:${port}) from the internet`, ev);
  return fail(`The rule allows ${service} (tcp:${port}) from ${open.join(', ')}${fw.targetTags?.length ? ` to instances tagged ${fw.targetTags.join(', ')}` : ' to all instances of the network'}`, ev);
}

/** Shared metadata of the two CIS internet-port rules. */
export function internetPortRule(id: string, port: number, service: string, cis: string): Rule {
  return {
    id,
    title: `Firewall rule does not allow ${service} (tcp:${port}) from the internet`,
    severity: 'high',
    providers: ['gcp'],
    types: [GCP.firewall],
    rationale:
      `${service} exposed to 0.0.0.0/0 is found by internet-wide scanners within minutes and attacked with password guessing ` +
      'and exploits. Administrative access should come from known ranges or through IAP TCP forwarding (35.235.240.0/20).',
    remediation: {
      steps: [`Replace 0.0.0.0/0 in the rule's source ranges with the specific ranges that need ${service}, or with 35.235.240.0/20 for IAP TCP forwarding.`, 'Delete the rule if nothing needs it.'],
      cli: `gcloud compute firewall-rules update <RULE> --source-ranges=35.235.240.0/20`,
      terraform: `resource "google_compute_firewall" "admin" {\n  name    = "allow-${service.toLowerCase()}-from-iap"\n  network = google_compute_network.vpc.id\n  allow {\n    protocol = "tcp"\n    ports    = ["${port}"]\n  }\n  source_ranges = ["35.235.240.0/20"]\n}`,
    },
    references: ['https://cloud.google.com/firewall/docs/firewalls', 'https://cloud.google.com/iap/docs/using-tcp-forwarding'],
    compliance: mappings(cis, ['SC-7', 'AC-17']),
    version: 1,
    evaluate: (asset) => judgeInternetPort(asset, port, service),
  };
}
