import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { Elbv2LoadBalancerEntry } from '../../../../../sim/aws/services/elbv2.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as dropsHeaders } from '../../../../rules/aws/elbv2/alb-drops-invalid-headers.js';
import { rule as redirects } from '../../../../rules/aws/elbv2/alb-http-redirects-to-https.js';
import { rule as tlsPolicy } from '../../../../rules/aws/elbv2/listener-tls-policy-modern.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from '../lambda/support/test-estate.js';
import { loadBalancersCollector, makeLoadBalancersCollector } from './load-balancers.js';

const estate = (loadBalancers: Elbv2LoadBalancerEntry[]) => regionalEstate('elasticloadbalancing', { loadBalancers });
const REDIRECT = [{ Type: 'redirect' as const, RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' as const } }];

describe('aws.elbv2.load-balancers collector', () => {
  it('pages through DescribeLoadBalancers and describes each load balancer once', async () => {
    const sim = await startSimulator({ estate: estate(names('lb', 9).map((LoadBalancerName) => ({ LoadBalancerName, Listeners: [{ Port: 80, Protocol: 'HTTP' }] }))) });
    try {
      const out = await scanWith(sim, [makeLoadBalancersCollector({ pageSize: 4 })]);
      expect(out.errors).toEqual([]);
      expect(out.assets.map((a) => a.name)).toEqual(names('lb', 9));
      const calls = sim.stats().byOperation;
      expect(calls['elasticloadbalancing:DescribeLoadBalancers']).toBe(3);
      expect(calls['elasticloadbalancing:DescribeListeners']).toBe(9);
      expect(calls['elasticloadbalancing:DescribeLoadBalancerAttributes']).toBe(9);
    } finally {
      await sim.close();
    }
  });

  it('fills listeners and attributes the way the rules read them', async () => {
    const out = await collectFrom(
      estate([
        { LoadBalancerName: 'web', Listeners: [{ Port: 80, Protocol: 'HTTP', DefaultActions: REDIRECT }, { Port: 443, Protocol: 'HTTPS', SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }], Attributes: { 'routing.http.drop_invalid_header_fields.enabled': true } },
        { LoadBalancerName: 'legacy', Listeners: [{ Port: 80, Protocol: 'HTTP' }, { Port: 443, Protocol: 'HTTPS' }] },
        { LoadBalancerName: 'db', Type: 'network', Listeners: [{ Port: 5432, Protocol: 'TCP' }] },
      ]),
      loadBalancersCollector,
    );
    expect(out.errors).toEqual([]);
    const web = byName(out.assets, 'web');
    expect(web.id).toMatch(new RegExp(`^arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/web/[0-9a-f]{16}$`));
    expect(web).toMatchObject({ type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', kind: 'network.load-balancer', config: { loadBalancer: { Type: 'application', Scheme: 'internet-facing' } } });
    expect(web.config.attributes).toMatchObject({ 'routing.http.drop_invalid_header_fields.enabled': 'true', 'deletion_protection.enabled': 'false' });
    expect(web.config.listeners).toHaveLength(2);
    expect(byName(out.assets, 'db').id).toContain(':loadbalancer/net/db/');

    const ctx = fixtureContext(out.assets);
    const legacy = byName(out.assets, 'legacy');
    expect([runRule(redirects, web, ctx).status, runRule(redirects, legacy, ctx).status]).toEqual(['pass', 'fail']);
    // A listener created without a policy gets the API default, ELBSecurityPolicy-2016-08 (TLS 1.0).
    expect([runRule(tlsPolicy, web, ctx).status, runRule(tlsPolicy, legacy, ctx).status]).toEqual(['pass', 'fail']);
    expect([runRule(dropsHeaders, web, ctx).status, runRule(dropsHeaders, legacy, ctx).status, runRule(dropsHeaders, byName(out.assets, 'db'), ctx).status]).toEqual(['pass', 'fail', 'not_applicable']);
  });

  it('a denied DescribeLoadBalancerAttributes leaves a gap and the attribute rules unknown', async () => {
    const out = await collectFrom(estate([{ LoadBalancerName: 'web', Listeners: [] }]), loadBalancersCollector, {
      faults: [{ effect: 'deny', service: 'elasticloadbalancing', operation: 'DescribeLoadBalancerAttributes' }],
    });
    const web = byName(out.assets, 'web');
    expect(web.gaps.attributes).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'elasticloadbalancing', operation: 'DescribeLoadBalancerAttributes', code: 'AccessDenied', resource: web.id });
    expect(out.errors).toEqual([web.gaps.attributes]);
    expect(web.config.listeners).toEqual([]);
    expect(runRule(dropsHeaders, web, fixtureContext(out.assets)).status).toBe('unknown');
  });

  it('skips a load balancer deleted between listing and describing it, without an error', async () => {
    const out = await collectFrom(estate([{ LoadBalancerName: 'gone', Listeners: [] }, { LoadBalancerName: 'kept', Listeners: [] }]), loadBalancersCollector, {
      faults: [{ effect: 'error', service: 'elasticloadbalancing', operation: 'DescribeLoadBalancerAttributes', resource: '*/gone/*', code: 'LoadBalancerNotFound', status: 400 }],
    });
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name)).toEqual(['kept']);
  });
});
