/**
 * Elastic Load Balancing v2 (awsQuery; signing name `elasticloadbalancing`): DescribeLoadBalancers,
 * DescribeListeners and DescribeLoadBalancerAttributes.
 *
 * Estate section `regional[<region>].elasticloadbalancing` ({@link Elbv2Section}). Load balancers are given
 * by name and type (application by default) with their listeners and the attributes that differ from the
 * type's defaults; the handlers build ARNs, DNS names and ids the way ELB does (`loadbalancer/app/<name>/<id>`,
 * `listener/app/<name>/<lb-id>/<id>`) and answer every attribute AWS lists for the type, as strings.
 * Describe calls page with Marker / NextMarker and PageSize (1-400, 400 when left out).
 */
import type { Action, Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { DEFAULT_ATTRIBUTES, type LoadBalancerType } from './elbv2/attributes.js';
import { elbv2Generator } from './elbv2/generator.js';

export type Elbv2ListenerEntry = Partial<Omit<Listener, 'ListenerArn' | 'LoadBalancerArn'>> & { Port: number; Protocol: string };

export interface Elbv2LoadBalancerEntry extends Partial<Omit<LoadBalancer, 'LoadBalancerArn' | 'Type'>> {
  LoadBalancerName: string;
  Type?: LoadBalancerType;
  Listeners?: Elbv2ListenerEntry[];
  /** Attributes that differ from the type's defaults (`deletion_protection.enabled: true`). */
  Attributes?: Record<string, string | number | boolean>;
}

export interface Elbv2Section {
  loadBalancers?: Elbv2LoadBalancerEntry[];
}

const MAX_PAGE = 400;
const TYPE_SEGMENT: Record<LoadBalancerType, string> = { application: 'app', network: 'net', gateway: 'gwy' };

/** 16 hex digits derived from a string: ELB ids are this long. */
export function elbId(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

const typeOf = (lb: Elbv2LoadBalancerEntry): LoadBalancerType => lb.Type ?? 'application';

function lbPath(ctx: SimContext, lb: Elbv2LoadBalancerEntry): string {
  return `${TYPE_SEGMENT[typeOf(lb)]}/${lb.LoadBalancerName}/${elbId(`${ctx.account.id}/${ctx.region}/${lb.LoadBalancerName}`)}`;
}

export const loadBalancerArn = (ctx: SimContext, lb: Elbv2LoadBalancerEntry) => `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account.id}:loadbalancer/${lbPath(ctx, lb)}`;

function describeLoadBalancer(ctx: SimContext, lb: Elbv2LoadBalancerEntry): LoadBalancer {
  const { Listeners: _l, Attributes: _a, ...given } = lb;
  const type = typeOf(lb);
  const internal = lb.Scheme === 'internal';
  const dnsId = parseInt(elbId(lb.LoadBalancerName).slice(0, 8), 16) % 1_000_000_000;
  const dns = type === 'application' ? `${internal ? 'internal-' : ''}${lb.LoadBalancerName}-${dnsId}.${ctx.region}.elb.amazonaws.com` : `${lb.LoadBalancerName}-${elbId(lb.LoadBalancerName)}.elb.${ctx.region}.amazonaws.com`;
  return {
    LoadBalancerArn: loadBalancerArn(ctx, lb),
    DNSName: dns,
    CanonicalHostedZoneId: type === 'application' ? 'Z35SXDOTRQ7X7K' : 'Z26RNL4JYFTOTI',
    CreatedTime: new Date('2025-02-01T00:00:00Z'),
    Scheme: 'internet-facing',
    VpcId: `vpc-${elbId(ctx.account.id).slice(0, 17)}`,
    State: { Code: 'active' },
    AvailabilityZones: [`${ctx.region}a`, `${ctx.region}b`].map((ZoneName, i) => ({ ZoneName, SubnetId: `subnet-${elbId(`${lb.LoadBalancerName}${i}`).slice(0, 17)}` })),
    ...(type === 'application' ? { SecurityGroups: [`sg-${elbId(lb.LoadBalancerName).slice(0, 17)}`] } : {}),
    IpAddressType: 'ipv4',
    ...given,
    Type: type,
  };
}

function findLoadBalancer(ctx: SimContext, arn: string | undefined): Elbv2LoadBalancerEntry {
  const lb = (ctx.regional<Elbv2Section>('elasticloadbalancing').loadBalancers ?? []).find((x) => loadBalancerArn(ctx, x) === arn);
  if (!lb) throw new SimError('LoadBalancerNotFound', `Load balancers '[${arn}]' not found`, 400);
  return lb;
}

function describeListener(ctx: SimContext, lb: Elbv2LoadBalancerEntry, l: Elbv2ListenerEntry): Listener {
  const lbArn = loadBalancerArn(ctx, lb);
  const secure = l.Protocol === 'HTTPS' || l.Protocol === 'TLS';
  const forward: Action = { Type: 'forward', TargetGroupArn: `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account.id}:targetgroup/${lb.LoadBalancerName}-tg/${elbId(`${lbArn}tg`)}` };
  return {
    ListenerArn: `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account.id}:listener/${lbPath(ctx, lb)}/${elbId(`${lbArn}/${l.Port}`)}`,
    LoadBalancerArn: lbArn,
    // The API's default policy when a secure listener is created without one.
    ...(secure ? { SslPolicy: 'ELBSecurityPolicy-2016-08', Certificates: [{ CertificateArn: `arn:aws:acm:${ctx.region}:${ctx.account.id}:certificate/${elbId(lbArn)}` }] } : {}),
    DefaultActions: [forward],
    ...l,
  };
}

function checkPageSize(size: number | undefined): void {
  if (size !== undefined && (size < 1 || size > MAX_PAGE)) throw new SimError('ValidationError', `1 validation error detected: Value '${size}' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 400`, 400);
}

export const service: SimService = {
  signingName: 'elasticloadbalancing',
  sdk: '@aws-sdk/client-elastic-load-balancing-v2',
  operations: {
    DescribeLoadBalancers(input: { LoadBalancerArns?: string[]; Names?: string[]; Marker?: string; PageSize?: number }, ctx) {
      checkPageSize(input.PageSize);
      let lbs = ctx.regional<Elbv2Section>('elasticloadbalancing').loadBalancers ?? [];
      if (input.LoadBalancerArns?.length) lbs = input.LoadBalancerArns.map((arn) => findLoadBalancer(ctx, arn));
      if (input.Names?.length) {
        const missing = input.Names.filter((n) => !lbs.some((lb) => lb.LoadBalancerName === n));
        if (missing.length) throw new SimError('LoadBalancerNotFound', `One or more load balancers not found`, 400);
        lbs = lbs.filter((lb) => input.Names!.includes(lb.LoadBalancerName));
      }
      const p = page(lbs, input.Marker, input.PageSize, MAX_PAGE);
      return { LoadBalancers: p.items.map((lb) => describeLoadBalancer(ctx, lb)), ...(p.next ? { NextMarker: p.next } : {}) };
    },

    DescribeListeners(input: { LoadBalancerArn?: string; ListenerArns?: string[]; Marker?: string; PageSize?: number }, ctx) {
      checkPageSize(input.PageSize);
      if (!input.LoadBalancerArn && !input.ListenerArns?.length) throw new SimError('ValidationError', 'You must specify either listener ARNs or a load balancer ARN', 400);
      const lbs = input.LoadBalancerArn ? [findLoadBalancer(ctx, input.LoadBalancerArn)] : (ctx.regional<Elbv2Section>('elasticloadbalancing').loadBalancers ?? []);
      let listeners = lbs.flatMap((lb) => (lb.Listeners ?? []).map((l) => describeListener(ctx, lb, l)));
      if (input.ListenerArns?.length) {
        const wanted = input.ListenerArns;
        listeners = listeners.filter((l) => wanted.includes(l.ListenerArn!));
        if (listeners.length < wanted.length) throw new SimError('ListenerNotFound', 'One or more listeners not found', 400);
      }
      const p = page(listeners, input.Marker, input.PageSize, MAX_PAGE);
      return { Listeners: p.items, ...(p.next ? { NextMarker: p.next } : {}) };
    },

    DescribeLoadBalancerAttributes(input: { LoadBalancerArn?: string }, ctx) {
      const lb = findLoadBalancer(ctx, input.LoadBalancerArn);
      const merged = { ...DEFAULT_ATTRIBUTES[typeOf(lb)], ...lb.Attributes };
      return { Attributes: Object.entries(merged).map(([Key, Value]) => ({ Key, Value: String(Value) })) };
    },
  },
};

export const generators: ResourceGenerator[] = [elbv2Generator];
