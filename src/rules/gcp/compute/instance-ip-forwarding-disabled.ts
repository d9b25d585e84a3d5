import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { instanceOf, isGkeNode } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.compute.instance-ip-forwarding-disabled',
  title: 'VM instance does not have IP forwarding enabled',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'With IP forwarding the VM may send and receive packets for addresses that are not its own, so it can route or spoof ' +
    'traffic around firewall rules; only purpose-built routers and appliances need it.',
  remediation: {
    steps: ['Export the instance configuration, set canIpForward to false and update the instance from the file (or recreate it).'],
    cli: 'gcloud compute instances export <INSTANCE> --zone=<ZONE> --destination=vm.yaml\n# edit vm.yaml: canIpForward: false\ngcloud compute instances update-from-file <INSTANCE> --zone=<ZONE> --source=vm.yaml --most-disruptive-allowed-action=REFRESH',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  can_ip_forward = false\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/using-routes#canipforward'],
  compliance: mappings('4.6', ['SC-7', 'CM-7']),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    if (isGkeNode(i)) return notApplicable('GKE node VMs need IP forwarding (CIS exception)');
    const ev = [{ path: 'config.instance.canIpForward', observed: i.canIpForward ?? null, expected: false }];
    // Absent means false (the API default).
    return i.canIpForward === true ? fail('IP forwarding is enabled', ev) : pass('IP forwarding is disabled', ev);
  },
};
