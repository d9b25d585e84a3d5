import type { bigquery_v2 } from 'googleapis/build/src/apis/bigquery/v2.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.bigquery.dataset-default-cmek',
  title: 'BigQuery dataset has a default customer-managed encryption key',
  severity: 'low',
  providers: ['gcp'],
  types: [GCP.dataset],
  rationale:
    'A default Cloud KMS key makes every new table in the dataset use a key you control: you decide who may use it, see its ' +
    'use in audit logs, and can disable it to make the data unreadable.',
  remediation: {
    steps: ['Create a Cloud KMS key in the dataset location and let the BigQuery service account use it.', 'Set it as the dataset default key; re-copy existing tables with the key if they must be protected too.'],
    cli: 'bq update --default_kms_key=projects/<P>/locations/<LOC>/keyRings/<RING>/cryptoKeys/<KEY> <PROJECT>:<DATASET>',
    terraform: 'resource "google_bigquery_dataset" "this" {\n  # ...\n  default_encryption_configuration {\n    kms_key_name = google_kms_crypto_key.bq.id\n  }\n}',
  },
  references: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption'],
  compliance: mappings('7.3', ['SC-12', 'SC-28']),
  version: 1,
  evaluate(asset) {
    const d = need<bigquery_v2.Schema$Dataset>(asset, 'dataset');
    const key = d.defaultEncryptionConfiguration?.kmsKeyName ?? null;
    const ev = [{ path: 'config.dataset.defaultEncryptionConfiguration.kmsKeyName', observed: key, expected: 'a Cloud KMS key' }];
    return key ? pass(`New tables default to ${key}`, ev) : fail('No default customer-managed key: new tables use Google-managed encryption', ev);
  },
};
