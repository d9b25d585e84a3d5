/** Fixture load balancer assets for the rule tests. */
import type { Listener } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsAsset, deniedGap } from '../../../../../test/support/assets.js';
import type { Asset } from '../../../../core/asset.js';
import type { LoadBalancerType } from './load-balancer.js';

export function lbAsset(type: LoadBalancerType, opts: { attributes?: Record<string, string> | null; listeners?: Partial<Listener>[] | null } = {}): Asset {
  const config: Record<string, unknown> = { loadBalancer: { LoadBalancerName: 'web', Type: type, Scheme: 'internet-facing' } };
  if (opts.attributes !== null) config.attributes = opts.attributes ?? {};
  if (opts.listeners !== null) config.listeners = opts.listeners ?? [];
  const gaps = {
    ...(opts.attributes === null ? { attributes: deniedGap('elasticloadbalancing', 'DescribeLoadBalancerAttributes') } : {}),
    ...(opts.listeners === null ? { listeners: deniedGap('elasticloadbalancing', 'DescribeListeners') } : {}),
  };
  return awsAsset({ type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', kind: 'network.load-balancer', config, gaps });
}
