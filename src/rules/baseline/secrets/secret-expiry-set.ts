import type { Rule } from '../../../core/rule.js';
import { optionalFacet } from '../../../core/facets.js';
import { fail, notApplicable, pass } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'baseline.secrets.secret-expiry-set',
  title: 'Secret has an expiration date',
  severity: 'low',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['secret'],
  rationale:
    'An expiry forces a secret to be renewed and bounds the life of a leaked copy. Azure Key Vault secrets and GCP Secret Manager secrets carry an expiration time; AWS Secrets Manager secrets have none (use rotation), so the rule is not applicable there.',
  remediation: {
    steps: [
      'AWS: not applicable; configure rotation instead.',
      'Azure: set an expiration date on each Key Vault secret and renew it before it passes.',
      'GCP: set an expire time or TTL on the secret when it is meant to be temporary.',
      'Generic: set expiration_date (azurerm_key_vault_secret) or expire_time/ttl (google_secret_manager_secret) in IaC.',
    ],
    cli: 'az keyvault secret set-attributes --vault-name <VAULT> -n <SECRET> --expires 2027-06-30T00:00:00Z\ngcloud secrets update <SECRET> --expire-time=2027-06-30T00:00:00Z',
    terraform: 'resource "azurerm_key_vault_secret" "s" {\n  # ...\n  expiration_date = "2027-06-30T00:00:00Z"\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets',
    'https://cloud.google.com/secret-manager/docs/manage-expiration',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'IA-5(1)' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '9.3.3' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '9.3.4' },
    { framework: 'mcsb', control: 'IM-8' },
  ],
  version: 1,
  evaluate(asset) {
    const at = optionalFacet(asset, 'secret', 'expiresAt');
    if (at === undefined) return notApplicable('Secrets of this provider have no expiration date');
    const ev = [{ path: 'facets.expiresAt', observed: at, expected: 'a date' }];
    return at ? pass(`The secret expires on ${at}`, ev) : fail('The secret has no expiration date', ev);
  },
};
