import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { instanceOf, isGkeNode } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.compute.instance-no-public-ip',
  title: 'VM instance has no external IP address',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'An external IP puts the VM directly on the internet, where only firewall rules stand between its services and scanners. ' +
    'Instances behind load balancers, Cloud NAT and IAP TCP forwarding need none.',
  remediation: {
    steps: ['Put public services behind a load balancer, use Cloud NAT for egress and IAP TCP forwarding for administration.', 'Delete the access config that gives the interface its external IP.', 'Enforce the compute.vmExternalIpAccess organization policy constraint.'],
    cli: 'gcloud compute instances delete-access-config <INSTANCE> --zone=<ZONE> --access-config-name="External NAT"',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  network_interface {\n    subnetwork = google_compute_subnetwork.private.id\n    # no access_config block: no external IP\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/ip-addresses/configure-static-external-ip-address#unassign_ip', 'https://cloud.google.com/iap/docs/using-tcp-forwarding'],
  compliance: mappings('4.9', ['SC-7']),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    if (isGkeNode(i)) return notApplicable('GKE node VMs are managed by GKE (CIS exception)');
    // An access config means an external IP even while natIP is absent (stopped VM with an ephemeral address).
    const configs = (i.networkInterfaces ?? []).flatMap((n, k) => [...(n.accessConfigs ?? []), ...(n.ipv6AccessConfigs ?? [])].map((c) => ({ nic: n.name ?? `nic${k}`, ip: c.natIP ?? c.externalIpv6 ?? '(ephemeral)' })));
    const ev = [{ path: 'config.instance.networkInterfaces[].accessConfigs', observed: configs.map((c) => `${c.nic}: ${c.ip}`), expected: [] }];
    if (configs.length > 0) return fail(`External IP on ${configs.map((c) => `${c.nic} (${c.ip})`).join(', ')}`, ev);
    return pass('No network interface has an external IP', ev);
  },
};
