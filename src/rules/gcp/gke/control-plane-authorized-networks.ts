import { fail, pass, type Rule } from '../../../core/rule.js';
import { nistOnly } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { authorizedNetworks, clusterOf } from './support/cluster.js';

export const rule: Rule = {
  id: 'gcp.gke.control-plane-authorized-networks',
  title: 'GKE control plane accepts connections only from authorized networks',
  severity: 'high',
  providers: ['gcp'],
  types: [GCP.cluster],
  rationale:
    'Without authorized networks the Kubernetes API server answers anyone on the internet, leaving authentication as the only ' +
    'barrier against credential attacks and API server vulnerabilities.',
  remediation: {
    steps: ['Enable control plane authorized networks with the CIDR ranges of your administrators and CI.'],
    cli: 'gcloud container clusters update <CLUSTER> --location=<LOCATION> --enable-master-authorized-networks --master-authorized-networks=<CIDR1>,<CIDR2>',
    terraform: 'resource "google_container_cluster" "this" {\n  # ...\n  master_authorized_networks_config {\n    cidr_blocks {\n      cidr_block   = "203.0.113.0/24"\n      display_name = "office"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks'],
  compliance: nistOnly('SC-7', 'AC-17'),
  version: 1,
  evaluate(asset) {
    const cfg = authorizedNetworks(clusterOf(asset));
    const blocks = (cfg?.cidrBlocks ?? []).map((b) => b.cidrBlock ?? '');
    const ev = [
      { path: 'config.cluster.masterAuthorizedNetworksConfig.enabled', observed: cfg?.enabled ?? null, expected: true },
      { path: 'config.cluster.masterAuthorizedNetworksConfig.cidrBlocks', observed: blocks, expected: 'no 0.0.0.0/0' },
    ];
    if (cfg?.enabled !== true) return fail('Authorized networks are not enabled: the control plane accepts any source address', ev);
    if (blocks.includes('0.0.0.0/0')) return fail('Authorized networks include 0.0.0.0/0', ev);
    return pass(`The control plane accepts ${blocks.length ? blocks.join(', ') : 'no external ranges'}`, ev);
  },
};
