import { notApplicable, type Rule } from '../../../core/rule.js';
import { clusterOf, dbInstance } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.instance-deletion-protection',
  title: 'RDS DB instances have deletion protection enabled',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::RDS::DBInstance'],
  rationale:
    'Deletion protection makes DeleteDBInstance fail until the flag is turned off, which stops an accidental or malicious delete from destroying the database in one call.',
  remediation: {
    steps: ['Modify the instance and enable deletion protection.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --deletion-protection --apply-immediately',
    terraform: 'resource "aws_db_instance" "db" {\n  deletion_protection = true\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection'],
  compliance: [{ framework: 'aws-fsbp', control: 'RDS.8' }],
  version: 1,
  evaluate(asset) {
    const i = dbInstance(asset);
    const cluster = clusterOf(i);
    // Aurora and other cluster members are protected (or not) by the cluster's flag, which RDS.7 checks.
    if (cluster) return notApplicable(`Member of DB cluster ${cluster}: deletion protection is a cluster setting (see aws.rds.cluster-deletion-protection)`);
    return flagVerdict(i.DeletionProtection, 'config.instance.DeletionProtection', true, 'Deletion protection is enabled', 'Deletion protection is disabled');
  },
};
