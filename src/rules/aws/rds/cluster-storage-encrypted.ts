import type { Rule } from '../../../core/rule.js';
import { dbCluster } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.cluster-storage-encrypted',
  title: 'RDS DB clusters are encrypted at rest',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::RDS::DBCluster'],
  rationale:
    'Cluster storage encryption protects the shared cluster volume, its backups and snapshots. Like instances, a cluster can only be encrypted when it is created or restored.',
  remediation: {
    steps: ['Snapshot the cluster, restore the snapshot into a new cluster with a KMS key, move clients over and delete the old cluster.'],
    cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new> --snapshot-identifier <snap> --engine <engine> --kms-key-id <key>',
    terraform: 'resource "aws_rds_cluster" "db" {\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.db.arn\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html'],
  compliance: [{ framework: 'aws-fsbp', control: 'RDS.27' }],
  version: 1,
  evaluate(asset) {
    const c = dbCluster(asset);
    return flagVerdict(c.StorageEncrypted, 'config.cluster.StorageEncrypted', true, `Cluster storage is encrypted with ${c.KmsKeyId ?? 'a KMS key'}`, 'Cluster storage is not encrypted at rest');
  },
};
