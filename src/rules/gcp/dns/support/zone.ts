/** Reading a Cloud DNS managed zone (dns.managedZones.list item) for rules. */
import type { dns_v1 } from 'googleapis/build/src/apis/dns/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { fail, need, notApplicable, pass, type Rule } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';
import { mappings } from '../../support/compliance.js';
import { GCP } from '../../support/types.js';

export type ManagedZone = dns_v1.Schema$ManagedZone;

/** Absent visibility means public (the API default). */
export const isPublic = (z: ManagedZone): boolean => (z.visibility ?? 'public') === 'public';

/** The rule "DNSSEC key specs of this type do not use RSASHA1" (CIS 3.4 key-signing, 3.5 zone-signing). */
export function rsaSha1Rule(id: string, keyType: 'keySigning' | 'zoneSigning', cis: string): Rule {
  const what = keyType === 'keySigning' ? 'key-signing key' : 'zone-signing key';
  const flag = keyType === 'keySigning' ? 'ksk' : 'zsk';
  return {
    id,
    title: `Cloud DNS DNSSEC ${what} does not use RSASHA1`,
    severity: 'medium',
    providers: ['gcp'],
    types: [GCP.dnsZone],
    rationale: `SHA-1 is broken for collision resistance and deprecated for DNSSEC signing; a ${what} using RSASHA1 weakens the chain of trust that DNSSEC is meant to provide.`,
    remediation: {
      steps: ['Turn DNSSEC off on the zone (signing settings cannot change while it is on).', `Turn it back on with a ${what} algorithm such as ECDSAP256SHA256 or RSASHA256, and update the DS record at the registrar.`],
      cli: `gcloud dns managed-zones update <ZONE> --dnssec-state=off\ngcloud dns managed-zones update <ZONE> --dnssec-state=on --${flag}-algorithm=ECDSAP256SHA256 --${flag}-key-length=256 --denial-of-existence=NSEC3`,
      terraform: `resource "google_dns_managed_zone" "this" {\n  # ...\n  dnssec_config {\n    state = "on"\n    default_key_specs {\n      algorithm  = "ecdsap256sha256"\n      key_length = 256\n      key_type   = "${keyType}"\n    }\n  }\n}`,
    },
    references: ['https://cloud.google.com/dns/docs/dnssec-advanced#advanced_signing_options', 'https://cloud.google.com/dns/docs/dnssec-config'],
    compliance: mappings(cis, ['SC-13', 'SC-20']),
    version: 1,
    evaluate: (asset) => judgeAlgorithm(asset, keyType, what),
  };
}

function judgeAlgorithm(asset: Asset, keyType: string, what: string): Verdict {
  const z = need<ManagedZone>(asset, 'zone');
  if (!isPublic(z)) return notApplicable('DNSSEC applies to public zones');
  if (z.dnssecConfig?.state !== 'on') return notApplicable('DNSSEC is not on for this zone (see the DNSSEC rule)');
  const specs = (z.dnssecConfig.defaultKeySpecs ?? []).filter((s) => s.keyType === keyType);
  const ev = [{ path: 'config.zone.dnssecConfig.defaultKeySpecs', observed: specs.map((s) => `${s.keyType}:${s.algorithm}`), expected: `no ${keyType}:rsasha1` }];
  const weak = specs.filter((s) => (s.algorithm ?? '').toLowerCase() === 'rsasha1');
  return weak.length ? fail(`The ${what} uses RSASHA1`, ev) : pass(`The ${what} uses ${specs.map((s) => s.algorithm).join(', ') || 'the Cloud DNS default algorithm'}`, ev);
}
