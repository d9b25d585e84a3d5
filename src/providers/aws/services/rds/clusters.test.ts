import type { DBCluster } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as clusterMultiAz } from '../../../../rules/aws/rds/cluster-multi-az.js';
import { rule as clusterEncrypted } from '../../../../rules/aws/rds/cluster-storage-encrypted.js';
import { clustersCollector } from './clusters.js';
import { ACCOUNT, names, rdsEstate, REGION } from './test-estate.js';

describe('aws.rds.clusters collector', () => {
  it('lists every cluster across pages', async () => {
    const sim = await startSimulator({ estate: rdsEstate({ clusters: names('c', 130).map((DBClusterIdentifier) => ({ DBClusterIdentifier })) }) });
    try {
      const out = await scanWith(sim, [clustersCollector]);
      expect(out.assets).toHaveLength(130);
      expect(sim.stats().byOperation['rds:DescribeDBClusters']).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it('carries members and Multi-AZ as RDS derives them from the instances', async () => {
    const out = await collectFrom(
      rdsEstate({
        clusters: [{ DBClusterIdentifier: 'spread', StorageEncrypted: true }, { DBClusterIdentifier: 'one-az' }],
        instances: [
          { DBInstanceIdentifier: 'spread-0', DBClusterIdentifier: 'spread', AvailabilityZone: 'us-east-1a' },
          { DBInstanceIdentifier: 'spread-1', DBClusterIdentifier: 'spread', AvailabilityZone: 'us-east-1b' },
          { DBInstanceIdentifier: 'one-az-0', DBClusterIdentifier: 'one-az', AvailabilityZone: 'us-east-1a' },
        ],
      }),
      clustersCollector,
    );
    const spread = out.assets.find((a) => a.name === 'spread')!;
    const oneAz = out.assets.find((a) => a.name === 'one-az')!;
    expect(spread).toMatchObject({ id: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:spread`, type: 'AWS::RDS::DBCluster', kind: 'database.cluster' });
    expect((spread.config.cluster as DBCluster).DBClusterMembers?.map((m) => m.DBInstanceIdentifier)).toEqual(['spread-0', 'spread-1']);
    const ctx = fixtureContext(out.assets);
    expect(runRule(clusterMultiAz, spread, ctx).status).toBe('pass');
    expect(runRule(clusterMultiAz, oneAz, ctx).status).toBe('fail');
    expect(runRule(clusterEncrypted, oneAz, ctx).status).toBe('fail');
  });
});
