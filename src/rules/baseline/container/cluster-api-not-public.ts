import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.container.cluster-api-not-public',
  title: 'Kubernetes API endpoint is not open to the whole internet',
  severity: 'high',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['container.cluster'],
  rationale:
    'A Kubernetes API server reachable from any address is exposed to credential attacks and API server vulnerabilities. Public means: EKS public endpoint with 0.0.0.0/0 allowed; AKS not private and no authorized IP ranges (or 0.0.0.0/0); GKE without a private endpoint and without authorized networks (or with 0.0.0.0/0).',
  remediation: {
    steps: [
      'AWS: disable the EKS public endpoint, or restrict publicAccessCidrs to known ranges.',
      'Azure: make the AKS cluster private, or set API server authorized IP ranges.',
      'GCP: enable the private endpoint, or enable control plane authorized networks with known ranges.',
      'Generic: declare endpoint access in IaC (vpc_config.public_access_cidrs, api_server_access_profile, master_authorized_networks_config).',
    ],
    cli: 'aws eks update-cluster-config --name <CLUSTER> --resources-vpc-config endpointPublicAccess=false,endpointPrivateAccess=true\naz aks update -g <RG> -n <CLUSTER> --api-server-authorized-ip-ranges 203.0.113.0/24\ngcloud container clusters update <CLUSTER> --enable-master-authorized-networks --master-authorized-networks 203.0.113.0/24',
    terraform: 'resource "google_container_cluster" "c" {\n  # ...\n  master_authorized_networks_config {\n    cidr_blocks { cidr_block = "203.0.113.0/24" }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html',
    'https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-7' },
    { framework: 'nist-800-53-r5', control: 'AC-17' },
    { framework: 'aws-fsbp', control: 'EKS.1' },
    { framework: 'mcsb', control: 'NS-2' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'container.cluster', 'publicEndpoint', { expected: false, pass: 'The API endpoint is private or limited to known ranges', fail: 'The API endpoint accepts connections from any internet address' });
  },
};
