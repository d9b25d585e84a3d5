import type { Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Asset } from '../../../../core/asset.js';
import { MissingData, need } from '../../../../core/rule.js';

/**
 * Aspects of an `AWS::ElasticLoadBalancingV2::LoadBalancer` asset:
 *   loadBalancer  the DescribeLoadBalancers entry
 *   listeners     DescribeListeners' Listeners (every page)
 *   attributes    DescribeLoadBalancerAttributes as a key -> value map (values are strings: "true")
 */
export const LB_ASPECT = 'loadBalancer';
export const LISTENERS_ASPECT = 'listeners';
export const ATTRIBUTES_ASPECT = 'attributes';

export type LoadBalancerType = 'application' | 'network' | 'gateway';

export const TYPE_NAMES: Record<LoadBalancerType, string> = { application: 'Application Load Balancer', network: 'Network Load Balancer', gateway: 'Gateway Load Balancer' };

/** The load balancer's type; the listing always carries it, so its absence is missing data. */
export function loadBalancerType(asset: Asset): LoadBalancerType {
  const type = need<LoadBalancer>(asset, LB_ASPECT).Type;
  if (!type) throw new MissingData('DescribeLoadBalancers returned no Type', [{ path: `config.${LB_ASPECT}.Type`, observed: null, expected: 'application, network or gateway' }]);
  return type as LoadBalancerType;
}

export function needListeners(asset: Asset): Listener[] {
  return need<Listener[]>(asset, LISTENERS_ASPECT);
}

/**
 * One attribute as a boolean. ELB lists every attribute of the type, so an absent key means the call did
 * not return it: missing data, never "off".
 */
export function flag(asset: Asset, key: string): boolean {
  const attributes = need<Record<string, string>>(asset, ATTRIBUTES_ASPECT);
  const value = attributes[key];
  if (value === undefined) throw new MissingData(`DescribeLoadBalancerAttributes returned no ${key}`, [{ path: `config.${ATTRIBUTES_ASPECT}.${key}`, observed: null, expected: 'true' }]);
  return value === 'true';
}
