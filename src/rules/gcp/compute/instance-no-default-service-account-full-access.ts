import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { DEFAULT_COMPUTE_SA, instanceOf, isGkeNode } from './support/instance.js';

const FULL_ACCESS = 'https://www.googleapis.com/auth/cloud-platform';

export const rule: Rule = {
  id: 'gcp.compute.instance-no-default-service-account-full-access',
  title: 'VM instance does not use the default service account with full Cloud API access',
  severity: 'high',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'The default service account is an Editor on the project; with the cloud-platform scope nothing narrows what a process on ' +
    'the VM can do with its token, so a compromised VM can modify almost everything in the project.',
  remediation: {
    steps: ['Stop the instance.', 'Switch it to a dedicated service account, or at least remove the cloud-platform scope from the default one.', 'Start the instance.'],
    cli: 'gcloud compute instances stop <INSTANCE> --zone=<ZONE>\ngcloud compute instances set-service-account <INSTANCE> --zone=<ZONE> --service-account=<SA_EMAIL> --scopes=<SCOPES>\ngcloud compute instances start <INSTANCE> --zone=<ZONE>',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  service_account {\n    email  = google_service_account.vm.email\n    scopes = ["cloud-platform"] # a dedicated, least-privilege account\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam', 'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances'],
  compliance: mappings('4.2', ['AC-6']),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    if (isGkeNode(i)) return notApplicable('GKE node VMs are managed by GKE (CIS exception)');
    const accounts = i.serviceAccounts ?? [];
    const ev = accounts.map((s, n) => ({ path: `config.instance.serviceAccounts[${n}]`, observed: `${s.email}: ${(s.scopes ?? []).join(' ')}`, expected: 'not the default account with cloud-platform' }));
    const bad = accounts.find((s) => DEFAULT_COMPUTE_SA.test(s.email ?? '') && (s.scopes ?? []).includes(FULL_ACCESS));
    if (bad) return fail(`The default service account ${bad.email} has full access to all Cloud APIs`, ev);
    return pass('No default service account with the cloud-platform scope', ev.length ? ev : [{ path: 'config.instance.serviceAccounts', observed: [], expected: 'any' }]);
  },
};
