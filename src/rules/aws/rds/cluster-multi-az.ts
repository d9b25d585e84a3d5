import type { Rule } from '../../../core/rule.js';
import { dbCluster } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.cluster-multi-az',
  title: 'RDS DB clusters have instances in multiple Availability Zones',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::RDS::DBCluster'],
  rationale:
    'A cluster whose instances all sit in one Availability Zone has nowhere to fail over to; with readers in other AZs, RDS promotes one of them when the writer or its AZ fails.',
  remediation: {
    steps: ['Add a reader instance in a different Availability Zone (Aurora), or recreate the cluster as a Multi-AZ DB cluster.'],
    cli: 'aws rds create-db-instance --db-cluster-identifier <cluster> --db-instance-identifier <cluster>-reader --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
    terraform: 'resource "aws_rds_cluster_instance" "reader" {\n  cluster_identifier = aws_rds_cluster.db.id\n  availability_zone  = "<other-az>"\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.2.4' },
    { framework: 'aws-fsbp', control: 'RDS.15' },
  ],
  version: 1,
  evaluate(asset) {
    const c = dbCluster(asset);
    const members = c.DBClusterMembers?.length ?? 0;
    return flagVerdict(c.MultiAZ, 'config.cluster.MultiAZ', true, `Cluster spans multiple Availability Zones (${members} member instances)`, `Cluster is in a single Availability Zone (${members} member instances)`);
  },
};
