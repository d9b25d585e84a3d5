import type { Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { separationOfDuties } from './support/separation.js';

const USAGE = ['roles/cloudkms.cryptoKeyEncrypterDecrypter', 'roles/cloudkms.cryptoKeyEncrypter', 'roles/cloudkms.cryptoKeyDecrypter'];

export const rule: Rule = {
  id: 'gcp.iam.kms-roles-separated',
  title: 'No principal is both Cloud KMS Admin and a CryptoKey Encrypter/Decrypter',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.project],
  rationale:
    'Cloud KMS Admin manages keys and their IAM policies; the encrypter/decrypter roles use keys on data. Keeping them on ' +
    'different principals means nobody can both change who may use a key and decrypt data with it.',
  remediation: {
    steps: [
      'List principals holding roles/cloudkms.admin together with an encrypter/decrypter role on the project.',
      'Remove one of the two roles from each, moving the duty to a separate principal.',
    ],
    cli: 'gcloud projects remove-iam-policy-binding <PROJECT_ID> --member=<MEMBER> --role=roles/cloudkms.cryptoKeyEncrypterDecrypter',
    terraform: '# Admins manage keys; workloads use them:\nresource "google_kms_crypto_key_iam_member" "app" {\n  crypto_key_id = google_kms_crypto_key.this.id\n  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"\n  member        = "serviceAccount:${google_service_account.app.email}"\n}',
  },
  references: ['https://cloud.google.com/kms/docs/separation-of-duties', 'https://cloud.google.com/kms/docs/reference/permissions-and-roles'],
  compliance: mappings('1.11', ['AC-5']),
  version: 1,
  evaluate: (asset) => separationOfDuties(asset, 'roles/cloudkms.admin', USAGE, 'a CryptoKey encrypter/decrypter role'),
};
