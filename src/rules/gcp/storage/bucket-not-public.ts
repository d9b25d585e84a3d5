import type { storage_v1 } from 'googleapis/build/src/apis/storage/v1.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { PUBLIC_MEMBERS, publicGrants, type IamPolicy } from '../support/iam-policy.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.storage.bucket-not-public',
  title: 'Cloud Storage bucket is not accessible to allUsers or allAuthenticatedUsers',
  severity: 'critical',
  providers: ['gcp'],
  types: [GCP.bucket],
  rationale:
    'A bucket binding for allUsers serves its objects to anyone on the internet; allAuthenticatedUsers means any Google account ' +
    'in the world, not just your organization. Either exposes whatever the bucket holds.',
  remediation: {
    steps: ['Remove allUsers and allAuthenticatedUsers from the bucket IAM policy.', 'Serve intentionally public content through a dedicated bucket or Cloud CDN, and enforce public access prevention elsewhere.'],
    cli: 'gcloud storage buckets remove-iam-policy-binding gs://<BUCKET> --member=allUsers --role=<ROLE>\ngcloud storage buckets update gs://<BUCKET> --public-access-prevention',
    terraform: 'resource "google_storage_bucket" "this" {\n  # ...\n  public_access_prevention = "enforced"\n}',
  },
  references: ['https://cloud.google.com/storage/docs/public-access-prevention', 'https://cloud.google.com/storage/docs/access-control/iam'],
  compliance: mappings('5.1', ['AC-3']),
  version: 1,
  evaluate(asset) {
    const policy = need<IamPolicy | null>(asset, 'iamPolicy');
    const { found, evidence } = publicGrants(policy);
    // With fine-grained access, a bucket ACL entry (listed with projection=full) can also grant the public.
    const acl = need<storage_v1.Schema$Bucket>(asset, 'bucket').acl ?? [];
    const publicAcl = acl.map((a, i) => ({ a, i })).filter(({ a }) => PUBLIC_MEMBERS.includes(a.entity ?? ''));
    for (const { a, i } of publicAcl) {
      found.push(`ACL ${a.entity} has ${a.role}`);
      evidence.push({ path: `config.bucket.acl[${i}].entity`, observed: a.entity, expected: 'no allUsers/allAuthenticatedUsers' });
    }
    // Public access prevention makes such grants ineffective (it blocks allUsers/allAuthenticatedUsers access).
    const pap = need<storage_v1.Schema$Bucket>(asset, 'bucket').iamConfiguration?.publicAccessPrevention;
    if (found.length && pap === 'enforced') {
      evidence.push({ path: 'config.bucket.iamConfiguration.publicAccessPrevention', observed: pap, expected: 'enforced' });
      return pass(`Public access prevention is enforced, so these grants have no effect: ${found.join(', ')}`, evidence);
    }
    return found.length ? fail(`Public access: ${found.join(', ')}`, evidence) : pass('Neither the bucket IAM policy nor its ACL grants anything to allUsers or allAuthenticatedUsers', evidence);
  },
};
