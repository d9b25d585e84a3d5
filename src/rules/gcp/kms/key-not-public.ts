import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { publicGrants, type IamPolicy } from '../support/iam-policy.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.kms.key-not-public',
  title: 'Cloud KMS key is not accessible to allUsers or allAuthenticatedUsers',
  severity: 'critical',
  providers: ['gcp'],
  types: [GCP.cryptoKey],
  rationale:
    'A KMS key granted to allUsers or allAuthenticatedUsers lets anyone use it, or read and change its policy, depending on the ' +
    'role: encrypted data is then only as private as the ciphertext.',
  remediation: {
    steps: ['Remove allUsers and allAuthenticatedUsers from the key IAM policy.', 'Enforce domain-restricted sharing (iam.allowedPolicyMemberDomains).'],
    cli: 'gcloud kms keys remove-iam-policy-binding <KEY> --keyring=<KEY_RING> --location=<LOCATION> --member=allUsers --role=<ROLE>',
    terraform: 'resource "google_kms_crypto_key_iam_member" "app" {\n  crypto_key_id = google_kms_crypto_key.this.id\n  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"\n  member        = "serviceAccount:${google_service_account.app.email}"\n}',
  },
  references: ['https://cloud.google.com/kms/docs/iam', 'https://cloud.google.com/kms/docs/reference/permissions-and-roles'],
  compliance: mappings('1.9', ['AC-3', 'SC-12']),
  version: 1,
  evaluate(asset) {
    const { found, evidence } = publicGrants(need<IamPolicy | null>(asset, 'iamPolicy'));
    return found.length ? fail(`Public access to the key: ${found.join(', ')}`, evidence) : pass('The key IAM policy grants nothing to allUsers or allAuthenticatedUsers', evidence);
  },
};
