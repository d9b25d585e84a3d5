import { fail, MissingData, pass, type Rule } from '../../../core/rule.js';
import { CLUSTER_ASPECT, needCluster } from './support/cluster.js';

export const rule: Rule = {
  id: 'aws.eks.audit-logging-enabled',
  title: 'EKS clusters send Kubernetes audit logs to CloudWatch',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EKS::Cluster'],
  rationale:
    'The Kubernetes audit log records every request to the API server: who read which secret, who created a privileged pod, who changed RBAC. Without it, an intrusion into the cluster leaves no control-plane trail to detect or investigate.',
  remediation: {
    steps: ['Enable the "audit" control plane log type (the "authenticator" and "api" types help investigations too).', 'Set a retention period on the /aws/eks/<cluster>/cluster log group.'],
    cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator"],"enabled":true}]}\'',
    terraform: 'resource "aws_eks_cluster" "example" {\n  # ...\n  enabled_cluster_log_types = ["api", "audit", "authenticator"]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-8',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EKS.8' }],
  version: 1,
  evaluate(asset) {
    const entries = needCluster(asset).logging?.clusterLogging;
    const path = `config.${CLUSTER_ASPECT}.logging.clusterLogging`;
    if (!entries) throw new MissingData('DescribeCluster returned no logging configuration', [{ path, observed: null, expected: 'collected' }]);
    const enabled = entries.filter((e) => e.enabled).flatMap((e) => e.types ?? []);
    const evidence = [{ path, observed: { enabled }, expected: { enabled: ['audit'] } }];
    if (!enabled.includes('audit')) return fail(`Audit logging is off (enabled log types: ${enabled.join(', ') || 'none'})`, evidence);
    return pass(`Audit logging is on (enabled log types: ${enabled.join(', ')})`, evidence);
  },
};
