import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { AKS_TYPE, clusterOf } from './support/cluster.js';

export const rule: Rule = {
  id: 'azure.aks.network-policy-configured',
  title: 'AKS cluster enforces Kubernetes network policies',
  severity: 'medium',
  providers: ['azure'],
  types: [AKS_TYPE],
  rationale: 'Without a network policy engine every pod can reach every other pod; one compromised container can then scan and attack the whole cluster. A policy engine lets namespaces and workloads be isolated.',
  remediation: { steps: ['Enable a network policy engine (Azure, Calico or Cilium).', 'Write NetworkPolicy objects that deny by default and allow the flows each workload needs.'], cli: 'az aks update --resource-group <rg> --name <cluster> --network-policy azure', terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  network_profile {\n    network_plugin = "azure"\n    network_policy = "azure"\n  }\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/aks/use-network-policies'],
  compliance: [mcsb('NS-1'), nist('SC-7')],
  version: 1,
  evaluate(asset) {
    const policy = clusterOf(asset).networkProfile?.networkPolicy;
    // Unset (or 'none') means no policy engine: NetworkPolicy objects are accepted but not enforced.
    const evidence = { path: 'config.cluster.networkProfile.networkPolicy', observed: policy ?? null, expected: 'azure, calico or cilium' };
    return check(!!policy && policy.toLowerCase() !== 'none', evidence, `Network policies are enforced by ${policy}`, 'No network policy engine is configured');
  },
};
