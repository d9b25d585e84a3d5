import { fail, pass, type Rule } from '../../../core/rule.js';
import { nistOnly } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { clusterOf } from './support/cluster.js';

export const rule: Rule = {
  id: 'gcp.gke.legacy-abac-disabled',
  title: 'GKE cluster has legacy ABAC disabled',
  severity: 'high',
  providers: ['gcp'],
  types: [GCP.cluster],
  rationale:
    'Legacy ABAC grants broad, statically configured permissions that bypass Kubernetes RBAC; with it on, RBAC roles no longer ' +
    'describe who can do what in the cluster.',
  remediation: {
    steps: ['Make sure workloads and users have the RBAC roles they need.', 'Disable legacy authorization on the cluster.'],
    cli: 'gcloud container clusters update <CLUSTER> --location=<LOCATION> --no-enable-legacy-authorization',
    terraform: 'resource "google_container_cluster" "this" {\n  # ...\n  enable_legacy_abac = false\n}',
  },
  references: ['https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110'],
  compliance: nistOnly('AC-3', 'AC-6'),
  version: 1,
  evaluate(asset) {
    const c = clusterOf(asset);
    // Absent legacyAbac means disabled (the API default since GKE 1.8).
    const ev = [{ path: 'config.cluster.legacyAbac.enabled', observed: c.legacyAbac?.enabled ?? null, expected: false }];
    return c.legacyAbac?.enabled === true ? fail('Legacy ABAC is enabled', ev) : pass('Legacy ABAC is disabled', ev);
  },
};
