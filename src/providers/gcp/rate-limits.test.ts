import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GcpRateLimiter } from '../../../sim/gcp/rate-limiter.js';
import { GCP_RATE_LIMITED_APIS, gcpLimiterKey, gcpRateLimitFor } from './rate-limits.js';
import { GcpLimiter, type GcpBucket } from './runtime/limiter.js';

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
    for (let i = 0; i < 1500; i++) expect(limiter.take('p', 'global', 'compute', 'compute.firewalls.list', true)).toBe(true);
    expect(limiter.take('p', 'global', 'compute', 'compute.firewalls.list', true)).toBe(false);
    expect(limiter.take('other', 'global', 'compute', 'compute.firewalls.list', true)).toBe(true);
    now += 1000; // 25 per second
    let admitted = 0;
    while (limiter.take('p', 'global', 'compute', 'compute.firewalls.list', true)) admitted++;
    expect(admitted).toBe(25);
    for (let i = 0; i < 60; i++) limiter.take('p', 'global', 'compute', 'compute.firewalls.list', false);
    expect(limiter.floorSeconds()).toBeCloseTo((1500 + 25 + 60 - 1500) / 25, 5);
  });

  it('BigQuery is limited per second and per method, for the whole scan', () => {
    const get = gcpRateLimitFor('bigquery', 'bigquery.datasets.get');
    const list = gcpRateLimitFor('bigquery', 'bigquery.datasets.list');
    expect(get).toMatchObject({ perMinute: 6000, burst: 100, scope: 'consumer', documented: true });
    expect(gcpLimiterKey('a', get)).toBe(gcpLimiterKey('b', get));
    expect(gcpLimiterKey('a', get)).not.toBe(gcpLimiterKey('a', list));
    let now = 0;
    const limiter = new GcpRateLimiter(() => now);
    // One second's worth at once, across projects; the other method keeps its own bucket.
    for (let i = 0; i < 100; i++) expect(limiter.take(`p${i % 7}`, 'global', 'bigquery', 'bigquery.datasets.get', true)).toBe(true);
    expect(limiter.take('p9', 'global', 'bigquery', 'bigquery.datasets.get', true)).toBe(false);
    expect(limiter.take('p9', 'global', 'bigquery', 'bigquery.datasets.list', true)).toBe(true);
    now += 100;
    let admitted = 0;
    while (limiter.take('p1', 'global', 'bigquery', 'bigquery.datasets.get', true)) admitted++;
    expect(admitted).toBe(10);
  });

  it('Cloud KMS reads share one 300-a-minute bucket per location for the whole scan', () => {
    const read = gcpRateLimitFor('cloudkms', 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy');
    expect(read).toMatchObject({ perMinute: 300, burst: 300, scope: 'consumer', perLocation: true, documented: true });
    expect(gcpLimiterKey('a', read, 'europe-west1')).toBe(gcpLimiterKey('b', read, 'europe-west1'));
    expect(gcpLimiterKey('a', read, 'europe-west1')).not.toBe(gcpLimiterKey('a', read, 'us-east1'));
    const limiter = new GcpRateLimiter(() => 0);
    for (let i = 0; i < 300; i++) expect(limiter.take(`p${i % 3}`, 'europe-west1', 'cloudkms', 'cloudkms.projects.locations.keyRings.list', true)).toBe(true);
    expect(limiter.take('p0', 'europe-west1', 'cloudkms', 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy', true)).toBe(false);
    expect(limiter.take('p0', 'us-east1', 'cloudkms', 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy', true)).toBe(true);
  });

  it("the scanner's buckets follow the same keys", () => {
    const limiter = new GcpLimiter();
    const eu = limiter.bucketFor('a', 'cloudkms', 'cloudkms.projects.locations.keyRings.list', 'europe-west1');
    expect(limiter.bucketFor('b', 'cloudkms', 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy', 'europe-west1')).toBe(eu);
    expect(limiter.bucketFor('a', 'cloudkms', 'cloudkms.projects.locations.keyRings.list', 'us-east1')).not.toBe(eu);
    expect(limiter.bucketFor('a', 'bigquery', 'bigquery.datasets.get')).toBe(limiter.bucketFor('b', 'bigquery', 'bigquery.datasets.get'));
    expect(limiter.bucketFor('a', 'compute', 'compute.firewalls.list')).not.toBe(limiter.bucketFor('b', 'compute', 'compute.firewalls.list'));
  });
});

describe('the scanner paces each quota as a sliding window', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => void vi.useRealTimers());

  /** Asks for `n` calls at once; returns how many were let through by each of `times` (ms from now). */
  async function admitted(bucket: GcpBucket, n: number, times: number[]): Promise<number[]> {
    let done = 0;
    for (let i = 0; i < n; i++) void bucket.acquire().then(() => done++);
    const out: number[] = [];
    let at = 0;
    for (const t of times) {
      await vi.advanceTimersByTimeAsync(t - at);
      at = t;
      out.push(done);
    }
    return out;
  }

  it("spends a consumer quota's window at once (97%), then the next window when the first calls leave it", async () => {
    // Cloud KMS: 300 a minute, charged to the scan's quota project.
    const bucket = new GcpLimiter().bucketFor('p', 'cloudkms', 'cloudkms.projects.locations.keyRings.list', 'europe-west1');
    expect(await admitted(bucket, 700, [0, 30_000, 59_999, 60_000, 119_999, 120_000])).toEqual([291, 291, 291, 582, 582, 700]);
  });

  it("keeps 10% of a scanned project's quota for its own workloads", async () => {
    const bucket = new GcpLimiter().bucketFor('p', 'compute', 'compute.firewalls.list');
    expect(await admitted(bucket, 2000, [0, 59_999, 60_000])).toEqual([1350, 1350, 2000]);
  });

  it('counts per-second quotas over a second (BigQuery: 100 a second)', async () => {
    const bucket = new GcpLimiter().bucketFor('p', 'bigquery', 'bigquery.datasets.get');
    expect(await admitted(bucket, 300, [0, 999, 1000, 2000])).toEqual([97, 97, 194, 291]);
  });

  it('halves the allowance on a throttle and wins it back with successes', async () => {
    const bucket = new GcpLimiter().bucketFor('p', 'bigquery', 'bigquery.datasets.get');
    bucket.throttled();
    expect(await admitted(bucket, 100, [0])).toEqual([48]);
    for (let i = 0; i < 200; i++) bucket.succeeded();
    // A second later the 52 left waiting go, and the window holds 97 again: 45 more now, 97 the next second.
    await vi.advanceTimersByTimeAsync(1000);
    expect(await admitted(bucket, 200, [0, 1000])).toEqual([45, 142]);
  });
});
