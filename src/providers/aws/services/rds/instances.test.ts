import type { DBInstance } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as encrypted } from '../../../../rules/aws/rds/instance-storage-encrypted.js';
import { rule as multiAz } from '../../../../rules/aws/rds/instance-multi-az.js';
import { rule as publicAccess } from '../../../../rules/aws/rds/instance-not-publicly-accessible.js';
import { instancesCollector } from './instances.js';
import { ACCOUNT, names, rdsEstate, REGION } from './test-estate.js';

describe('aws.rds.instances collector', () => {
  it('lists every instance across DescribeDBInstances pages of 100', async () => {
    const sim = await startSimulator({ estate: rdsEstate({ instances: names('db', 250).map((DBInstanceIdentifier) => ({ DBInstanceIdentifier })) }) });
    try {
      const out = await scanWith(sim, [instancesCollector]);
      expect(out.errors).toEqual([]);
      expect(new Set(out.assets.map((a) => a.name)).size).toBe(250);
      expect(sim.stats().byOperation['rds:DescribeDBInstances']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('builds the asset from the description and the rules read it', async () => {
    const out = await collectFrom(
      rdsEstate({
        instances: [
          { DBInstanceIdentifier: 'orders', StorageEncrypted: false, PubliclyAccessible: true, MultiAZ: false, TagList: [{ Key: 'team', Value: 'orders' }], InstanceCreateTime: '2024-05-01T08:00:00Z' },
          { DBInstanceIdentifier: 'billing', StorageEncrypted: true, KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/k1`, MultiAZ: true },
          { DBInstanceIdentifier: 'aurora-1-0', DBClusterIdentifier: 'aurora-1', Engine: 'aurora-postgresql' },
        ],
      }),
      instancesCollector,
    );
    expect(out.errors).toEqual([]);
    const byName = (n: string) => out.assets.find((a) => a.name === n)!;
    const orders = byName('orders');
    expect(orders).toMatchObject({ id: `arn:aws:rds:${REGION}:${ACCOUNT}:db:orders`, type: 'AWS::RDS::DBInstance', kind: 'database.instance', account: ACCOUNT, region: REGION, tags: { team: 'orders' } });
    const db = orders.config.instance as DBInstance;
    expect(db).toMatchObject({ PubliclyAccessible: true, StorageEncrypted: false, Endpoint: { Port: 5432 } });
    expect(db.InstanceCreateTime).toEqual(new Date('2024-05-01T08:00:00Z'));

    const ctx = fixtureContext(out.assets);
    expect(runRule(publicAccess, orders, ctx).status).toBe('fail');
    expect(runRule(encrypted, orders, ctx).status).toBe('fail');
    expect(runRule(encrypted, byName('billing'), ctx).status).toBe('pass');
    expect(runRule(multiAz, byName('billing'), ctx).status).toBe('pass');
    expect(runRule(multiAz, byName('aurora-1-0'), ctx).status).toBe('not_applicable');
  });

  it('reports a denied listing as an error naming the call, and incomplete coverage', async () => {
    const out = await collectFrom(rdsEstate({ instances: [{ DBInstanceIdentifier: 'x' }] }), instancesCollector, { faults: [{ effect: 'deny', service: 'rds', operation: 'DescribeDBInstances' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'rds', operation: 'DescribeDBInstances', code: 'AccessDenied' })]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.rds.instances', ok: false })]);
  });
});
