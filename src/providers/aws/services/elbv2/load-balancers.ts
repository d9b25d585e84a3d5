import { DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client, type LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { mapInOrder } from '../../map-in-order.js';
import { attributesOf, listenersOf } from './load-balancer-aspects.js';

/** DescribeLoadBalancers' maximum page size. */
const PAGE_SIZE = 400;
/** Load balancers hydrated at once (two calls each); ELB's API rate is low, the limiter paces them. */
const IN_FLIGHT = 8;

type ListedLoadBalancer = LoadBalancer & { LoadBalancerArn: string; LoadBalancerName: string };

/** The asset, or undefined when the load balancer was deleted while it was being described. */
async function loadBalancerAsset(ctx: AwsCollectContext, client: ElasticLoadBalancingV2Client, lb: ListedLoadBalancer): Promise<Asset | undefined> {
  const [listeners, attributes] = await Promise.all([listenersOf(ctx, client, lb.LoadBalancerArn), attributesOf(ctx, client, lb.LoadBalancerArn)]);
  if ((listeners.ok && listeners.value === null) || (attributes.ok && attributes.value === null)) return undefined;
  const asset = ctx.asset({ id: lb.LoadBalancerArn, type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', kind: 'network.load-balancer', name: lb.LoadBalancerName });
  asset.config.loadBalancer = lb;
  ctx.aspect(asset, 'listeners', listeners);
  ctx.aspect(asset, 'attributes', attributes);
  return asset;
}

/**
 * Application, Network and Gateway Load Balancers of the region (DescribeLoadBalancers) with their
 * listeners (DescribeListeners) and attributes (DescribeLoadBalancerAttributes, as a key -> value map).
 * Listener rules beyond each listener's default actions are not read.
 */
export function makeLoadBalancersCollector({ pageSize = PAGE_SIZE, inFlight = IN_FLIGHT } = {}): AwsCollector {
  return {
    id: 'aws.elbv2.load-balancers',
    service: 'elasticloadbalancing',
    scope: 'regional',
    types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    permissions: ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeLoadBalancerAttributes'],
    async *collect(ctx) {
      const client = ctx.client(ElasticLoadBalancingV2Client);
      for await (const page of ctx.pages(
        'DescribeLoadBalancers',
        (Marker) => client.send(new DescribeLoadBalancersCommand({ PageSize: pageSize, ...(Marker ? { Marker } : {}) })),
        (p) => p.NextMarker,
      )) {
        const lbs = (page.LoadBalancers ?? []).filter((lb): lb is ListedLoadBalancer => !!lb.LoadBalancerArn && !!lb.LoadBalancerName);
        ctx.progress(lbs.length);
        for await (const asset of mapInOrder(lbs, inFlight, (lb) => loadBalancerAsset(ctx, client, lb))) if (asset) yield asset;
      }
    },
  };
}

export const loadBalancersCollector = makeLoadBalancersCollector();
