import { beforeAll, describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { rules } from '../../../../rules/aws/rds/index.js';
import { scanDemo, type DemoScan } from '../cloudtrail/demo-scan.js';
import { collectors } from './index.js';

/** The RDS part of the demo estate, scanned for real: mistakes fail, twins pass, the denied call is unknown. */
const verdict = (id: string, type: string, name: string) => runRule(rules.find((r) => r.id === `aws.rds.${id}`)!, demo.byName(type, name), demo.ctx).status;
const instance = (id: string, name: string) => verdict(id, 'AWS::RDS::DBInstance', name);

let demo: DemoScan;
beforeAll(async () => {
  demo = await scanDemo(['rds.yaml'], collectors);
}, 120_000);

describe('demo estate: RDS', () => {
  it('prod-db passes every instance rule; prod-legacy-mysql fails them', () => {
    for (const id of ['instance-storage-encrypted', 'instance-auto-minor-version-upgrade', 'instance-not-publicly-accessible', 'instance-multi-az', 'instance-deletion-protection', 'instance-backup-retention']) {
      expect(instance(id, 'prod-db')).toBe('pass');
      expect(instance(id, 'prod-legacy-mysql')).toBe(id === 'instance-not-publicly-accessible' ? 'pass' : 'fail');
    }
  });

  it('public instances fail, and settings owned by a replica source or a cluster are not applicable', () => {
    expect(instance('instance-not-publicly-accessible', 'prod-reporting-replica')).toBe('fail');
    expect(instance('instance-not-publicly-accessible', 'dev-sandbox-db')).toBe('fail');
    expect(instance('instance-backup-retention', 'prod-reporting-replica')).toBe('not_applicable');
    expect(instance('instance-multi-az', 'prod-orders-1')).toBe('not_applicable');
    expect(instance('instance-storage-encrypted', 'dev-sandbox-db')).toBe('fail');
  });

  it('clusters: prod-orders passes, dev-aurora fails', () => {
    for (const id of ['cluster-storage-encrypted', 'cluster-deletion-protection', 'cluster-multi-az']) {
      expect(verdict(id, 'AWS::RDS::DBCluster', 'prod-orders')).toBe('pass');
      expect(verdict(id, 'AWS::RDS::DBCluster', 'dev-aurora')).toBe('fail');
    }
  });

  it('snapshots: public ones fail, private and account-shared ones pass, the denied one is unknown', () => {
    expect(verdict('snapshot-not-public', 'AWS::RDS::DBSnapshot', 'prod-legacy-mysql-export')).toBe('fail');
    expect(verdict('snapshot-not-public', 'AWS::RDS::DBClusterSnapshot', 'dev-aurora-demo-data')).toBe('fail');
    expect(verdict('snapshot-not-public', 'AWS::RDS::DBSnapshot', 'prod-db-analytics-share')).toBe('pass');
    expect(verdict('snapshot-not-public', 'AWS::RDS::DBClusterSnapshot', 'prod-orders-before-upgrade')).toBe('pass');
    expect(verdict('snapshot-not-public', 'AWS::RDS::DBSnapshot', 'prod-db-nightly-export')).toBe('unknown');
    expect(verdict('snapshot-encrypted', 'AWS::RDS::DBSnapshot', 'prod-legacy-mysql-export')).toBe('fail');
    expect(verdict('snapshot-encrypted', 'AWS::RDS::DBSnapshot', 'prod-db-pre-migration')).toBe('pass');
    // Automated snapshots are not collected (they cannot be shared).
    expect(demo.assets.some((a) => a.name.startsWith('rds:'))).toBe(false);
  });

  it('the only error is the denied attribute call, named with its snapshot', () => {
    expect(demo.errors).toEqual([expect.objectContaining({ account: '222222222222', region: 'us-east-1', service: 'rds', operation: 'DescribeDBSnapshotAttributes', code: 'AccessDenied', resource: 'prod-db-nightly-export' })]);
  });
});
