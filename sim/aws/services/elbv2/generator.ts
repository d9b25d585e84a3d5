/**
 * Benchmark load balancers for one account and region: mostly internet-facing ALBs with an HTTP listener
 * (usually redirecting to HTTPS) and an HTTPS listener, some NLBs with TLS or TCP listeners and a few
 * gateway load balancers. Access logs, deletion protection and dropping invalid headers are each on for
 * roughly half; about a fifth of secure listeners keep the API's old default policy (TLS 1.0 allowed).
 */
import type { Action } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName } from '../logs/random.js';
import type { Elbv2ListenerEntry, Elbv2LoadBalancerEntry, Elbv2Section } from '../elbv2.js';

const MODERN = ['ELBSecurityPolicy-TLS13-1-2-2021-06', 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06', 'ELBSecurityPolicy-TLS13-1-2-PQ-2025-09'] as const;
const LEGACY = ['ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-TLS-1-1-2017-01', 'ELBSecurityPolicy-FS-2018-06'] as const;
const REDIRECT: Action = { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', Host: '#{host}', Path: '/#{path}', Query: '#{query}', StatusCode: 'HTTP_301' } };

const policy = (rng: () => number) => (chance(rng, 0.2) ? pick(rng, LEGACY) : pick(rng, MODERN));

function listenersFor(rng: () => number, type: Elbv2LoadBalancerEntry['Type']): Elbv2ListenerEntry[] {
  if (type === 'gateway') return [{ Port: 6081, Protocol: 'GENEVE' }];
  if (type === 'network') return chance(rng, 0.6) ? [{ Port: 443, Protocol: 'TLS', SslPolicy: policy(rng) }] : [{ Port: 5432, Protocol: 'TCP' }];
  const https: Elbv2ListenerEntry = { Port: 443, Protocol: 'HTTPS', SslPolicy: policy(rng) };
  if (chance(rng, 0.1)) return [{ Port: 80, Protocol: 'HTTP' }];
  return [chance(rng, 0.75) ? { Port: 80, Protocol: 'HTTP', DefaultActions: [REDIRECT] } : { Port: 80, Protocol: 'HTTP' }, https];
}

function buildLoadBalancer(rng: () => number, accountId: string, i: number): Elbv2LoadBalancerEntry {
  const r = rng();
  const Type = r < 0.75 ? 'application' : r < 0.95 ? 'network' : 'gateway';
  // ELB names are at most 32 characters: the generated name plus a type suffix fits.
  const LoadBalancerName = `${resourceName(rng, i)}-${Type.slice(0, 3)}`.slice(0, 32);
  const Attributes: Record<string, string> = {};
  if (Type !== 'gateway' && chance(rng, 0.5)) Object.assign(Attributes, { 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': `elb-logs-${accountId}`, 'access_logs.s3.prefix': LoadBalancerName });
  if (chance(rng, 0.45)) Attributes['deletion_protection.enabled'] = 'true';
  if (Type === 'application' && chance(rng, 0.5)) Attributes['routing.http.drop_invalid_header_fields.enabled'] = 'true';
  return { LoadBalancerName, Type, Scheme: chance(rng, 0.7) ? 'internet-facing' : 'internal', Listeners: listenersFor(rng, Type), Attributes };
}

export const elbv2Generator: ResourceGenerator = {
  service: 'elasticloadbalancing',
  scope: 'regional',
  build(n, { accountId, rng }) {
    const loadBalancers = Array.from({ length: n }, (_, i) => buildLoadBalancer(rng, accountId, i));
    return { section: { loadBalancers } satisfies Elbv2Section, assets: loadBalancers.length };
  },
};
