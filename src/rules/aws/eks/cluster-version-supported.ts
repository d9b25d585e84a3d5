import { fail, MissingData, pass, type Rule } from '../../../core/rule.js';
import { CLUSTER_ASPECT, needCluster } from './support/cluster.js';
import { supportPhase } from './support/versions.js';

export const rule: Rule = {
  id: 'aws.eks.cluster-version-supported',
  title: 'EKS clusters run a Kubernetes version in standard support',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EKS::Cluster'],
  rationale:
    'Kubernetes minor versions get security fixes on EKS for 14 months of standard support. In extended support patches continue at extra cost per cluster hour, and at its end EKS upgrades the cluster on its own schedule, which can break workloads. As Security Hub does, a cluster in extended support fails.',
  remediation: {
    steps: [
      'Review the upgrade insights for the cluster and fix deprecated API usage.',
      'Upgrade the control plane one minor version at a time, then node groups and add-ons.',
    ],
    cli: 'aws eks update-cluster-version --name <cluster> --kubernetes-version <next-minor-version>',
    terraform: 'resource "aws_eks_cluster" "example" {\n  # ...\n  version = "1.35"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-2',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EKS.2' }],
  version: 1,
  evaluate(asset) {
    const version = needCluster(asset).version;
    const path = `config.${CLUSTER_ASPECT}.version`;
    if (!version) throw new MissingData('DescribeCluster returned no version', [{ path, observed: null, expected: 'a Kubernetes version' }]);
    const s = supportPhase(version, new Date(asset.observedAt));
    const evidence = [{ path, observed: version, expected: `a version in EKS standard support on ${asset.observedAt.slice(0, 10)}` }];
    switch (s.phase) {
      case 'unparsable':
        throw new MissingData(`Kubernetes version ${version} is not a <major>.<minor> version`, evidence);
      case 'standard':
        return pass(s.until ? `Kubernetes ${version} is in standard support until ${s.until}` : `Kubernetes ${version} is newer than every version in the release calendar`, evidence);
      case 'extended':
        return fail(`Kubernetes ${version} left standard support on ${s.standardEnded}; extended support (billed) ends ${s.until}`, evidence);
      case 'unsupported':
        return fail(`Kubernetes ${version} is past the end of EKS support${s.since ? ` (${s.since})` : ''}`, evidence);
    }
  },
};
