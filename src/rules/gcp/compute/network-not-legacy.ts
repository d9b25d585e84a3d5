import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.compute.network-not-legacy',
  title: 'Network is a VPC network, not a legacy network',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.network],
  rationale:
    'A legacy network has one global address range and gateway and no subnets, so it cannot be segmented, uses none of the ' +
    'newer VPC controls (flow logs, Private Google Access) and concentrates traffic on a single point of failure.',
  remediation: {
    steps: ['Create a custom-mode VPC network and migrate the instances of the legacy network to it.', 'Delete the legacy network.'],
    cli: 'gcloud compute networks create <NETWORK> --subnet-mode=custom\ngcloud compute networks delete <LEGACY_NETWORK>',
    terraform: 'resource "google_compute_network" "vpc" {\n  name                    = "main"\n  auto_create_subnetworks = false\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/legacy'],
  compliance: mappings('3.2', ['SC-7']),
  version: 1,
  evaluate(asset) {
    const n = need<compute_v1.Schema$Network>(asset, 'network');
    // Only legacy networks carry a network-wide IPv4Range.
    const ev = [{ path: 'config.network.IPv4Range', observed: n.IPv4Range ?? null, expected: null }];
    return n.IPv4Range ? fail(`Network ${n.name} is a legacy network (${n.IPv4Range})`, ev) : pass(`Network ${n.name} is a VPC network`, ev);
  },
};
