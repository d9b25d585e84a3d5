import type { Rule } from '../../../core/rule.js';
import { optionalFacet } from '../../../core/facets.js';
import { fail, notApplicable, pass } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'baseline.crypto.key-expiry-set',
  title: 'Key has an expiration date',
  severity: 'low',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['crypto.key'],
  rationale:
    'Keys without an expiry stay valid forever and are never re-examined. Azure Key Vault keys carry an expiration date (CIS Azure recommends one for every key). AWS KMS and Cloud KMS keys have no expiry (they rotate instead), so the rule is not applicable there.',
  remediation: {
    steps: [
      'AWS: not applicable; rely on automatic rotation.',
      'Azure: set an expiration date on the key (and a rotation policy that renews it before expiry).',
      'GCP: not applicable; rely on the rotation period.',
      'Generic: set expiration_date in IaC (azurerm_key_vault_key.expiration_date).',
    ],
    cli: 'az keyvault key set-attributes --vault-name <VAULT> -n <KEY> --expires 2027-12-31T00:00:00Z',
    terraform: 'resource "azurerm_key_vault_key" "k" {\n  # ...\n  expiration_date = "2027-12-31T00:00:00Z"\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys-details#key-attributes',
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://cloud.google.com/kms/docs/key-rotation',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-12' },
    { framework: 'nist-800-53-r5', control: 'IA-5(1)' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '9.3.1' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '9.3.2' },
    { framework: 'mcsb', control: 'DP-6' },
  ],
  version: 1,
  evaluate(asset) {
    const at = optionalFacet(asset, 'crypto.key', 'expiresAt');
    if (at === undefined) return notApplicable('Keys of this provider have no expiration date');
    const ev = [{ path: 'facets.expiresAt', observed: at, expected: 'a date' }];
    return at ? pass(`The key expires on ${at}`, ev) : fail('The key has no expiration date', ev);
  },
};
