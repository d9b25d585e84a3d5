import { notApplicable, type Rule } from '../../../core/rule.js';
import { clusterOf, dbInstance } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.instance-multi-az',
  title: 'RDS DB instances are deployed across multiple Availability Zones',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::RDS::DBInstance'],
  rationale:
    'A Multi-AZ deployment keeps a synchronous standby in another Availability Zone and fails over to it automatically, so an AZ outage or maintenance does not take the database down or lose committed data.',
  remediation: {
    steps: ['Modify the instance and choose a Multi-AZ deployment (a standby is created without downtime).'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --multi-az --apply-immediately',
    terraform: 'resource "aws_db_instance" "db" {\n  multi_az = true\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.2.4' },
    { framework: 'aws-fsbp', control: 'RDS.5' },
  ],
  version: 1,
  evaluate(asset) {
    const i = dbInstance(asset);
    const cluster = clusterOf(i);
    if (cluster) return notApplicable(`Member of DB cluster ${cluster}: availability is a cluster setting (see aws.rds.cluster-multi-az)`);
    return flagVerdict(i.MultiAZ, 'config.instance.MultiAZ', true, `Multi-AZ with a standby in ${i.SecondaryAvailabilityZone ?? 'another Availability Zone'}`, `Single-AZ deployment in ${i.AvailabilityZone ?? 'one Availability Zone'}`);
  },
};
