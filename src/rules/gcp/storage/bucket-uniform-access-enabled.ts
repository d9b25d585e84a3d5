import type { storage_v1 } from 'googleapis/build/src/apis/storage/v1.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.storage.bucket-uniform-access-enabled',
  title: 'Cloud Storage bucket has uniform bucket-level access enabled',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.bucket],
  rationale:
    'With fine-grained access, object ACLs grant access alongside IAM, so a bucket whose IAM policy looks private can still ' +
    'hold public objects. Uniform access turns ACLs off and makes the bucket IAM policy the only word on access.',
  remediation: {
    steps: ['Move any access granted through object ACLs into bucket IAM bindings.', 'Enable uniform bucket-level access.', 'Enforce storage.uniformBucketLevelAccess for new buckets.'],
    cli: 'gcloud storage buckets update gs://<BUCKET> --uniform-bucket-level-access',
    terraform: 'resource "google_storage_bucket" "this" {\n  # ...\n  uniform_bucket_level_access = true\n}',
  },
  references: ['https://cloud.google.com/storage/docs/uniform-bucket-level-access', 'https://cloud.google.com/storage/docs/using-uniform-bucket-level-access'],
  compliance: mappings('5.2', ['AC-3', 'AC-6']),
  version: 1,
  evaluate(asset) {
    const b = need<storage_v1.Schema$Bucket>(asset, 'bucket');
    const enabled = b.iamConfiguration?.uniformBucketLevelAccess?.enabled ?? null;
    const ev = [{ path: 'config.bucket.iamConfiguration.uniformBucketLevelAccess.enabled', observed: enabled, expected: true }];
    return enabled === true ? pass('Uniform bucket-level access is enabled', ev) : fail('The bucket uses fine-grained access (object ACLs are honoured)', ev);
  },
};
