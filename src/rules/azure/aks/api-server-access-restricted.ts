import { type Rule } from '../../../core/rule.js';
import { fail, pass } from '../../../core/rule.js';
import { mcsb, nist } from '../support/frameworks.js';
import { AKS_TYPE, clusterOf } from './support/cluster.js';

const OPEN = new Set(['0.0.0.0/0', '*', '::/0']);

export const rule: Rule = {
  id: 'azure.aks.api-server-access-restricted',
  title: 'AKS API server is private or limited to authorized IP ranges',
  severity: 'high',
  providers: ['azure'],
  types: [AKS_TYPE],
  rationale: 'A public API server open to every address can be probed and brute-forced by anyone and is one leaked kubeconfig away from compromise; a private cluster or an allow-list of admin networks removes that exposure.',
  remediation: { steps: ['Set authorized IP ranges to the networks your administrators and pipelines use, or convert to a private cluster.', 'Check that CI/CD agents and admins still reach the API server.'], cli: 'az aks update --resource-group <rg> --name <cluster> --api-server-authorized-ip-ranges 203.0.113.0/24', terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  api_server_access_profile {\n    authorized_ip_ranges = ["203.0.113.0/24"]\n  }\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges', 'https://learn.microsoft.com/en-us/azure/aks/private-clusters'],
  compliance: [mcsb('NS-2'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const profile = clusterOf(asset).apiServerAccessProfile;
    const ranges = profile?.authorizedIPRanges ?? [];
    const evidence = [
      { path: 'config.cluster.apiServerAccessProfile.enablePrivateCluster', observed: profile?.enablePrivateCluster ?? null, expected: true },
      { path: 'config.cluster.apiServerAccessProfile.authorizedIPRanges', observed: ranges, expected: 'specific ranges (when not private)' },
    ];
    if (profile?.enablePrivateCluster === true) return pass('The API server is private', evidence);
    if (ranges.length && !ranges.some((r) => OPEN.has(r.trim()))) return pass(`The API server accepts only ${ranges.join(', ')}`, evidence);
    return fail(ranges.length ? `The authorized ranges include the whole internet (${ranges.join(', ')})` : 'The API server is public and accepts any address', evidence);
  },
};
