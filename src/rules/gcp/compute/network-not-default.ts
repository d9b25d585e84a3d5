import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.compute.network-not-default',
  title: 'The project has no network named default',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.network],
  rationale:
    'The default network is an auto-mode VPC created with rules that allow SSH, RDP and ICMP from anywhere and all traffic ' +
    'between instances. Networks should be designed on purpose, with their own subnets and firewall rules.',
  remediation: {
    steps: ['Create a custom-mode VPC with the subnets and firewall rules the workloads need and move them to it.', 'Delete the default network.', 'Enforce compute.skipDefaultNetworkCreation for new projects.'],
    cli: 'gcloud compute networks create <NETWORK> --subnet-mode=custom\ngcloud compute networks delete default',
    terraform: 'resource "google_compute_network" "vpc" {\n  name                    = "main"\n  auto_create_subnetworks = false\n}',
  },
  references: ['https://cloud.google.com/vpc/docs/vpc#default-network', 'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints'],
  compliance: mappings('3.1', ['SC-7', 'CM-7']),
  version: 1,
  evaluate(asset) {
    const n = need<compute_v1.Schema$Network>(asset, 'network');
    const ev = [{ path: 'config.network.name', observed: n.name ?? null, expected: 'not "default"' }];
    return n.name === 'default' ? fail('The default network exists', ev) : pass(`Network ${n.name} is not the default network`, ev);
  },
};
