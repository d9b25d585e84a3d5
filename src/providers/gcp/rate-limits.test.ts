import { describe, expect, it } from 'vitest';
import { GcpRateLimiter } from '../../../sim/gcp/rate-limiter.js';
import { GCP_RATE_LIMITED_APIS, gcpLimiterKey, gcpRateLimitFor } from './rate-limits.js';

describe('GCP rate limits', () => {
  it('every API has a limit with the page it comes from', () => {
    for (const api of GCP_RATE_LIMITED_APIS) {
      const l = gcpRateLimitFor(api, `${api}.things.list`);
      expect(l.perMinute, api).toBeGreaterThan(0);
      expect(l.source, api).toMatch(/^https:\/\/cloud\.google\.com\//);
    }
  });

  it('picks the documented Compute and Resource Manager groups', () => {
    expect(gcpRateLimitFor('compute', 'compute.instances.aggregatedList')).toMatchObject({ category: 'compute:list', perMinute: 1500, documented: true });
    expect(gcpRateLimitFor('compute', 'compute.instances.get')).toMatchObject({ category: 'compute:read' });
    expect(gcpRateLimitFor('cloudresourcemanager', 'cloudresourcemanager.projects.search')).toMatchObject({ perMinute: 240, scope: 'consumer' });
    expect(gcpRateLimitFor('iam', 'iam.projects.serviceAccounts.list')).toMatchObject({ perMinute: 6000, scope: 'project' });
  });

  it('keys project quotas per project and consumer quotas once', () => {
    const search = gcpRateLimitFor('cloudresourcemanager', 'cloudresourcemanager.projects.search');
    expect(gcpLimiterKey('a', search)).toBe(gcpLimiterKey('b', search));
    const list = gcpRateLimitFor('compute', 'compute.firewalls.list');
    expect(gcpLimiterKey('a', list)).not.toBe(gcpLimiterKey('b', list));
  });

  it('the simulator refuses past the per-minute quota when enforcing, and refills over time', () => {
    let now = 0;
    const limiter = new GcpRateLimiter(() => now);
    for (let i = 0; i < 1500; i++) expect(limiter.take('p', 'compute', 'compute.firewalls.list', true)).toBe(true);
    expect(limiter.take('p', 'compute', 'compute.firewalls.list', true)).toBe(false);
    expect(limiter.take('other', 'compute', 'compute.firewalls.list', true)).toBe(true);
    now += 1000; // 25 per second
    let admitted = 0;
    while (limiter.take('p', 'compute', 'compute.firewalls.list', true)) admitted++;
    expect(admitted).toBe(25);
    for (let i = 0; i < 60; i++) limiter.take('p', 'compute', 'compute.firewalls.list', false);
    expect(limiter.floorSeconds()).toBeCloseTo((1500 + 25 + 60 - 1500) / 25, 5);
  });
});
