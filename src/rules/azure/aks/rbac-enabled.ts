import { type Rule, unknown } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { AKS_TYPE, clusterOf } from './support/cluster.js';

export const rule: Rule = {
  id: 'azure.aks.rbac-enabled',
  title: 'AKS cluster has Kubernetes RBAC enabled',
  severity: 'high',
  providers: ['azure'],
  types: [AKS_TYPE],
  rationale: 'Without Kubernetes RBAC every authenticated user and service account gets full access to the cluster API; RBAC is the basis of any least-privilege access in the cluster.',
  remediation: { steps: ['Kubernetes RBAC can only be chosen at creation: create a new cluster with RBAC (and Microsoft Entra integration) and move workloads to it.'], cli: 'az aks create --resource-group <rg> --name <cluster> --enable-aad --enable-azure-rbac   # RBAC is on unless --disable-rbac is given', terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  role_based_access_control_enabled = true\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/aks/concepts-identity#kubernetes-rbac'],
  compliance: [mcsb('PA-7'), nist('AC-3'), nist('AC-6')],
  version: 1,
  evaluate(asset) {
    const value = clusterOf(asset).enableRbac;
    const evidence = { path: 'config.cluster.enableRbac', observed: value ?? null, expected: true };
    // The API reports the flag for every cluster; without it we cannot tell.
    if (value === undefined || value === null) return unknown('enableRbac was not reported', [evidence]);
    return check(value, evidence, 'Kubernetes RBAC is enabled', 'Kubernetes RBAC is disabled');
  },
};
