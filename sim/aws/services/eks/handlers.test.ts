import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, sdkConfig } from '../../test-helpers.js';
import type { EksSection } from '../eks.js';

const section: EksSection = { clusters: [{ name: 'a' }, { name: 'b', resourcesVpcConfig: { endpointPublicAccess: false } }, { name: 'c' }] };

describe('EKS simulator', () => {
  let sim: Simulator;
  let client: EKSClient;
  beforeAll(async () => {
    sim = await startSimulator({ estate: { accounts: [{ id: '111111111111', name: 't', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { eks: section } } }] } });
    client = new EKSClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('ListClusters pages with nextToken', async () => {
    const first = await client.send(new ListClustersCommand({ maxResults: 2 }));
    expect(first.clusters).toEqual(['a', 'b']);
    expect((await client.send(new ListClustersCommand({ maxResults: 2, nextToken: first.nextToken }))).clusters).toEqual(['c']);
  });

  it('DescribeCluster fills EKS defaults and merges the VPC config given', async () => {
    const a = (await client.send(new DescribeClusterCommand({ name: 'a' }))).cluster;
    expect(a).toMatchObject({ arn: 'arn:aws:eks:us-east-1:111111111111:cluster/a', status: 'ACTIVE', resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] }, logging: { clusterLogging: [{ enabled: false }] } });
    expect(a?.encryptionConfig).toBeUndefined();
    const b = (await client.send(new DescribeClusterCommand({ name: 'b' }))).cluster;
    expect(b?.resourcesVpcConfig).toMatchObject({ endpointPublicAccess: false, endpointPrivateAccess: false, vpcId: expect.stringMatching(/^vpc-/) });
    const e = await failure(client.send(new DescribeClusterCommand({ name: 'nope' })));
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['ResourceNotFoundException', 404]);
  });
});
