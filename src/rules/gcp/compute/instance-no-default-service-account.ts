import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { DEFAULT_COMPUTE_SA, instanceOf, isGkeNode } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.compute.instance-no-default-service-account',
  title: 'VM instance does not run as the default Compute Engine service account',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'The default Compute Engine service account is shared by every VM that does not choose another and is granted Editor on ' +
    'the project by default, so code running on any such VM can change most of the project.',
  remediation: {
    steps: ['Create a dedicated service account with only the roles the workload needs.', 'Stop the instance, set it to use that service account, and start it again.'],
    cli: 'gcloud compute instances stop <INSTANCE> --zone=<ZONE>\ngcloud compute instances set-service-account <INSTANCE> --zone=<ZONE> --service-account=<SA_EMAIL> --scopes=cloud-platform\ngcloud compute instances start <INSTANCE> --zone=<ZONE>',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  service_account {\n    email  = google_service_account.vm.email\n    scopes = ["cloud-platform"]\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/access/service-accounts#default_service_account', 'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances'],
  compliance: mappings('4.1', ['AC-6']),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    if (isGkeNode(i)) return notApplicable('GKE node VMs are managed by GKE (CIS exception)');
    const emails = (i.serviceAccounts ?? []).map((s) => s.email ?? '');
    const ev = [{ path: 'config.instance.serviceAccounts[].email', observed: emails, expected: 'not <number>-compute@developer.gserviceaccount.com' }];
    const def = emails.filter((e) => DEFAULT_COMPUTE_SA.test(e));
    if (def.length > 0) return fail(`The instance runs as the default service account ${def[0]}`, ev);
    return pass(emails.length ? `The instance runs as ${emails.join(', ')}` : 'The instance has no service account', ev);
  },
};
