import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.container.cluster-audit-logging',
  title: 'Kubernetes control-plane audit logs are collected',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['container.cluster'],
  rationale:
    'Kubernetes audit logs record who did what through the API server, the basis of any cluster investigation. EKS: the audit control-plane log type enabled; GKE: Cloud Logging enabled for the cluster. ' +
    'AKS exports control-plane logs through a diagnostic setting on the cluster, which is not part of the cluster resource: not applicable on Azure until those settings are collected.',
  remediation: {
    steps: [
      'AWS: enable the audit (and authenticator) control-plane log types on the EKS cluster.',
      'Azure: add a diagnostic setting on the AKS cluster sending kube-audit-admin (or kube-audit) to Log Analytics.',
      'GCP: keep Cloud Logging enabled for the cluster (logging service logging.googleapis.com/kubernetes).',
      'Generic: declare control-plane logging in IaC (enabled_cluster_log_types, azurerm_monitor_diagnostic_setting, logging_service).',
    ],
    cli: 'aws eks update-cluster-config --name <CLUSTER> --logging \'{"clusterLogging":[{"types":["audit","authenticator"],"enabled":true}]}\'\naz monitor diagnostic-settings create --name aks-audit --resource <CLUSTER_ID> --workspace <WS_ID> --logs \'[{"category":"kube-audit-admin","enabled":true}]\'\ngcloud container clusters update <CLUSTER> --logging=SYSTEM,WORKLOAD',
    terraform: 'resource "aws_eks_cluster" "c" {\n  # ...\n  enabled_cluster_log_types = ["audit", "authenticator"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    'https://learn.microsoft.com/en-us/azure/aks/monitor-aks#resource-logs',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/audit-logging',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AU-2' },
    { framework: 'nist-800-53-r5', control: 'AU-12' },
    { framework: 'aws-fsbp', control: 'EKS.8' },
    { framework: 'mcsb', control: 'LT-3' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'container.cluster', 'auditLogging', {
      expected: true,
      pass: 'Control-plane audit logs are collected',
      fail: 'Control-plane audit logs are not collected',
      optional: true,
      notModelled: 'Control-plane logging is configured outside the cluster resource for this provider (AKS diagnostic settings)',
    });
  },
};
