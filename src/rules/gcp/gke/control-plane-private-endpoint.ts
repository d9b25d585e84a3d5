import { fail, pass, type Rule } from '../../../core/rule.js';
import { nistOnly } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { clusterOf } from './support/cluster.js';

export const rule: Rule = {
  id: 'gcp.gke.control-plane-private-endpoint',
  title: 'GKE control plane has no public endpoint',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.cluster],
  rationale:
    'With the public endpoint disabled the API server is reachable only from the VPC (or through the DNS-based endpoint with IAM), ' +
    'which removes it from internet scanning altogether.',
  remediation: {
    steps: ['Give administrators and CI a path into the VPC (bastion, VPN, Interconnect) or use the DNS-based endpoint.', 'Disable the public IP endpoint of the control plane.'],
    cli: 'gcloud container clusters update <CLUSTER> --location=<LOCATION> --enable-private-endpoint',
    terraform: 'resource "google_container_cluster" "this" {\n  # ...\n  private_cluster_config {\n    enable_private_nodes    = true\n    enable_private_endpoint = true\n  }\n}',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation', 'https://cloud.google.com/kubernetes-engine/docs/how-to/latest/network-isolation'],
  compliance: nistOnly('SC-7'),
  version: 1,
  evaluate(asset) {
    const c = clusterOf(asset);
    const ip = c.controlPlaneEndpointsConfig?.ipEndpointsConfig;
    const ev = [
      { path: 'config.cluster.controlPlaneEndpointsConfig.ipEndpointsConfig.enablePublicEndpoint', observed: ip?.enablePublicEndpoint ?? null, expected: false },
      { path: 'config.cluster.privateClusterConfig.enablePrivateEndpoint', observed: c.privateClusterConfig?.enablePrivateEndpoint ?? null, expected: true },
    ];
    const privateOnly = ip?.enablePublicEndpoint === false || (ip?.enablePublicEndpoint == null && c.privateClusterConfig?.enablePrivateEndpoint === true);
    return privateOnly ? pass('The control plane has no public endpoint', ev) : fail(`The control plane has a public endpoint${c.privateClusterConfig?.publicEndpoint ? ` (${c.privateClusterConfig.publicEndpoint})` : ''}`, ev);
  },
};
