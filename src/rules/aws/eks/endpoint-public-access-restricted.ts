import { fail, MissingData, pass, type Rule } from '../../../core/rule.js';
import { CLUSTER_ASPECT, needCluster } from './support/cluster.js';

/** CIDRs that let the whole internet in. */
const OPEN = new Set(['0.0.0.0/0', '::/0']);

export const rule: Rule = {
  id: 'aws.eks.endpoint-public-access-restricted',
  title: 'Public EKS API endpoints are limited to known networks',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EKS::Cluster'],
  rationale:
    'EKS creates public endpoints open to 0.0.0.0/0 unless told otherwise. Anyone on the internet can then reach the Kubernetes API server to try stolen credentials or exploit API server flaws; limiting the public endpoint to office and CI address ranges removes that exposure without losing remote access.',
  remediation: {
    steps: [
      'List the address ranges administrators and CI connect from.',
      'Set them as the public access CIDRs (or disable the public endpoint entirely).',
    ],
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=true,publicAccessCidrs="203.0.113.0/24",endpointPrivateAccess=true',
    terraform: 'resource "aws_eks_cluster" "example" {\n  # ...\n  vpc_config {\n    subnet_ids              = var.private_subnet_ids\n    endpoint_private_access = true\n    endpoint_public_access  = true\n    public_access_cidrs     = ["203.0.113.0/24"]\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-1',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EKS.1' }],
  version: 1,
  evaluate(asset) {
    const vpc = needCluster(asset).resourcesVpcConfig;
    const base = `config.${CLUSTER_ASPECT}.resourcesVpcConfig`;
    if (typeof vpc?.endpointPublicAccess !== 'boolean') throw new MissingData('DescribeCluster returned no endpointPublicAccess', [{ path: `${base}.endpointPublicAccess`, observed: null, expected: 'collected' }]);
    if (!vpc.endpointPublicAccess) return pass('The cluster has no public API endpoint', [{ path: `${base}.endpointPublicAccess`, observed: false, expected: 'false, or true with restricted CIDRs' }]);
    const cidrs = vpc.publicAccessCidrs;
    // EKS always reports the CIDRs of a public endpoint; without them the exposure cannot be judged.
    if (!cidrs?.length) throw new MissingData('The endpoint is public but DescribeCluster returned no publicAccessCidrs', [{ path: `${base}.publicAccessCidrs`, observed: null, expected: 'the allowed CIDRs' }]);
    const open = cidrs.filter((c) => OPEN.has(c.trim()));
    const evidence = [{ path: `${base}.publicAccessCidrs`, observed: cidrs, expected: 'no 0.0.0.0/0 or ::/0' }];
    if (open.length) return fail(`The public API endpoint is open to the internet (${open.join(', ')})`, evidence);
    return pass(`The public API endpoint only accepts ${cidrs.join(', ')}`, evidence);
  },
};
