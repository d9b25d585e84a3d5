import { fail, MissingData, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { CLUSTER_ASPECT, needCluster } from './support/cluster.js';

export const rule: Rule = {
  id: 'aws.eks.endpoint-not-public',
  title: 'EKS cluster API endpoints are not publicly accessible',
  // Security Hub rates EKS.1 high; a public endpoint limited to known CIDRs is a common, defensible design,
  // so this strict check is medium and `aws.eks.endpoint-public-access-restricted` carries the high-risk case.
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EKS::Cluster'],
  rationale:
    'With the public endpoint on, the Kubernetes API server is reachable from the internet (from the allowed CIDRs); a leaked kubeconfig or token, or an API server vulnerability, can then be used from anywhere. A private endpoint keeps the control plane reachable only from the VPC and connected networks.',
  remediation: {
    steps: [
      'Make sure administrators and CI reach the VPC (VPN, Direct Connect, bastion or SSM) before cutting public access.',
      'Enable the private endpoint and disable the public endpoint.',
    ],
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
    terraform: 'resource "aws_eks_cluster" "example" {\n  # ...\n  vpc_config {\n    subnet_ids              = var.private_subnet_ids\n    endpoint_private_access = true\n    endpoint_public_access  = false\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EKS.1' }],
  version: 1,
  evaluate(asset) {
    const vpc = needCluster(asset).resourcesVpcConfig;
    const path = `config.${CLUSTER_ASPECT}.resourcesVpcConfig.endpointPublicAccess`;
    if (typeof vpc?.endpointPublicAccess !== 'boolean') throw new MissingData('DescribeCluster returned no endpointPublicAccess', [{ path, observed: null, expected: false }]);
    const evidence: Evidence[] = [{ path, observed: vpc.endpointPublicAccess, expected: false }];
    if (!vpc.endpointPublicAccess) return pass('The cluster API endpoint is private only', evidence);
    const cidrs = vpc.publicAccessCidrs ?? [];
    evidence.push({ path: `config.${CLUSTER_ASPECT}.resourcesVpcConfig.publicAccessCidrs`, observed: cidrs, expected: 'no public endpoint' });
    return fail(`The cluster API endpoint is public, reachable from ${cidrs.length ? cidrs.join(', ') : 'anywhere'}`, evidence);
  },
};
