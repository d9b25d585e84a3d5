import { fail, notApplicable, pass, unknown, type Rule } from '../../../core/rule.js';
import { restoreGrantees, SNAPSHOT_TYPES, snapshotView } from './support/snapshot.js';

export const rule: Rule = {
  id: 'aws.rds.snapshot-not-public',
  title: 'RDS DB and cluster snapshots are not shared publicly',
  severity: 'critical',
  providers: ['aws'],
  types: SNAPSHOT_TYPES,
  rationale:
    'A manual snapshot whose restore attribute contains "all" can be copied and restored by every AWS account, which hands the complete database to anyone who finds it.',
  remediation: {
    steps: ['Remove "all" from the snapshot\'s restore attribute (set its visibility to Private).', 'Share with specific account ids instead, and only encrypted snapshots.'],
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snap> --attribute-name restore --values-to-remove all',
    terraform: '# Public sharing is done outside aws_db_snapshot; remove it with modify-db-snapshot-attribute (or modify-db-cluster-snapshot-attribute).',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
  compliance: [{ framework: 'aws-fsbp', control: 'RDS.1' }],
  version: 1,
  evaluate(asset) {
    const s = snapshotView(asset);
    // Only manual snapshots can be shared; automated ones are never public.
    if (s.snapshotType && s.snapshotType !== 'manual') return notApplicable(`${s.snapshotType} snapshots cannot be shared`);
    const restore = restoreGrantees(asset);
    if (!restore) return unknown('The snapshot attributes were not returned', [{ path: 'config.attributes', observed: null, expected: 'restore attribute' }]);
    const ev = [{ path: restore.path, observed: restore.values, expected: 'no "all"' }];
    if (restore.values.includes('all')) return fail('The snapshot is public: any AWS account can restore it', ev);
    return restore.values.length
      ? pass(`Shared only with specific accounts: ${restore.values.join(', ')}`, ev)
      : pass('The snapshot is private', ev);
  },
};
