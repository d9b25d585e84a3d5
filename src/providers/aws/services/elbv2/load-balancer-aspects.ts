import {
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  ElasticLoadBalancingV2Client,
  type Listener,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AwsCollectContext, CallResult } from '../../collector.js';

/** DescribeListeners' maximum page size: one call covers any real load balancer. */
const LISTENER_PAGE = 400;
/** What ELB answers for a load balancer deleted since it was listed (SDK name and wire code). */
export const GONE = ['LoadBalancerNotFoundException', 'LoadBalancerNotFound'];

/** Every listener of one load balancer; the first failed page fails the aspect. */
export async function listenersOf(ctx: AwsCollectContext, client: ElasticLoadBalancingV2Client, arn: string): Promise<CallResult<Listener[] | null>> {
  const listeners: Listener[] = [];
  let Marker: string | undefined;
  let source: string | undefined;
  do {
    const r = await ctx.call('DescribeListeners', () => client.send(new DescribeListenersCommand({ LoadBalancerArn: arn, PageSize: LISTENER_PAGE, ...(Marker ? { Marker } : {}) })), { resource: arn, absentOn: GONE });
    if (!r.ok || r.value === null) return r.ok ? { ok: true, value: null, source: r.source } : r;
    source = r.source;
    listeners.push(...(r.value.Listeners ?? []));
    Marker = r.value.NextMarker;
  } while (Marker);
  return { ok: true, value: listeners, source };
}

/** The load balancer's attributes as a key -> value map (values stay strings, as ELB returns them). */
export async function attributesOf(ctx: AwsCollectContext, client: ElasticLoadBalancingV2Client, arn: string): Promise<CallResult<Record<string, string> | null>> {
  const r = await ctx.call('DescribeLoadBalancerAttributes', () => client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn })), { resource: arn, absentOn: GONE });
  if (!r.ok || r.value === null) return r.ok ? { ok: true, value: null, source: r.source } : r;
  return { ok: true, source: r.source, value: Object.fromEntries((r.value.Attributes ?? []).filter((a) => a.Key !== undefined).map((a) => [a.Key!, a.Value ?? ''])) };
}
