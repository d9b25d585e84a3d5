import { DescribeDBInstancesCommand, DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';

/** The RDS simulator pages, filters and fails the way RDS does for what the collectors call. */
let sim: Simulator;
let rds: RDSClient;
beforeAll(async () => {
  sim = await startSimulator({
    estate: tinyEstate({
      regional: {
        'us-east-1': {
          rds: {
            instances: Array.from({ length: 45 }, (_, i) => ({ DBInstanceIdentifier: `db-${String(i).padStart(2, '0')}` })),
            snapshots: [
              { DBSnapshotIdentifier: 'manual-1', restore: ['all'] },
              { DBSnapshotIdentifier: 'rds:auto-1', SnapshotType: 'automated' },
            ],
          },
        },
      },
    }),
  });
  rds = new RDSClient(sdkConfig(sim));
});
afterAll(() => sim.close());

describe('RDS simulator', () => {
  it('pages DescribeDBInstances with Marker in identifier order and fills ARNs and endpoints', async () => {
    const first = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20 }));
    expect(first.DBInstances).toHaveLength(20);
    expect(first.Marker).toBeDefined();
    const db = first.DBInstances![0]!;
    expect(db).toMatchObject({ DBInstanceIdentifier: 'db-00', DBInstanceArn: `arn:aws:rds:us-east-1:${MGMT}:db:db-00`, DBInstanceStatus: 'available', PubliclyAccessible: false, StorageEncrypted: false });
    expect(db.Endpoint?.Address).toMatch(/^db-00\.[a-z0-9]+\.us-east-1\.rds\.amazonaws\.com$/);
    expect(db.DbiResourceId).toMatch(/^db-[A-Z2-7]{26}$/);
    const second = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20, Marker: first.Marker }));
    const third = await rds.send(new DescribeDBInstancesCommand({ MaxRecords: 20, Marker: second.Marker }));
    expect(third.DBInstances?.map((d) => d.DBInstanceIdentifier)).toEqual(['db-40', 'db-41', 'db-42', 'db-43', 'db-44']);
    expect(third.Marker).toBeUndefined();
  });

  it('rejects MaxRecords outside 20..100', async () => {
    const e = await failure(rds.send(new DescribeDBInstancesCommand({ MaxRecords: 10 })));
    expect(e.name).toBe('InvalidParameterValue');
  });

  it('filters snapshots by type and reports sharing attributes', async () => {
    const manual = await rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual' }));
    expect(manual.DBSnapshots?.map((s) => s.DBSnapshotIdentifier)).toEqual(['manual-1']);
    const both = await rds.send(new DescribeDBSnapshotsCommand({}));
    expect(both.DBSnapshots).toHaveLength(2);
    const attrs = await rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: 'manual-1' }));
    expect(attrs.DBSnapshotAttributesResult?.DBSnapshotAttributes).toEqual([{ AttributeName: 'restore', AttributeValues: ['all'] }]);
  });

  it('answers an unknown snapshot with DBSnapshotNotFound (404)', async () => {
    const e = await failure(rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: 'gone' })));
    expect(e.name).toBe('DBSnapshotNotFoundFault');
    expect(e.$metadata.httpStatusCode).toBe(404);
  });
});
