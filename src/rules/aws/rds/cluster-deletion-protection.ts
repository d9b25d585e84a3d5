import type { Rule } from '../../../core/rule.js';
import { dbCluster } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.cluster-deletion-protection',
  title: 'RDS DB clusters have deletion protection enabled',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::RDS::DBCluster'],
  rationale: 'With deletion protection on, DeleteDBCluster fails until the flag is removed, so a single mistaken or malicious call cannot drop the whole cluster.',
  remediation: {
    steps: ['Modify the cluster and enable deletion protection.'],
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_rds_cluster" "db" {\n  deletion_protection = true\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DeleteCluster.html#USER_DeletionProtection'],
  compliance: [{ framework: 'aws-fsbp', control: 'RDS.7' }],
  version: 1,
  evaluate(asset) {
    const c = dbCluster(asset);
    return flagVerdict(c.DeletionProtection, 'config.cluster.DeletionProtection', true, 'Deletion protection is enabled', 'Deletion protection is disabled');
  },
};
