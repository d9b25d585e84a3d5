import type { Rule } from '../../../core/rule.js';
import { needFacet, optionalFacet } from '../../../core/facets.js';
import { fail, notApplicable, pass } from '../../../core/rule.js';

export const MAX_ROTATION_DAYS = 365;

export const rule: Rule = {
  id: 'baseline.crypto.key-rotation-enabled',
  title: `Customer-managed key rotates automatically at least every ${MAX_ROTATION_DAYS} days`,
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['crypto.key'],
  rationale:
    'Automatic rotation limits how much data one key version protects and how long a leaked version stays useful. AWS KMS: key rotation on (period 90-2560 days); Azure Key Vault: a rotation policy with a rotate lifetime action; Cloud KMS: a rotation period. ' +
    'Provider-managed keys (rotated by the provider) and keys that cannot rotate automatically (asymmetric, HMAC, imported material, disabled) are not applicable.',
  remediation: {
    steps: [
      `AWS: enable automatic rotation on the KMS key (rotation period ${MAX_ROTATION_DAYS} days or less).`,
      'Azure: set a key rotation policy with a Rotate action (timeAfterCreate P1Y or less) on the Key Vault key.',
      'GCP: set a rotation period (90 days is CIS GCP\'s recommendation) and next rotation time on the crypto key.',
      'Generic: set rotation in IaC (enable_key_rotation, rotation_policy, rotation_period).',
    ],
    cli: 'aws kms enable-key-rotation --key-id <KEY> --rotation-period-in-days 365\naz keyvault key rotation-policy update --vault-name <VAULT> -n <KEY> --value policy.json\ngcloud kms keys update <KEY> --keyring <RING> --location <LOC> --rotation-period 90d --next-rotation-time <TIME>',
    terraform: 'resource "google_kms_crypto_key" "k" {\n  # ...\n  rotation_period = "7776000s"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation',
    'https://cloud.google.com/kms/docs/key-rotation',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-12' },
    { framework: 'cis-aws-foundations-v5.0.0', control: '3.6' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '9.3.9' },
    { framework: 'mcsb', control: 'DP-6' },
  ],
  version: 1,
  evaluate(asset) {
    if (!needFacet(asset, 'crypto.key', 'customerManaged')) return notApplicable('The key is managed and rotated by the provider');
    const on = optionalFacet(asset, 'crypto.key', 'rotationEnabled');
    if (on === undefined) return notApplicable('Automatic rotation does not apply to this key (asymmetric, HMAC, imported key material, or not enabled)');
    if (!on) return fail('Automatic rotation is off', [{ path: 'facets.rotationEnabled', observed: false, expected: true }]);
    const days = optionalFacet(asset, 'crypto.key', 'rotationPeriodDays');
    const ev = [{ path: 'facets.rotationPeriodDays', observed: days ?? null, expected: `<= ${MAX_ROTATION_DAYS}` }];
    if (days === undefined) return pass('Automatic rotation is on', ev);
    return days <= MAX_ROTATION_DAYS ? pass(`The key rotates every ${days} days`, ev) : fail(`The key rotates only every ${days} days`, ev);
  },
};
