import type { cloudkms_v1 } from 'googleapis/build/src/apis/cloudkms/v1.js';
import { fail, need, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

const MAX_SECONDS = 90 * 86_400;

/** `rotationPeriod` is a protobuf Duration in JSON: seconds with an `s` suffix (`7776000s`). */
export function durationSeconds(d: string | null | undefined): number | undefined {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(d ?? '');
  return m ? Number(m[1]) : undefined;
}

export const rule: Rule = {
  id: 'gcp.kms.key-rotated-within-90-days',
  title: 'Cloud KMS symmetric key rotates automatically at least every 90 days',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.cryptoKey],
  rationale:
    'Regular rotation bounds how much data one key version protects and how long a compromised version stays in use for new ' +
    'data. Without a rotation schedule the same key material encrypts everything forever.',
  remediation: {
    steps: ['Set a rotation period of 90 days or less and a next rotation time within 90 days on the key.'],
    cli: 'gcloud kms keys update <KEY> --keyring=<KEY_RING> --location=<LOCATION> --rotation-period=90d --next-rotation-time=<RFC3339_TIME>',
    terraform: 'resource "google_kms_crypto_key" "this" {\n  name            = "app"\n  key_ring        = google_kms_key_ring.this.id\n  rotation_period = "7776000s"\n}',
  },
  references: ['https://cloud.google.com/kms/docs/key-rotation', 'https://cloud.google.com/kms/docs/rotate-key'],
  compliance: mappings('1.10', ['SC-12']),
  version: 1,
  evaluate(asset) {
    const k = need<cloudkms_v1.Schema$CryptoKey>(asset, 'cryptoKey');
    // Only symmetric encryption keys support automatic rotation.
    if ((k.purpose ?? 'ENCRYPT_DECRYPT') !== 'ENCRYPT_DECRYPT') return notApplicable(`Keys with purpose ${k.purpose} do not support automatic rotation`);
    const period = durationSeconds(k.rotationPeriod);
    const next = k.nextRotationTime ? Date.parse(k.nextRotationTime) : undefined;
    const limit = Date.parse(asset.observedAt) + MAX_SECONDS * 1000;
    const ev = [
      { path: 'config.cryptoKey.rotationPeriod', observed: k.rotationPeriod ?? null, expected: `<= ${MAX_SECONDS}s` },
      { path: 'config.cryptoKey.nextRotationTime', observed: k.nextRotationTime ?? null, expected: 'within 90 days' },
    ];
    if (period === undefined) return fail('The key has no automatic rotation schedule', ev);
    if (period > MAX_SECONDS) return fail(`The key rotates every ${Math.round(period / 86_400)} days`, ev);
    if (next === undefined || Number.isNaN(next) || next > limit) return fail(`The next rotation is ${k.nextRotationTime ?? 'not scheduled'}, more than 90 days away`, ev);
    return pass(`The key rotates every ${Math.round(period / 86_400)} days; next rotation ${k.nextRotationTime}`, ev);
  },
};
