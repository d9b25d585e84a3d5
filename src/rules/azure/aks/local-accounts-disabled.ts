import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { AKS_TYPE, clusterOf } from './support/cluster.js';

export const rule: Rule = {
  id: 'azure.aks.local-accounts-disabled',
  title: 'AKS cluster has local accounts disabled (Microsoft Entra ID only)',
  severity: 'medium',
  providers: ['azure'],
  types: [AKS_TYPE],
  rationale: 'The local cluster-admin credential (az aks get-credentials --admin) bypasses Microsoft Entra ID: it has no MFA, no conditional access and no per-user audit, and anyone who can fetch it is cluster-admin.',
  remediation: { steps: ['Enable Microsoft Entra integration and give admins Kubernetes RBAC roles through groups.', 'Disable local accounts on the cluster.', 'Rotate the cluster certificates so previously fetched admin kubeconfigs stop working.'], cli: 'az aks update --resource-group <rg> --name <cluster> --disable-local-accounts', terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  local_account_disabled = true\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/aks/manage-local-accounts-managed-azure-ad'],
  compliance: [mcsb('IM-1'), nist('IA-2')],
  version: 1,
  evaluate(asset) {
    const value = clusterOf(asset).disableLocalAccounts;
    // Documented default: local accounts are enabled unless disabled explicitly.
    const evidence = { path: 'config.cluster.disableLocalAccounts', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'Local accounts are disabled', 'The local cluster-admin account is enabled');
  },
};
