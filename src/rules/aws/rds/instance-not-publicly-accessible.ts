import type { Rule } from '../../../core/rule.js';
import { dbInstance } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.instance-not-publicly-accessible',
  title: 'RDS DB instances are not publicly accessible',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::RDS::DBInstance'],
  rationale:
    'A publicly accessible instance gets a DNS name that resolves to a public IP address; one permissive security group rule then exposes the database to brute force and engine exploits from the internet.',
  remediation: {
    steps: ['Modify the instance and set "Public access" to No.', 'Keep the instance in private subnets and reach it through the VPC, a VPN or a bastion.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately',
    terraform: 'resource "aws_db_instance" "db" {\n  publicly_accessible = false\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.2.3' },
    { framework: 'aws-fsbp', control: 'RDS.2' },
  ],
  version: 1,
  evaluate(asset) {
    const i = dbInstance(asset);
    return flagVerdict(i.PubliclyAccessible, 'config.instance.PubliclyAccessible', false, `The instance is publicly accessible at ${i.Endpoint?.Address ?? 'its endpoint'}`, 'The instance is not publicly accessible');
  },
};
