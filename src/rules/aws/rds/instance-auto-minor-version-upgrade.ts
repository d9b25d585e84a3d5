import type { Rule } from '../../../core/rule.js';
import { dbInstance } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.instance-auto-minor-version-upgrade',
  title: 'RDS DB instances apply minor engine upgrades automatically',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::RDS::DBInstance'],
  rationale:
    'Minor engine versions carry security patches. With automatic minor version upgrade on, RDS applies them in the maintenance window instead of leaving a known-vulnerable engine running until someone remembers.',
  remediation: {
    steps: ['Modify the instance and set "Auto minor version upgrade" to Yes (applies in the next maintenance window).'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --auto-minor-version-upgrade',
    terraform: 'resource "aws_db_instance" "db" {\n  auto_minor_version_upgrade = true\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.2.2' },
    { framework: 'aws-fsbp', control: 'RDS.13' },
  ],
  version: 1,
  evaluate(asset) {
    const i = dbInstance(asset);
    const engine = [i.Engine, i.EngineVersion].filter(Boolean).join(' ');
    return flagVerdict(i.AutoMinorVersionUpgrade, 'config.instance.AutoMinorVersionUpgrade', true, 'Automatic minor version upgrade is enabled', `Automatic minor version upgrade is disabled (engine ${engine || 'unknown'})`);
  },
};
