import { DescribeListenersCommand, DescribeLoadBalancerAttributesCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, sdkConfig } from '../../test-helpers.js';
import type { Elbv2Section } from '../elbv2.js';

const section: Elbv2Section = {
  loadBalancers: [
    { LoadBalancerName: 'web', Listeners: [{ Port: 443, Protocol: 'HTTPS' }], Attributes: { 'deletion_protection.enabled': true } },
    { LoadBalancerName: 'tcp', Type: 'network', Scheme: 'internal', Listeners: [{ Port: 5432, Protocol: 'TCP' }] },
  ],
};

describe('ELBv2 simulator', () => {
  let sim: Simulator;
  let client: ElasticLoadBalancingV2Client;
  beforeAll(async () => {
    sim = await startSimulator({ estate: { accounts: [{ id: '111111111111', name: 't', regions: ['us-east-1'], global: {}, regional: { 'us-east-1': { elasticloadbalancing: section } } }] } });
    client = new ElasticLoadBalancingV2Client(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('DescribeLoadBalancers builds ARNs and DNS names per type and pages with Marker', async () => {
    const first = await client.send(new DescribeLoadBalancersCommand({ PageSize: 1 }));
    expect(first.LoadBalancers?.[0]).toMatchObject({ Type: 'application', Scheme: 'internet-facing', LoadBalancerArn: expect.stringMatching(/:loadbalancer\/app\/web\/[0-9a-f]{16}$/), DNSName: expect.stringMatching(/^web-\d+\.us-east-1\.elb\.amazonaws\.com$/) });
    const second = await client.send(new DescribeLoadBalancersCommand({ PageSize: 1, Marker: first.NextMarker }));
    expect(second.LoadBalancers?.[0]).toMatchObject({ Type: 'network', LoadBalancerArn: expect.stringContaining(':loadbalancer/net/tcp/') });
    expect(second.NextMarker).toBeUndefined();
    expect((await failure(client.send(new DescribeLoadBalancersCommand({ PageSize: 401 })))).$metadata.httpStatusCode).toBe(400);
  });

  it('listeners get the API default TLS policy and attributes list every key of the type as strings', async () => {
    const [web] = (await client.send(new DescribeLoadBalancersCommand({ Names: ['web'] }))).LoadBalancers!;
    const listeners = await client.send(new DescribeListenersCommand({ LoadBalancerArn: web!.LoadBalancerArn }));
    expect(listeners.Listeners?.[0]).toMatchObject({ Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-2016-08', DefaultActions: [{ Type: 'forward' }], ListenerArn: expect.stringContaining(':listener/app/web/') });
    const attributes = await client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: web!.LoadBalancerArn }));
    expect(attributes.Attributes).toEqual(expect.arrayContaining([{ Key: 'deletion_protection.enabled', Value: 'true' }, { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'false' }]));
  });

  it('unknown load balancers answer LoadBalancerNotFound', async () => {
    const e = await failure(client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/nope/0000000000000000' })));
    expect(e.name).toBe('LoadBalancerNotFoundException');
  });
});
