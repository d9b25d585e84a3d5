import { fail, need, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { isPublic, type ManagedZone } from './support/zone.js';

export const rule: Rule = {
  id: 'gcp.dns.dnssec-enabled',
  title: 'Public Cloud DNS zone has DNSSEC enabled',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.dnsZone],
  rationale:
    'Without DNSSEC, resolvers cannot tell genuine answers for the zone from forged ones, so cache poisoning and on-path ' +
    'attackers can send users of the domain to servers of their choosing.',
  remediation: {
    steps: ['Turn DNSSEC on for the zone.', 'Publish the DS record it produces at the domain registrar.'],
    cli: 'gcloud dns managed-zones update <ZONE> --dnssec-state=on',
    terraform: 'resource "google_dns_managed_zone" "this" {\n  # ...\n  dnssec_config {\n    state = "on"\n  }\n}',
  },
  references: ['https://cloud.google.com/dns/docs/dnssec', 'https://cloud.google.com/dns/docs/dnssec-config'],
  compliance: mappings('3.3', ['SC-20']),
  version: 1,
  evaluate(asset) {
    const z = need<ManagedZone>(asset, 'zone');
    if (!isPublic(z)) return notApplicable('DNSSEC applies to public zones; this zone is private');
    const state = z.dnssecConfig?.state ?? 'off'; // absent: off (the API default)
    const ev = [{ path: 'config.zone.dnssecConfig.state', observed: z.dnssecConfig?.state ?? null, expected: 'on' }];
    return state === 'on' ? pass('DNSSEC is on', ev) : fail(`DNSSEC is ${state}`, ev);
  },
};
