import type { Rule } from '../../../core/rule.js';
import { needFacet } from '../../../core/facets.js';
import { pass } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.compute.instance-identity-not-broad',
  title: 'Compute instance identity does not have broad rights',
  severity: 'high',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['compute.instance'],
  rationale:
    'Anyone who runs code on an instance can use its identity. An identity with project- or subscription-wide rights turns one compromised VM into a compromised environment. ' +
    'GCP: the Compute Engine default service account (Editor by default) with the cloud-platform scope. AWS instance profiles and Azure managed identities are judged by their role policies and assignments, which are other assets: the rule is not applicable there when an identity is attached (see the identity rules), and passes when none is.',
  remediation: {
    steps: [
      'AWS: attach an instance profile whose role grants only what the workload needs.',
      'Azure: scope the managed identity\'s role assignments to the resources it needs.',
      'GCP: run the instance as a dedicated service account with narrow roles, or keep the default account with limited scopes; disable the default account\'s Editor grant (iam.automaticIamGrantsForDefaultServiceAccounts).',
      'Generic: declare a dedicated identity per workload in IaC.',
    ],
    cli: 'gcloud compute instances set-service-account <VM> --zone <ZONE> --service-account <SA_EMAIL> --scopes cloud-platform',
    terraform: 'resource "google_compute_instance" "vm" {\n  # ...\n  service_account {\n    email  = google_service_account.app.email\n    scopes = ["cloud-platform"]\n  }\n}',
  },
  references: [
    'https://cloud.google.com/compute/docs/access/service-accounts#default_service_account',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
    'https://learn.microsoft.com/en-us/entra/identity/managed-identities-azure-resources/overview',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AC-6' },
    { framework: 'nist-800-53-r5', control: 'AC-6(5)' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '4.2' },
    { framework: 'mcsb', control: 'PA-7' },
  ],
  version: 1,
  evaluate(asset) {
    const attached = needFacet(asset, 'compute.instance', 'identityAttached');
    if (!attached) return pass('No identity is attached to the instance', [{ path: 'facets.identityAttached', observed: false, expected: 'no broad identity' }]);
    return expectFacet(asset, 'compute.instance', 'identityBroad', {
      expected: false,
      pass: 'The attached identity is not a broad default identity',
      fail: 'The instance runs as the default service account with the cloud-platform scope',
      optional: true,
      notModelled: 'Whether the attached identity is broad depends on its role policies or assignments, judged by the identity rules',
    });
  },
};
