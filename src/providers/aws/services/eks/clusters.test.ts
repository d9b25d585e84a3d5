import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { EksClusterEntry } from '../../../../../sim/aws/services/eks.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as auditLogging } from '../../../../rules/aws/eks/audit-logging-enabled.js';
import { rule as openEndpoint } from '../../../../rules/aws/eks/endpoint-public-access-restricted.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from '../lambda/support/test-estate.js';
import { clustersCollector, makeClustersCollector } from './clusters.js';

const estate = (clusters: EksClusterEntry[]) => regionalEstate('eks', { clusters });

describe('aws.eks.clusters collector', () => {
  it('pages through ListClusters and describes every cluster once', async () => {
    const sim = await startSimulator({ estate: estate(names('c', 7).map((name) => ({ name }))) });
    try {
      const out = await scanWith(sim, [makeClustersCollector({ pageSize: 3 })]);
      expect(out.errors).toEqual([]);
      expect(out.assets.map((a) => a.name)).toEqual(names('c', 7));
      expect(sim.stats().byOperation['eks:ListClusters']).toBe(3);
      expect(sim.stats().byOperation['eks:DescribeCluster']).toBe(7);
    } finally {
      await sim.close();
    }
  });

  it('fills the cluster aspect that the rules read', async () => {
    const out = await collectFrom(
      estate([
        { name: 'prod', version: '1.35', resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] }, logging: { clusterLogging: [{ types: ['audit'], enabled: true }] }, tags: { env: 'prod' } },
        { name: 'dev' },
      ]),
      clustersCollector,
    );
    expect(out.errors).toEqual([]);
    const prod = byName(out.assets, 'prod');
    expect(prod).toMatchObject({ id: `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/prod`, type: 'AWS::EKS::Cluster', kind: 'container.cluster', tags: { env: 'prod' } });
    expect(prod.config.cluster).toMatchObject({ version: '1.35', resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] } });
    const dev = byName(out.assets, 'dev');
    const ctx = fixtureContext(out.assets);
    expect(runRule(openEndpoint, prod, ctx).status).toBe('pass');
    // EKS's defaults: a public endpoint open to 0.0.0.0/0 and every log type off.
    expect(runRule(openEndpoint, dev, ctx).status).toBe('fail');
    expect(runRule(auditLogging, prod, ctx).status).toBe('pass');
    expect(runRule(auditLogging, dev, ctx).status).toBe('fail');
  });

  it('a denied DescribeCluster keeps the cluster with a gap and its rules unknown', async () => {
    const out = await collectFrom(estate([{ name: 'prod' }, { name: 'dev' }]), clustersCollector, { faults: [{ effect: 'deny', service: 'eks', operation: 'DescribeCluster', resource: 'prod' }] });
    const prod = byName(out.assets, 'prod');
    expect(prod.id).toBe(`arn:aws:eks:${REGION}:${ACCOUNT}:cluster/prod`);
    expect(prod.gaps.cluster).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'eks', operation: 'DescribeCluster', code: 'AccessDeniedException', resource: 'prod' });
    expect(out.errors).toEqual([prod.gaps.cluster]);
    expect(runRule(auditLogging, prod, fixtureContext(out.assets)).status).toBe('unknown');
    expect(byName(out.assets, 'dev').config.cluster).toBeDefined();
  });

  it('a denied ListClusters marks the collector incomplete', async () => {
    const out = await collectFrom(estate([{ name: 'prod' }]), clustersCollector, { faults: [{ effect: 'deny', service: 'eks', operation: 'ListClusters' }] });
    expect(out.assets).toEqual([]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.eks.clusters', ok: false })]);
    expect(out.errors[0]).toMatchObject({ operation: 'ListClusters', code: 'AccessDeniedException' });
  });
});
