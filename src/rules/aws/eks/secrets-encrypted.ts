import { fail, pass, type Rule } from '../../../core/rule.js';
import { CLUSTER_ASPECT, needCluster } from './support/cluster.js';

export const rule: Rule = {
  id: 'aws.eks.secrets-encrypted',
  title: 'EKS clusters encrypt Kubernetes secrets with a KMS key',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EKS::Cluster'],
  rationale:
    'Envelope encryption with a KMS key you control means Kubernetes secrets in etcd can only be decrypted through that key: access is logged in CloudTrail, can be revoked, and follows your key policy. Without an encryption config, secrets rest under keys AWS owns and you cannot audit or revoke their use.',
  remediation: {
    steps: ['Create (or pick) a symmetric customer managed KMS key in the cluster region.', 'Associate it with the cluster for the "secrets" resource (this cannot be undone or changed later).'],
    cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<kms-key-arn>"}}]\'',
    terraform: 'resource "aws_eks_cluster" "example" {\n  # ...\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3',
  ],
  compliance: [{ framework: 'nist-800-53-r5', control: 'SC-28' }],
  version: 1,
  evaluate(asset) {
    const configs = needCluster(asset).encryptionConfig ?? [];
    const forSecrets = configs.find((c) => c.resources?.includes('secrets') && c.provider?.keyArn);
    const evidence = [{ path: `config.${CLUSTER_ASPECT}.encryptionConfig`, observed: configs, expected: 'an entry for "secrets" with a KMS key' }];
    if (!forSecrets) return fail('Kubernetes secrets are not envelope-encrypted with a KMS key', evidence);
    return pass(`Kubernetes secrets are envelope-encrypted with ${forSecrets.provider!.keyArn}`, evidence);
  },
};
