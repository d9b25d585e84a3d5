import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { effectiveMetadata, instanceOf, isGkeNode, metadataFlag } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.compute.instance-os-login-enabled',
  title: 'VM instance has OS Login enabled',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'OS Login ties SSH access to IAM identities: removing a person from IAM removes their access to every VM, instead of ' +
    'leaving keys behind in metadata that someone has to find and delete.',
  remediation: {
    steps: ['Set enable-oslogin=TRUE in the project metadata.', 'Remove enable-oslogin=FALSE overrides from instance metadata.', 'Grant roles/compute.osLogin (or osAdminLogin) to the people who need SSH.'],
    cli: 'gcloud compute project-info add-metadata --metadata=enable-oslogin=TRUE\ngcloud compute instances remove-metadata <INSTANCE> --zone=<ZONE> --keys=enable-oslogin',
    terraform: 'resource "google_compute_project_metadata_item" "oslogin" {\n  key   = "enable-oslogin"\n  value = "TRUE"\n}',
  },
  references: ['https://cloud.google.com/compute/docs/oslogin/set-up-oslogin', 'https://cloud.google.com/compute/docs/instances/access-overview'],
  compliance: mappings('4.4', ['AC-2', 'IA-2']),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    if (isGkeNode(i)) return notApplicable('GKE node VMs are managed by GKE (CIS exception)');
    const { value, from, path } = effectiveMetadata(asset, i, 'enable-oslogin');
    const ev = [{ path, observed: value ?? null, expected: 'TRUE' }];
    const where = from === 'project' ? 'the project metadata (inherited)' : 'the instance metadata';
    if (metadataFlag(value) === true) return pass(`OS Login is enabled in ${where}`, ev);
    // Unset on both the instance and the project means OS Login is off (Compute Engine default).
    if (from === 'unset') return fail('enable-oslogin is set neither on the instance nor in the project metadata (default: off)', ev);
    return fail(`OS Login is turned off in ${where} (enable-oslogin=${value})`, ev);
  },
};
