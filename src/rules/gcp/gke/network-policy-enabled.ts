import { fail, pass, type Rule } from '../../../core/rule.js';
import { nistOnly } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { clusterOf } from './support/cluster.js';

export const rule: Rule = {
  id: 'gcp.gke.network-policy-enabled',
  title: 'GKE cluster enforces Kubernetes network policies',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.cluster],
  rationale:
    'Without network policy enforcement every pod can reach every other pod, so one compromised workload can probe and attack the ' +
    'rest of the cluster. Enforcement (Calico or GKE Dataplane V2) makes NetworkPolicy objects take effect.',
  remediation: {
    steps: ['Enable network policy enforcement (or create new clusters with Dataplane V2).', 'Add NetworkPolicy objects that default-deny and allow only needed traffic.'],
    cli: 'gcloud container clusters update <CLUSTER> --location=<LOCATION> --update-addons=NetworkPolicy=ENABLED\ngcloud container clusters update <CLUSTER> --location=<LOCATION> --enable-network-policy',
    terraform: 'resource "google_container_cluster" "this" {\n  # ...\n  datapath_provider = "ADVANCED_DATAPATH" # Dataplane V2 enforces network policy\n}',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy', 'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2'],
  compliance: nistOnly('SC-7', 'AC-4'),
  version: 1,
  evaluate(asset) {
    const c = clusterOf(asset);
    const dp = c.networkConfig?.datapathProvider ?? null;
    const ev = [
      { path: 'config.cluster.networkPolicy.enabled', observed: c.networkPolicy?.enabled ?? null, expected: true },
      { path: 'config.cluster.networkConfig.datapathProvider', observed: dp, expected: 'ADVANCED_DATAPATH (alternative)' },
    ];
    if (dp === 'ADVANCED_DATAPATH') return pass('Dataplane V2 enforces network policies', ev);
    return c.networkPolicy?.enabled === true ? pass(`Network policy is enforced (${c.networkPolicy.provider ?? 'CALICO'})`, ev) : fail('Network policies are not enforced', ev);
  },
};
